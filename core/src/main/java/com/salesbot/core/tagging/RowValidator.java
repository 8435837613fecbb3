package com.salesbot.core.tagging;

import com.salesbot.core.model.Direction;
import java.util.ArrayList;
import java.util.List;

/** Checks one ingested row; every problem is reported, in Chinese, naming the JSON field. */
final class RowValidator {
    static final int MAX_ID_CHARS = 191;
    static final int MAX_PARTY_CHARS = 64;
    static final int MAX_CHANNEL_CHARS = 32;
    static final int MAX_TEXT_CHARS = 20_000;

    private RowValidator() {
    }

    static List<String> problems(IngestRow row) {
        List<String> errors = new ArrayList<>();
        if (row == null) {
            return List.of("该行为空");
        }
        required(row.clientMsgId(), "clientMsgId", MAX_ID_CHARS, errors);
        required(row.repId(), "repId", MAX_PARTY_CHARS, errors);
        required(row.customerId(), "customerId", MAX_PARTY_CHARS, errors);
        if (row.channel() != null && row.channel().strip().length() > MAX_CHANNEL_CHARS) {
            errors.add("channel 不能超过 " + MAX_CHANNEL_CHARS + " 个字符");
        }
        if (direction(row.direction()) == null) {
            errors.add("direction 必须是 IN（客户发出）或 OUT（销售发出）");
        }
        if (row.sentAt() == null || row.sentAt() <= 0) {
            errors.add("sentAt 必须是正的毫秒时间戳");
        }
        if (row.text() == null || row.text().isBlank()) {
            errors.add("text 不能为空");
        } else if (row.text().length() > MAX_TEXT_CHARS) {
            errors.add("text 不能超过 " + MAX_TEXT_CHARS + " 个字符");
        }
        if (row.attachmentSha256() != null && !row.attachmentSha256().isBlank()
                && (row.attachmentName() == null || row.attachmentName().isBlank())) {
            errors.add("提供 attachmentSha256 时必须同时提供 attachmentName");
        }
        return errors;
    }

    static Direction direction(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "IN" -> Direction.IN;
            case "OUT" -> Direction.OUT;
            default -> null;
        };
    }

    private static void required(String value, String field, int max, List<String> errors) {
        if (value == null || value.isBlank()) {
            errors.add(field + " 不能为空");
        } else if (value.strip().length() > max) {
            errors.add(field + " 不能超过 " + max + " 个字符");
        }
    }
}
