package com.salesbot.bot.e2e;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Builds DingTalk HTTP-mode robot callbacks: JSON body, headers timestamp (ms) and sign, computed independently. */
final class DingtalkCallbacks {
    private final URI endpoint;
    private final String secret;

    DingtalkCallbacks(URI base, String secret) {
        this.endpoint = base.resolve("/callbacks/dingtalk");
        this.secret = secret;
    }

    /** A 1:1 robot text message, shaped like DingTalk's documented example. */
    static String text(String msgId, String staffId, String content, String webhookBase) {
        long now = System.currentTimeMillis();
        return "{\"conversationId\":\"cid-e2e-" + staffId + "\",\"chatbotCorpId\":\"ding-e2e-corp\","
                + "\"chatbotUserId\":\"$:LWCP_v1:$bot\",\"msgId\":\"" + msgId + "\",\"senderNick\":\"张三\","
                + "\"isAdmin\":false,\"senderStaffId\":\"" + staffId + "\",\"senderId\":\"$:LWCP_v1:$" + staffId
                + "\",\"senderCorpId\":\"ding-e2e-corp\",\"sessionWebhook\":\"" + webhookBase
                + "/robot/sendBySession?session=e2e\",\"sessionWebhookExpiredTime\":" + (now + 3_600_000)
                + ",\"createAt\":" + now + ",\"conversationType\":\"1\",\"robotCode\":\"e2eRobot\","
                + "\"msgtype\":\"text\",\"text\":{\"content\":\" " + content + "\"}}";
    }

    Http.Answer post(String json) {
        return postAt(System.currentTimeMillis(), json);
    }

    Http.Answer postAt(long timestampMillis, String json) {
        String ts = Long.toString(timestampMillis);
        return postSigned(ts, sign(ts), json);
    }

    Http.Answer postSigned(String timestamp, String sign, String json) {
        return Http.post(endpoint, "application/json; charset=utf-8", json, Map.of("timestamp", timestamp,
                "sign", sign));
    }

    String sign(String timestamp) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
