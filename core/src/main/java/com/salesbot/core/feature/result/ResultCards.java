package com.salesbot.core.feature.result;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.Tone;
import com.salesbot.core.config.Choice;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Touch;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The R2 result card: one tap per configured result tag. */
final class ResultCards {
    static final String TAG_KEY = "tag:";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("M月d日 HH:mm");

    private ResultCards() {
    }

    static Card prompt(String title, String lead, Touch touch, Customer customer, List<Choice> tags, String promptId,
                       ZoneId zone) {
        List<String> lines = new ArrayList<>();
        if (lead != null) {
            lines.add(lead);
        }
        lines.add("客户：" + (customer == null ? "未关联客户" : customer.name()));
        lines.add(kindLabel(touch) + " · " + TIME.format(Instant.ofEpochMilli(touch.startedAt()).atZone(zone))
                + " · " + duration(touch.durationSeconds()));
        lines.add("这次的结果是？（只选一个）");
        List<CardButton> buttons = tags.stream().map(c -> new CardButton(TAG_KEY + c.code(), c.label(), false))
                .toList();
        return new Card(title, Tone.NORMAL, lines, null, null, buttons, promptId, null);
    }

    static String kindLabel(Touch touch) {
        return switch (touch.kind()) {
            case CALL -> "通话";
            case VISIT -> "拜访";
            case CHAT -> "在线沟通";
            case MEETING -> "会议";
        };
    }

    static String duration(int seconds) {
        if (seconds <= 0) {
            return "未记录时长";
        }
        if (seconds < 60) {
            return seconds + "秒";
        }
        int minutes = seconds / 60;
        int rest = seconds % 60;
        return rest == 0 ? minutes + "分钟" : minutes + "分" + rest + "秒";
    }
}
