package com.salesbot.adapters.wecom.send;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.salesbot.adapters.wecom.support.DuplicateCheck;
import com.salesbot.adapters.wecom.support.FaultWindow;
import com.salesbot.adapters.wecom.support.WecomFixture;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardImage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.card.Tone;
import com.salesbot.core.messaging.SendProgress;
import com.salesbot.core.messaging.SendResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Duplicate check with a stable JSON per row, per-part progress, and 45009 as an unavailable platform. */
class WecomExactlyOnceTest {
    private static final String SEND = "/cgi-bin/message/send";
    private WecomFixture f;
    private DuplicateCheck duplicates;

    @BeforeEach
    void setUp() throws Exception {
        f = new WecomFixture();
        duplicates = f.fake.intercept(new DuplicateCheck(f.clock));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static Card resultCard() {
        return new Card("拜访结果", Tone.NORMAL, List.of("请选择本次拜访结果"), List.of(new CardField("客户", "张三", false)),
                new CardImage("trend.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2}, "趋势"),
                List.of(new CardButton("visit_tag_deal", "成交", true)), "visit-42", null);
    }

    /** Records progress like an outbox row would. */
    private static final class RowProgress implements SendProgress {
        int done;
        final List<Integer> reported = new ArrayList<>();

        @Override
        public String key() {
            return "outbox-7";
        }

        @Override
        public int partsDone() {
            return done;
        }

        @Override
        public boolean partSent(int partsDone) {
            done = partsDone;
            reported.add(partsDone);
            return true;
        }
    }

    @Test
    void everySendAsksForTheDuplicateCheckAndOneRowRendersToTheSameBytesEveryTime() throws Exception {
        WecomMessageRenderer renderer = new WecomMessageRenderer(1000002, "销售助手");
        Card card = new Card("拜访结果", Tone.NORMAL, List.of("请选择"), List.of(new CardField("客户", "张三", false)),
                null, List.of(new CardButton("visit_tag_deal", "成交", true)), "visit-42", null);
        String first = f.sender.withDuplicateCheck(renderer.render("rep001", card, null, "outbox-7").get(0)).toJson();
        f.clock.advance(Duration.ofHours(3));
        String again = f.sender.withDuplicateCheck(renderer.render("rep001", card, null, "outbox-7").get(0)).toJson();
        assertThat(again).isEqualTo(first);
        String otherRow = f.sender.withDuplicateCheck(renderer.render("rep001", card, null, "outbox-8").get(0)).toJson();
        assertThat(otherRow).as("another row of the same prompt gets a task_id of its own").isNotEqualTo(first);
        JsonObject json = JsonParser.parseString(first).getAsJsonObject();
        assertThat(json.get("enable_duplicate_check").getAsInt()).isEqualTo(1);
        assertThat(json.get("duplicate_check_interval").getAsInt()).isEqualTo(1800);

        assertThat(f.sender.send("rep001", new TextMessage("今天还差 3 单"))).isEqualTo(new SendResult.Sent());
        JsonObject sent = f.fake.requests(SEND).get(0).json();
        assertThat(sent.get("enable_duplicate_check").getAsInt()).isEqualTo(1);
        assertThat(f.fake.violations()).isEmpty();
    }

    @Test
    void aResendOfARowThatAlreadyWentOutIsDroppedByWecomWithinTheInterval() {
        // sent, then the process died before recording it: the next instance sends the same row again
        assertThat(f.sender.send("rep001", new TextMessage("张三已登记为线索"))).isEqualTo(new SendResult.Sent());
        f.clock.advance(Duration.ofSeconds(20));
        assertThat(f.sender.send("rep001", new TextMessage("张三已登记为线索"))).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.requests(SEND)).hasSize(2);
        assertThat(duplicates.delivered()).hasSize(1);
        assertThat(duplicates.suppressed()).hasSize(1);

        f.clock.advance(Duration.ofSeconds(1800));
        f.sender.send("rep001", new TextMessage("张三已登记为线索"));
        assertThat(duplicates.delivered()).as("after the interval it is a new message").hasSize(2);
    }

    @Test
    void a45009OnTheImageResendsOnlyTheImageNeverTheCard() {
        f.fake.intercept(new FaultWindow(f.clock, 45009,
                r -> r.path().equals(SEND) && r.json().get("msgtype").getAsString().equals("image")))
                .openFor(Duration.ofMinutes(1));
        RowProgress progress = new RowProgress();

        SendResult first = f.sender.send("rep001", resultCard(), progress);
        assertThat(first).isInstanceOfSatisfying(SendResult.Retry.class, r -> {
            assertThat(r.unavailable()).as("a rate limit spends no attempt").isTrue();
            assertThat(r.after()).isEqualTo(Duration.ofSeconds(60));
        });
        assertThat(progress.reported).containsExactly(1);

        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.sender.send("rep001", resultCard(), progress)).isEqualTo(new SendResult.Sent());
        List<String> types = duplicates.delivered().stream()
                .map(b -> JsonParser.parseString(b).getAsJsonObject().get("msgtype").getAsString()).toList();
        assertThat(types).containsExactly("template_card", "image");
        assertThat(f.fake.violations()).isEmpty();
    }

    @Test
    void tenMinutesOf45009AreUnavailableRetriesAndTheMessageGoesOutAfterwards() {
        FaultWindow limit = f.fake.intercept(FaultWindow.rateLimitOnSend(f.clock)).openFor(Duration.ofMinutes(10));
        int tries = 0;
        SendResult result;
        do {
            result = f.sender.send("rep001", new TextMessage("晨会摘要"));
            tries++;
            if (result instanceof SendResult.Retry r) {
                assertThat(r.unavailable()).isTrue();
                f.clock.advance(r.after());
            }
        } while (!(result instanceof SendResult.Sent) && tries < 100);
        assertThat(result).isEqualTo(new SendResult.Sent());
        assertThat(limit.refused()).isEqualTo(10);
        assertThat(duplicates.delivered()).hasSize(1);
    }

    @Test
    void theDuplicateCheckIntervalIsBoundedByWecomsLimits() {
        WxCpMessage m = WxCpMessage.TEXT().agentId(1).toUser("u").content("x").build();
        var sender = new WecomSender(f.cp, new WecomMessageRenderer(1, "b"), null, null, Duration.ofHours(4));
        assertThat(sender.withDuplicateCheck(m).getDuplicateCheckInterval()).isEqualTo(14_400);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WecomSender(f.cp,
                new WecomMessageRenderer(1, "b"), null, null, Duration.ofHours(4).plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
