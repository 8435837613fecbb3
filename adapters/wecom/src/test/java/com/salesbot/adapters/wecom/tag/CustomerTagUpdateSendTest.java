package com.salesbot.adapters.wecom.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapters.wecom.send.MemberRateLimit;
import com.salesbot.adapters.wecom.send.WecomImageUploader;
import com.salesbot.adapters.wecom.send.WecomMessageRenderer;
import com.salesbot.adapters.wecom.send.WecomSender;
import com.salesbot.adapters.wecom.support.WecomFixture;
import com.salesbot.core.card.CustomerTagUpdate;
import com.salesbot.core.messaging.SendResult;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R16 write-back as an outbox message: the WeCom sender turns a {@link CustomerTagUpdate} into mark_tag in the
 * configured tag group (created on the first write only) and classifies a platform failure as a retry, so the outbox
 * tries again with backoff instead of losing the tags.
 */
class CustomerTagUpdateSendTest {
    private static final String ADD = "/cgi-bin/externalcontact/add_corp_tag";
    private static final String MARK = "/cgi-bin/externalcontact/mark_tag";
    private WecomFixture f;
    private WecomSender sender;

    @BeforeEach
    void setUp() throws Exception {
        f = new WecomFixture();
        sender = new WecomSender(f.cp, new WecomMessageRenderer(f.settings.agentId(), "销售助手"),
                new MemberRateLimit(f.limiter, f.settings.corpId(), f.settings.agentId()),
                new WecomImageUploader(f.cp), Duration.ofMinutes(30), f.kv, "会话场景");
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void tagsAreMarkedAndTheGroupIsCreatedOnce() {
        assertThat(sender.send("rep001", new CustomerTagUpdate("wmEXT1", List.of("询价", "续费"))))
                .isEqualTo(new SendResult.Sent());
        assertThat(sender.send("rep002", new CustomerTagUpdate("wmEXT2", List.of("询价"))))
                .isEqualTo(new SendResult.Sent());

        assertThat(f.fake.violations()).isEmpty();
        assertThat(f.fake.requests(ADD)).hasSize(1);
        assertThat(f.fake.tagIds("会话场景")).containsOnlyKeys("询价", "续费");
        assertThat(f.fake.marks()).hasSize(2);
        assertThat(f.fake.marks().get(1).json().get("external_userid").getAsString()).isEqualTo("wmEXT2");
    }

    @Test
    void aBusyPlatformIsARetryAndTheNextTryMarks() {
        f.fake.failNext(MARK, 45009, "api freq out of limit"); // WxJava itself retries -1
        SendResult first = sender.send("rep001", new CustomerTagUpdate("wmEXT1", List.of("投诉")));
        assertThat(first).isInstanceOf(SendResult.Retry.class);
        assertThat(f.fake.marks()).isEmpty();

        assertThat(sender.send("rep001", new CustomerTagUpdate("wmEXT1", List.of("投诉"))))
                .isEqualTo(new SendResult.Sent());
        assertThat(f.fake.marks()).hasSize(1);
    }
}
