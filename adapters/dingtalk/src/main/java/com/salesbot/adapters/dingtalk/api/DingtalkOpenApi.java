package com.salesbot.adapters.dingtalk.api;

import com.aliyun.dingtalkcard_1_0.models.CreateAndDeliverHeaders;
import com.aliyun.dingtalkcard_1_0.models.CreateAndDeliverRequest;
import com.aliyun.dingtalkcard_1_0.models.CreateAndDeliverResponseBody;
import com.aliyun.dingtalkcard_1_0.models.UpdateCardHeaders;
import com.aliyun.dingtalkcard_1_0.models.UpdateCardRequest;
import com.aliyun.dingtalkcard_1_0.models.UpdateCardResponseBody;
import com.aliyun.dingtalkoauth2_1_0.models.GetAccessTokenRequest;
import com.aliyun.dingtalkoauth2_1_0.models.GetAccessTokenResponseBody;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOHeaders;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTORequest;
import com.aliyun.dingtalkrobot_1_0.models.BatchSendOTOResponseBody;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teautil.models.RuntimeOptions;
import com.salesbot.adapters.dingtalk.DingtalkSettings;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The new OpenAPI ({@code api.dingtalk.com/v1.0}) calls the adapter uses, over {@code com.aliyun:dingtalk}.
 * Every failure comes out as a {@link DingtalkApiException}; SDK models never leave this class.
 */
public final class DingtalkOpenApi {
    private final DingtalkSettings settings;
    private final com.aliyun.dingtalkoauth2_1_0.Client oauth;
    private final com.aliyun.dingtalkrobot_1_0.Client robot;
    private final com.aliyun.dingtalkcard_1_0.Client card;

    public DingtalkOpenApi(DingtalkSettings settings) {
        this.settings = settings;
        Config config = sdkConfig(settings);
        try {
            this.oauth = new com.aliyun.dingtalkoauth2_1_0.Client(config);
            this.robot = new com.aliyun.dingtalkrobot_1_0.Client(config);
            this.card = new com.aliyun.dingtalkcard_1_0.Client(config);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create DingTalk OpenAPI clients for " + settings.apiBaseUrl(), e);
        }
    }

