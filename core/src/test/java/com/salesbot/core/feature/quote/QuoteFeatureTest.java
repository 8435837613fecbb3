package com.salesbot.core.feature.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.chat.ChatHarness;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.chat.IgnoreOwnAndEmpty;
import com.salesbot.core.chat.ResolveSender;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.memory.InMemoryCounterStore;
import com.salesbot.core.push.PushFiles;
import com.salesbot.core.quote.IssueQuote;
import com.salesbot.core.quote.PriceItem;
import com.salesbot.core.quote.PriceList;
import com.salesbot.core.quote.Quote;
import com.salesbot.core.quote.QuoteStore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 报价 in chat: the price list card, a typed quote within range as a registered PDF link, refusals in Chinese. */
class QuoteFeatureTest {
    final ChatHarness h = new ChatHarness();
    final List<Quote> saved = new ArrayList<>();
    final List<String> published = new ArrayList<>();
    final Rep rep = h.add(new Rep("r1", "杨静", "T1", Role.REP, "yangjing", null, LocalDate.of(2025, 1, 1), true));
    final ConversationEngine engine;

    QuoteFeatureTest() {
        h.customer("c1", "华东精密机械制造有限公司", "r1");
        h.customer("c2", "别人的客户有限公司", "someone-else");
        PriceList prices = new PriceList("示例科技有限公司", "CNY", List.of(
                new PriceItem("crm_pro", "销售助手 专业版", "用户/年", new BigDecimal("2980")),
                new PriceItem("impl_day", "实施服务", "人天", new BigDecimal("3000"))), Map.of(Role.REP, 10), 30);
        QuoteStore store = new QuoteStore() {
            @Override
            public void save(Quote quote) {
                saved.add(quote);
            }

            @Override
            public Optional<Quote> find(String number) {
                return Optional.empty();
            }

            @Override
            public Optional<Quote> findByHash(String hash) {
                return Optional.empty();
            }

            @Override
            public List<Quote> ofCustomer(String customerId) {
                return List.of();
            }
        };
        IssueQuote issue = new IssueQuote(prices, store, (q, c, cu, r, v) -> q.number().getBytes(StandardCharsets.UTF_8),
                h.customers, h.org, new InMemoryCounterStore(h.clock), e -> { }, new com.salesbot.core.port.Transactions() {
                    @Override
                    public <T> T inTransaction(java.util.function.Supplier<T> work) {
                        return work.get();
                    }
                }, h.clock);
        PushFiles files = new PushFiles() {
            @Override
            public String publish(String fileName, byte[] content) {
                published.add(fileName);
                return "https://bot.example.com/push-files/t/" + fileName.length();
            }

            @Override
            public Optional<StoredFile> open(String token) {
                return Optional.empty();
            }
        };
        engine = new ConversationEngine(List.of(new IgnoreOwnAndEmpty(Set.of("wecom:" + ChatHarness.BOT)),
                new ResolveSender(h.org)), List.of(new QuoteFeature(issue, h.customers, files)),
                new DialogStore(h.kv), h.clock);
    }

    private List<Outgoing> say(String text) {
        return engine.handle(h.text(rep.wecomUserId(), text));
    }

    @Test
    void quoteAloneShowsThePriceListAndTheRepsLimit() {
        Card card = ChatHarness.onlyCard(say("报价"));
        assertThat(card.lines()).contains("销售助手 专业版（crm_pro）2980 元/用户/年", "你的折扣上限：10%");
    }

    @Test
    void aTypedQuoteWithinRangeIsIssuedAndLinked() {
        Card card = ChatHarness.onlyCard(say("报价 华东精密机械制造 专业版×20 实施×3 9折"));
        assertThat(saved).singleElement().satisfies(q -> {
            assertThat(q.customerId()).isEqualTo("c1");
            assertThat(q.discountPercent()).isEqualTo(10);
            assertThat(q.total()).isEqualByComparingTo("61740"); // 20 × 2682 + 3 × 2700
        });
        assertThat(card.title()).isEqualTo("报价单 " + saved.get(0).number());
        assertThat(card.link().url()).startsWith("https://bot.example.com/push-files/");
        assertThat(published).containsExactly(saved.get(0).fileName());
    }

    @Test
    void beyondTheRangeAnotherRepsCustomerOrGarbledItemsAreRefusedInChinese() {
        assertThat(ChatHarness.onlyText(say("报价 华东精密 专业版×20 折扣11"))).contains("折扣只能在 0 到 10% 之间");
        assertThat(ChatHarness.onlyText(say("报价 别人的客户 专业版×1"))).startsWith("没找到你名下");
        assertThat(ChatHarness.onlyText(say("报价 华东精密 专业版二十个"))).startsWith("看不懂「专业版二十个」");
        assertThat(saved).isEmpty();
    }
}
