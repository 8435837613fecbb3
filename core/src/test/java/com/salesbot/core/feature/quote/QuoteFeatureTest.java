package com.salesbot.core.feature.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.FileMessage;
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
    final Rep manager = h.add(new Rep("m1", "王强", "T1", Role.MANAGER, "wangqiang", null, LocalDate.of(2025, 1, 1),
            true));
    final ConversationEngine engine;

    QuoteFeatureTest() {
        h.customer("c1", "华东精密机械制造有限公司", "r1");
        h.customer("c2", "别人的客户有限公司", "someone-else");
        h.customer("c3", "经理的客户有限公司", "m1");
        PriceList prices = new PriceList("示例科技有限公司", "CNY", List.of(
                new PriceItem("crm_pro", "销售助手 专业版", "用户/年", new BigDecimal("2980")),
                new PriceItem("impl_day", "实施服务", "人天", new BigDecimal("3000"))), Map.of(Role.REP, 10, Role.MANAGER, 20), 30);
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
                new ResolveSender(h.org)), List.of(new QuoteFeature(issue, h.customers, files, new DialogStore(h.kv))),
                new DialogStore(h.kv), h.clock);
    }

    private List<Outgoing> tap(Rep who, String promptId, String key) {
        return engine.handle(new com.salesbot.core.messaging.InboundMessage("wecom", "tap-" + (++taps), who.wecomUserId(),
                com.salesbot.core.messaging.InboundKind.CARD_ACTION, null, promptId, key, null, "rc", null, false,
                h.clock.millis()));
    }

    private int taps;

    /** An issued quote is a card with the signed link followed by the PDF as a file message referring to it. */
    private Card issuedCard(List<Outgoing> replies) {
        assertThat(replies).hasSize(2);
        assertThat(replies.get(0).message()).isInstanceOf(Card.class);
        Quote q = saved.get(saved.size() - 1);
        assertThat(replies.get(1).message()).isInstanceOfSatisfying(FileMessage.class, f -> {
            assertThat(f.fileName()).isEqualTo(q.fileName());
            assertThat(f.ref()).isEqualTo("quote:" + q.number());
            assertThat(f.fallbackText()).contains("https://bot.example.com/push-files/");
        });
        return (Card) replies.get(0).message();
    }

    private List<Outgoing> say(String text) {
        return engine.handle(h.text(rep.wecomUserId(), text));
    }

    @Test
    void quoteAloneStartsTheTapsWithTheRepsOwnCustomers() {
        Card card = ChatHarness.onlyCard(say("报价"));
        assertThat(card.promptId()).startsWith("q-");
        assertThat(card.buttons()).extracting(CardButton::key).containsExactly("cust:c1");
    }

    @Test
    void tapsWithinTheRepsRangeIssueTheSameQuoteAsTyping() {
        Card customers = ChatHarness.onlyCard(say("报价"));
        String prompt = customers.promptId();
        Card items = ChatHarness.onlyCard(tap(rep, prompt, "cust:c1"));
        assertThat(items.buttons()).extracting(CardButton::key).containsExactly("item:crm_pro", "item:impl_day");
        Card quantity = ChatHarness.onlyCard(tap(rep, prompt, "item:crm_pro"));
        assertThat(quantity.buttons()).extracting(CardButton::label).containsExactly("1", "5", "10", "20");
        Card more = ChatHarness.onlyCard(tap(rep, prompt, "qty:20"));
        assertThat(more.lines()).contains("销售助手 专业版 ×20");
        // an item typed by name (channels list buttons beyond their limit to be typed)
        assertThat(ChatHarness.onlyCard(say("实施服务")).title()).isEqualTo("数量：实施服务");
        Card withTyped = ChatHarness.onlyCard(say("3")); // the quantity typed instead of tapped
        assertThat(withTyped.lines()).contains("销售助手 专业版 ×20", "实施服务 ×3");
        assertThat(withTyped.buttons().get(0).label()).as("选折扣 before the items").isEqualTo("选折扣");
        Card discounts = ChatHarness.onlyCard(tap(rep, prompt, ChatHarness.keyOf(withTyped, "选折扣")));
        // REP may give up to 10%: 无折扣, 95折, 9折 and nothing deeper
        assertThat(discounts.buttons()).extracting(CardButton::label).containsExactly("无折扣", "95折", "9折");
        Card confirm = ChatHarness.onlyCard(tap(rep, prompt, ChatHarness.keyOf(discounts, "9折")));
        assertThat(confirm.lines()).contains("折扣：9折");
        Card issued = issuedCard(tap(rep, prompt, ChatHarness.keyOf(confirm, "生成报价")));
        assertThat(saved).singleElement().satisfies(q -> {
            assertThat(q.customerId()).isEqualTo("c1");
            assertThat(q.discountPercent()).isEqualTo(10);
            assertThat(q.total()).isEqualByComparingTo("61740"); // 20 × 2682 + 3 × 2700, as typed below
        });
        assertThat(issued.title()).isEqualTo("报价单 " + saved.get(0).number());
        assertThat(issued.link().url()).startsWith("https://bot.example.com/push-files/");
        // the card is spent: a second 生成报价 issues nothing more
        assertThat(ChatHarness.all(tap(rep, prompt, "issue"))).contains("过期");
        assertThat(saved).hasSize(1);
    }

    @Test
    void aDiscountTapBeyondTheRepsRangeIsRefusedWhileAManagerMayGiveIt() {
        String prompt = ChatHarness.onlyCard(say("报价")).promptId();
        tap(rep, prompt, "cust:c1");
        tap(rep, prompt, "item:crm_pro");
        tap(rep, prompt, "qty:5");
        tap(rep, prompt, "next");
        // a forged 85折 (15%) from the rep, one step past the 10% limit
        assertThat(ChatHarness.onlyText(tap(rep, prompt, "disc:15"))).contains("折扣只能在 0 到 10% 之间");
        assertThat(saved).isEmpty();

        List<Outgoing> managerStart = engine.handle(h.text(manager.wecomUserId(), "报价"));
        String mp = ChatHarness.onlyCard(managerStart).promptId();
        tap(manager, mp, "cust:c3");
        tap(manager, mp, "item:crm_pro");
        tap(manager, mp, "qty:5");
        Card discounts = ChatHarness.onlyCard(tap(manager, mp, "next"));
        assertThat(discounts.buttons()).extracting(CardButton::label)
                .containsExactly("无折扣", "95折", "9折", "85折", "8折");
        tap(manager, mp, "disc:15");
        issuedCard(tap(manager, mp, "issue"));
        assertThat(saved).singleElement().satisfies(q -> assertThat(q.discountPercent()).isEqualTo(15));
    }

    @Test
    void anotherRepsCustomerTappedOrAQuantityOutOfRangeIsRefused() {
        String prompt = ChatHarness.onlyCard(say("报价")).promptId();
        assertThat(ChatHarness.onlyText(tap(rep, prompt, "cust:c2"))).isEqualTo("只能给自己名下的客户报价。");
        tap(rep, prompt, "cust:c1");
        tap(rep, prompt, "item:crm_pro");
        assertThat(ChatHarness.onlyText(say("0"))).startsWith("数量要是 1 到 100000");
        assertThat(ChatHarness.onlyText(say("二十"))).startsWith("数量要是");
        assertThat(ChatHarness.onlyCard(say("100000")).lines()).contains("销售助手 专业版 ×100000");
        assertThat(saved).isEmpty();
    }

    @Test
    void aTypedQuoteWithinRangeIsIssuedAndLinked() {
        Card card = issuedCard(say("报价 华东精密机械制造 专业版×20 实施×3 9折"));
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
