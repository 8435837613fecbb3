package com.salesbot.bot.messaging;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardImage;
import com.salesbot.core.card.CustomerTagUpdate;
import com.salesbot.core.card.FileMessage;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.card.Tone;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.messaging.Outgoing;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outbox payloads as JSON with an explicit "type" for the message, so rows stay readable by an operator and
 * survive class renames. Images travel base64-encoded inside the payload.
 */
@Singleton
public class JsonOutboundCodec implements OutboundCodec {
    private final JsonMapper json;

    public JsonOutboundCodec(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String encode(Outgoing outbound) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", outbound.channel());
        m.put("recipient", outbound.recipient());
        m.put("promptId", outbound.promptId());
        m.put("responseCode", outbound.responseCode());
        m.put("message", message(outbound.message()));
        try {
            return json.writeValueAsString(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Outgoing decode(String payload) {
        Map<String, Object> m;
        try {
            m = json.readValue(payload, Map.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("outbox payload is not JSON: " + e.getMessage(), e);
        }
        if (m == null || !(m.get("message") instanceof Map)) {
            throw new IllegalArgumentException("outbox payload has no message");
        }
        OutgoingMessage message = message((Map<String, Object>) m.get("message"));
        return new Outgoing(str(m, "channel"), str(m, "recipient"), message, null, str(m, "promptId"),
                str(m, "responseCode"));
    }

    private static Map<String, Object> message(OutgoingMessage message) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (message instanceof TextMessage t) {
            m.put("type", "text");
            m.put("text", t.text());
            return m;
        }
        if (message instanceof CustomerTagUpdate u) {
            m.put("type", "customer_tags");
            m.put("externalUserId", u.externalUserId());
            m.put("tags", u.tags());
            return m;
        }
        if (message instanceof FileMessage f) {
            // a reference only: the sender loads the bytes (FileContents), the outbox row stays small
            m.put("type", "file");
            m.put("fileName", f.fileName());
            m.put("ref", f.ref());
            m.put("fallbackText", f.fallbackText());
            return m;
        }
        Card c = (Card) message;
        m.put("type", "card");
        m.put("title", c.title());
        m.put("tone", c.tone().name());
        m.put("lines", c.lines());
        List<Map<String, Object>> fields = new ArrayList<>();
        for (CardField f : c.fields()) {
            fields.add(Map.of("label", f.label(), "value", f.value(), "highlight", f.highlight()));
        }
        m.put("fields", fields);
        if (c.image() != null) {
            Map<String, Object> img = new LinkedHashMap<>();
            img.put("name", c.image().name());
            img.put("alt", c.image().alt());
            img.put("png", Base64.getEncoder().encodeToString(c.image().png()));
            m.put("image", img);
        }
        List<Map<String, Object>> buttons = new ArrayList<>();
        for (CardButton b : c.buttons()) {
            buttons.add(Map.of("key", b.key(), "label", b.label(), "primary", b.primary()));
        }
        m.put("buttons", buttons);
        m.put("promptId", c.promptId());
        m.put("inputHint", c.inputHint());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static OutgoingMessage message(Map<String, Object> m) {
        String type = str(m, "type");
        if ("text".equals(type)) {
            return new TextMessage(str(m, "text"));
        }
        if ("customer_tags".equals(type)) {
            return new CustomerTagUpdate(str(m, "externalUserId"), (List<String>) m.getOrDefault("tags", List.of()));
        }
        if ("file".equals(type)) {
            return new FileMessage(str(m, "fileName"), str(m, "ref"), str(m, "fallbackText"));
        }
        if (!"card".equals(type)) {
            throw new IllegalArgumentException("unknown message type " + type);
        }
        List<CardField> fields = new ArrayList<>();
        for (Map<String, Object> f : (List<Map<String, Object>>) m.getOrDefault("fields", List.of())) {
            fields.add(new CardField(str(f, "label"), str(f, "value"), Boolean.TRUE.equals(f.get("highlight"))));
        }
        List<CardButton> buttons = new ArrayList<>();
        for (Map<String, Object> b : (List<Map<String, Object>>) m.getOrDefault("buttons", List.of())) {
            buttons.add(new CardButton(str(b, "key"), str(b, "label"), Boolean.TRUE.equals(b.get("primary"))));
        }
        CardImage image = null;
        if (m.get("image") instanceof Map<?, ?> img) {
            Map<String, Object> i = (Map<String, Object>) img;
            image = new CardImage(str(i, "name"), Base64.getDecoder().decode(str(i, "png")), str(i, "alt"));
        }
        String tone = str(m, "tone");
        return new Card(str(m, "title"), tone == null ? Tone.NORMAL : Tone.valueOf(tone),
                (List<String>) m.getOrDefault("lines", List.of()), fields, image, buttons, str(m, "promptId"),
                str(m, "inputHint"));
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }
}