    /**
     * protocol + endpoint from {@code dingtalk.api-base-url}. Plain http is only allowed to a loopback host
     * (the tests' fake); the SDK's own default would be plain http to api.dingtalk.com.
     */
    static Config sdkConfig(DingtalkSettings settings) {
        URI uri = URI.create(settings.apiBaseUrl());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri.getHost()))) {
            throw new IllegalArgumentException("dingtalk.api-base-url must be https: " + settings.apiBaseUrl());
        }
        Config config = new Config();
        config.protocol = scheme;
        config.endpoint = uri.getPort() > 0 ? uri.getHost() + ":" + uri.getPort() : uri.getHost();
        config.regionId = "central";
        config.connectTimeout = (int) settings.connectTimeout().toMillis();
        config.readTimeout = (int) settings.readTimeout().toMillis();
        return config;
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return host.matches("[0-9.:\\[\\]a-fA-F]+") && InetAddress.getByName(host).isLoopbackAddress();
        } catch (Exception e) {
            return false;
        }
    }

    /** A freshly issued token and its lifetime in seconds. */
    public record AccessToken(String value, long expireInSeconds) {
        @Override
        public String toString() {
            return "AccessToken[expireInSeconds=" + expireInSeconds + "]";
        }
    }

    public AccessToken fetchAccessToken() {
        try {
            GetAccessTokenResponseBody body = oauth.getAccessTokenWithOptions(new GetAccessTokenRequest()
                    .setAppKey(settings.appKey()).setAppSecret(settings.appSecret()), new HashMap<>(), runtime())
                    .getBody();
            if (body == null || body.getAccessToken() == null || body.getAccessToken().isBlank()) {
                throw new DingtalkApiException(DingtalkFailure.TRANSIENT, "getAccessToken returned no token");
            }
            long expireIn = body.getExpireIn() == null ? 7200 : body.getExpireIn();
            return new AccessToken(body.getAccessToken(), expireIn);
        } catch (Exception e) {
            throw DingtalkErrors.fromSdk("getAccessToken", e);
        }
    }

    /** Users DingTalk did not deliver to, from a 200 answer of batchSend. */
    public record BatchSendOutcome(List<String> invalidUserIds, List<String> flowControlledUserIds) {
        public boolean deliveredToAll() {
            return invalidUserIds.isEmpty() && flowControlledUserIds.isEmpty();
        }
    }

    /**
     * The JSON body batchSend posts to /v1.0/robot/oToMessages/batchSend: what the SDK serialises from the request
     * built in {@link #batchSend} (robotCode, userIds, msgKey, and msgParam as a JSON string). The sandbox shows it.
     */
    public static Map<String, Object> batchSendBody(String robotCode, List<String> userIds, String msgKey,
                                                    String msgParam) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("robotCode", robotCode);
        body.put("userIds", List.copyOf(userIds));
        body.put("msgKey", msgKey);
        body.put("msgParam", msgParam);
        return body;
    }

    /** Robot 1:1 message to up to 20 users; {@code msgParam} is the JSON string of the msgKey's parameters. */
    public BatchSendOutcome batchSend(String token, List<String> userIds, String msgKey, String msgParam) {
        BatchSendOTOHeaders headers = new BatchSendOTOHeaders();
        headers.xAcsDingtalkAccessToken = token;
        BatchSendOTORequest request = new BatchSendOTORequest().setRobotCode(settings.robotCode())
                .setUserIds(new ArrayList<>(userIds)).setMsgKey(msgKey).setMsgParam(msgParam);
        try {
            BatchSendOTOResponseBody body = robot.batchSendOTOWithOptions(request, headers, runtime()).getBody();
            return new BatchSendOutcome(
                    body == null || body.invalidStaffIdList == null ? List.of() : List.copyOf(body.invalidStaffIdList),
                    body == null || body.flowControlledStaffIdList == null ? List.of()
                            : List.copyOf(body.flowControlledStaffIdList));
        } catch (Exception e) {
            throw DingtalkErrors.fromSdk("batchSendOTO", e);
        }
    }

    /** Deliveries DingTalk reported as failed; empty means delivered. */
    public record CardOutcome(List<String> failures) {
        public boolean delivered() {
            return failures.isEmpty();
        }
    }

    /**
     * Creates an interactive card from the configured template and delivers it to the robot chat of one user.
     * Card clicks come back over Stream ({@code callbackType STREAM}) unless a callback route key is configured.
     */
    public CardOutcome createAndDeliverToUser(String token, String outTrackId, String userId,
                                              Map<String, String> cardParams) {
        if (settings.cardTemplateId() == null) {
            throw new DingtalkApiException(DingtalkFailure.PERMANENT, "no dingtalk card template configured");
        }
        CreateAndDeliverHeaders headers = new CreateAndDeliverHeaders();
        headers.xAcsDingtalkAccessToken = token;
        CreateAndDeliverRequest request = new CreateAndDeliverRequest()
                .setCardTemplateId(settings.cardTemplateId())
                .setOutTrackId(outTrackId)
                .setCardData(new CreateAndDeliverRequest.CreateAndDeliverRequestCardData()
                        .setCardParamMap(new HashMap<>(cardParams)))
                .setOpenSpaceId("dtv1.card//IM_ROBOT." + userId)
                .setImRobotOpenSpaceModel(new CreateAndDeliverRequest.CreateAndDeliverRequestImRobotOpenSpaceModel()
                        .setSupportForward(false))
                .setImRobotOpenDeliverModel(new CreateAndDeliverRequest.CreateAndDeliverRequestImRobotOpenDeliverModel()
                        .setSpaceType("IM_ROBOT").setRobotCode(settings.robotCode()))
                .setUserIdType(1);
        if (settings.cardCallbackRouteKey() == null) {
            request.setCallbackType("STREAM");
        } else {
            request.setCallbackType("HTTP").setCallbackRouteKey(settings.cardCallbackRouteKey());
        }
        try {
            CreateAndDeliverResponseBody body = card.createAndDeliverWithOptions(request, headers, runtime()).getBody();
            List<String> failures = new ArrayList<>();
            if (body == null || !Boolean.TRUE.equals(body.getSuccess()) || body.getResult() == null) {
                failures.add("createAndDeliver not successful");
            } else if (body.getResult().getDeliverResults() == null || body.getResult().getDeliverResults().isEmpty()) {
                failures.add("no delivery result");
            } else {
                for (var result : body.getResult().getDeliverResults()) {
                    if (!Boolean.TRUE.equals(result.getSuccess())) {
                        failures.add(result.getSpaceType() + ": " + result.getErrorMsg());
                    }
                }
            }
            return new CardOutcome(failures);
        } catch (Exception e) {
            throw DingtalkErrors.fromSdk("createAndDeliver", e);
        }
    }

    /** Replaces the card's public data key by key; true when DingTalk accepted the update. */
    public boolean updateCard(String token, String outTrackId, Map<String, String> cardParams) {
        UpdateCardHeaders headers = new UpdateCardHeaders();
        headers.xAcsDingtalkAccessToken = token;
        UpdateCardRequest request = new UpdateCardRequest().setOutTrackId(outTrackId)
                .setCardData(new UpdateCardRequest.UpdateCardRequestCardData().setCardParamMap(new HashMap<>(cardParams)))
                .setCardUpdateOptions(new UpdateCardRequest.UpdateCardRequestCardUpdateOptions()
                        .setUpdateCardDataByKey(true))
                .setUserIdType(1);
        try {
            UpdateCardResponseBody body = card.updateCardWithOptions(request, headers, runtime()).getBody();
            return body != null && Boolean.TRUE.equals(body.getSuccess()) && !Boolean.FALSE.equals(body.getResult());
        } catch (Exception e) {
            throw DingtalkErrors.fromSdk("updateCard", e);
        }
    }

    private static RuntimeOptions runtime() {
        RuntimeOptions runtime = new RuntimeOptions();
        runtime.autoretry = false;
        return runtime;
    }
}
