package com.salesbot.adapters.dingtalk.api;

import com.dingtalk.api.DefaultDingTalkClient;
import com.dingtalk.api.request.OapiMediaUploadRequest;
import com.dingtalk.api.request.OapiMessageCorpconversationAsyncsendV2Request;
import com.dingtalk.api.response.OapiMediaUploadResponse;
import com.dingtalk.api.response.OapiMessageCorpconversationAsyncsendV2Response;
import com.salesbot.adapters.dingtalk.DingtalkSettings;
import com.taobao.api.ApiException;
import com.taobao.api.FileItem;
import java.util.List;

/**
 * The two old-API ({@code oapi.dingtalk.com}) calls without a /v1.0 equivalent: media upload and work
 * notifications, over {@code alibaba-dingtalk-service-sdk} with TLS checks on (see {@link DingtalkSdkHardening}).
 * The old SDK never throws on a non-zero errcode; this class does, as {@link DingtalkApiException}.
 */
public final class DingtalkOapi {
    static final String MEDIA_UPLOAD = "/media/upload";
    static final String WORK_NOTICE = "/topapi/message/corpconversation/asyncsend_v2";

    private final DingtalkSettings settings;

    public DingtalkOapi(DingtalkSettings settings) {
        DingtalkSdkHardening.apply();
        this.settings = settings;
    }

    /** Uploads a PNG and returns its media id ({@code @lA…}), usable as robot photoURL or in markdown. */
    public String uploadImage(String token, String fileName, byte[] png) {
        OapiMediaUploadRequest request = new OapiMediaUploadRequest();
        request.setType("image");
        request.setMedia(new FileItem(fileName, png, "image/png"));
        OapiMediaUploadResponse response = execute("mediaUpload", MEDIA_UPLOAD, request, token);
        if (response.getMediaId() == null || response.getMediaId().isBlank()) {
            throw new DingtalkApiException(DingtalkFailure.TRANSIENT, "mediaUpload returned no media id");
        }
        return response.getMediaId();
    }

    /**
     * Uploads a file (type=file: doc, docx, xls, xlsx, ppt, pptx, zip, pdf, rar; at most 20 MB) and returns its
     * media id, usable as the mediaId of a robot sampleFile message.
     */
    public String uploadFile(String token, String fileName, byte[] content, String contentType) {
        OapiMediaUploadRequest request = new OapiMediaUploadRequest();
        request.setType("file");
        request.setMedia(new FileItem(fileName, content, contentType));
        OapiMediaUploadResponse response = execute("mediaUpload", MEDIA_UPLOAD, request, token);
        if (response.getMediaId() == null || response.getMediaId().isBlank()) {
            throw new DingtalkApiException(DingtalkFailure.TRANSIENT, "mediaUpload returned no media id");
        }
        return response.getMediaId();
    }

    /** Sends a markdown work notification from the configured agent; returns DingTalk's task id. */
    public long sendWorkNotice(String token, List<String> userIds, String title, String markdown) {
        if (settings.agentId() == null) {
            throw new DingtalkApiException(DingtalkFailure.PERMANENT, "no dingtalk agent id configured");
        }
        OapiMessageCorpconversationAsyncsendV2Request request = new OapiMessageCorpconversationAsyncsendV2Request();
        request.setAgentId(settings.agentId());
        request.setUseridList(String.join(",", userIds));
        request.setToAllUser(false);
        var msg = new OapiMessageCorpconversationAsyncsendV2Request.Msg();
        msg.setMsgtype("markdown");
        var body = new OapiMessageCorpconversationAsyncsendV2Request.Markdown();
        body.setTitle(title);
        body.setText(markdown);
        msg.setMarkdown(body);
        request.setMsg(msg);
        OapiMessageCorpconversationAsyncsendV2Response response = execute("asyncsendV2", WORK_NOTICE, request, token);
        return response.getTaskId() == null ? 0L : response.getTaskId();
    }

    private <T extends com.taobao.api.TaobaoResponse> T execute(String operation, String path,
                                                                com.taobao.api.TaobaoRequest<T> request, String token) {
        DefaultDingTalkClient client = new DefaultDingTalkClient(settings.oapiBaseUrl() + path);
        client.setConnectTimeout((int) settings.connectTimeout().toMillis());
        client.setReadTimeout((int) settings.readTimeout().toMillis());
        T response;
        try {
            response = client.execute(request, token);
        } catch (ApiException e) {
            // the message of an ApiException may carry the request URL with the token: keep only the cause type
            throw new DingtalkApiException(DingtalkFailure.TRANSIENT, operation + " failed: "
                    + (e.getCause() == null ? "errorCode " + e.getErrCode() : e.getCause().getClass().getSimpleName()));
        } catch (RuntimeException e) {
            throw new DingtalkApiException(DingtalkFailure.TRANSIENT, operation + " failed: " + e.getClass().getSimpleName());
        }
        if (response == null) {
            throw new DingtalkApiException(DingtalkFailure.TRANSIENT, operation + " returned nothing");
        }
        Long errcode = errcode(response);
        if (errcode != null && errcode != 0L) {
            throw DingtalkErrors.fromErrcode(operation, errcode, errmsg(response));
        }
        return response;
    }

    private static Long errcode(com.taobao.api.TaobaoResponse response) {
        if (response instanceof OapiMediaUploadResponse upload) {
            return upload.getErrcode();
        }
        if (response instanceof OapiMessageCorpconversationAsyncsendV2Response notice) {
            return notice.getErrcode();
        }
        return response.isSuccess() ? 0L : -1L;
    }

    private static String errmsg(com.taobao.api.TaobaoResponse response) {
        if (response instanceof OapiMediaUploadResponse upload) {
            return upload.getErrmsg();
        }
        if (response instanceof OapiMessageCorpconversationAsyncsendV2Response notice) {
            return notice.getErrmsg();
        }
        return null;
    }
}
