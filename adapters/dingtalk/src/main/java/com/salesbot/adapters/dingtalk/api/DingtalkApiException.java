package com.salesbot.adapters.dingtalk.api;

/**
 * A DingTalk API answered with an error or could not be reached. The message never contains tokens or secrets.
 *
 * @see DingtalkFailure for how the sender classifies it
 */
public class DingtalkApiException extends RuntimeException {
    private final DingtalkFailure failure;

    public DingtalkApiException(DingtalkFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    public DingtalkApiException(DingtalkFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    public DingtalkFailure failure() {
        return failure;
    }
}
