package com.salesbot.adapters.wecom.send;

/**
 * WeCom's published message limits, in one place. Sources: 企业微信开发者中心 "发送应用消息"
 * (developer.work.weixin.qq.com/document/path/90236) for message/send and its template-card fields,
 * "更新模版卡片消息" (document/path/94888) for update_template_card, "上传临时素材" (document/path/90253) for images,
 * and the global error codes page (document/path/90313) for the answers.
 */
public final class WecomLimits {
    /** text.content and markdown.content: "最长不超过2048个字节，必须是utf8编码" (90236). */
    public static final int TEXT_BYTES = 2048;
    public static final int MARKDOWN_BYTES = 2048;
    /** template_card.task_id: "同一个应用任务id不能重复，只能由数字、字母和“_-@”组成，最长128字节" (90236). */
    public static final int TASK_ID_BYTES = 128;
    public static final String TASK_ID_PATTERN = "[0-9a-zA-Z_\\-@]{1,128}";
    /** source.desc "建议不超过13个字" (90236). */
    public static final int SOURCE_DESC_CHARS = 13;
    /** main_title.title "建议不超过26个字" (90236). */
    public static final int MAIN_TITLE_CHARS = 26;
    /** emphasis_content.title "建议不超过10个字", .desc "建议不超过15个字" (90236). */
    public static final int EMPHASIS_TITLE_CHARS = 10;
    public static final int EMPHASIS_DESC_CHARS = 15;
    /** sub_title_text "建议不超过112个字" (90236). */
    public static final int SUB_TITLE_CHARS = 112;
    /** horizontal_content_list "列表长度不超过6"; keyname "建议不超过5个字"; value "建议不超过26个字" (90236). */
    public static final int HORIZONTAL_ITEMS = 6;
    public static final int HORIZONTAL_KEY_CHARS = 5;
    public static final int HORIZONTAL_VALUE_CHARS = 26;
    /** jump_list "列表长度不超过3"; title "建议不超过13个字" (90236). */
    public static final int JUMP_ITEMS = 3;
    public static final int JUMP_TITLE_CHARS = 13;
    /** button_list "列表长度不超过6"; text "建议不超过10个字"; key "最长支持1024字节" (90236). */
    public static final int BUTTONS = 6;
    public static final int BUTTON_TEXT_CHARS = 10;
    public static final int BUTTON_KEY_BYTES = 1024;
    /** update_template_card button.replace_name: "需要更新的按钮的文案" — kept as short as a button text (94888). */
    public static final int REPLACE_NAME_CHARS = 20;
    /** Images for message/send: "图片（image）：10MB，支持JPG,PNG格式" (90253). */
    public static final int IMAGE_BYTES = 10 * 1024 * 1024;
    /** errcode 45002 "消息内容大小超过限制"; 42014 "任务卡片消息的task_id已存在" (90313). */
    public static final int ERR_CONTENT_TOO_LARGE = 45002;
    public static final int ERR_TASK_ID_EXISTS = 42014;

    private WecomLimits() {
    }
}
