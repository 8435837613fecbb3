package com.salesbot.adapters.dingtalk.send;

/**
 * DingTalk's message limits, in one place, with the published page each number comes from (open.dingtalk.com).
 */
public final class DingtalkLimits {
    /**
     * Robot 1:1 messages ({@code sampleText}/{@code sampleMarkdown} of "批量发送人与机器人会话中机器人消息",
     * /document/orgapp/chatbots-send-one-on-one-chat-messages-in-batches): DingTalk publishes no size limit for the
     * text. We keep to 4,000 UTF-8 bytes, an assumption to confirm in a real tenant (about two WeCom messages).
     */
    public static final int ROBOT_TEXT_BYTES = 4000;
    /** Same page: userIds "每次最多传20个". */
    public static final int ROBOT_USER_IDS = 20;
    /**
     * ActionCards of the robot message types ("消息类型说明", /document/orgapp/robot-message-types-and-data-format):
     * sampleActionCard has 1 button, sampleActionCard2…5 have 2 to 5; buttons only open URLs (http/https).
     */
    public static final int ACTION_CARD_BUTTONS = 5;
    /** Work notifications ("发送工作通知", /document/orgapp/asynchronous-sending-of-enterprise-session-messages): "消息内容…最长不超过2048个字节". */
    public static final int WORK_NOTICE_BYTES = 2048;
    /** Same page: userid_list "最大用户列表长度100". */
    public static final int WORK_NOTICE_USERS = 100;
    /** Media upload ("上传媒体文件", /document/orgapp/upload-media-files): 图片 "最大20MB，支持jpg、gif、png、bmp格式". */
    public static final int IMAGE_BYTES = 20 * 1024 * 1024;

    private DingtalkLimits() {
    }
}
