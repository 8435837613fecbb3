package com.salesbot.adapters.dingtalk.send;

/**
 * One robot message as the batch-send API takes it.
 *
 * @param msgKey   sampleText, sampleMarkdown, sampleActionCard…, sampleImageMsg
 * @param msgParam the parameters as a JSON string
 */
public record RobotMessage(String msgKey, String msgParam) {
}
