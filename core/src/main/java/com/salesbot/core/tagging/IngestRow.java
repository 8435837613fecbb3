package com.salesbot.core.tagging;

/**
 * One message posted to the ingestion API, as received (unchecked): transcripts from phone systems, e-mail or
 * other tools. {@link IngestConversations} validates it.
 *
 * @param channel   the source, e.g. phone, email; blank means {@value IngestConversations#DEFAULT_CHANNEL}
 * @param direction IN (customer wrote) or OUT (rep wrote)
 * @param sentAt    epoch ms
 */
public record IngestRow(String clientMsgId, String channel, String repId, String customerId, String direction,
                        Long sentAt, String text, String attachmentName, String attachmentSha256) {
}
