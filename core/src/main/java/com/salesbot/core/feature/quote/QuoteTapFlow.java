package com.salesbot.core.feature.quote;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.PromptHandler;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.feature.common.CustomerNames;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Customer;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.quote.IssueQuote;
import com.salesbot.core.quote.PriceItem;
import com.salesbot.core.quote.PriceList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * 报价 by taps (prompt kind "q"): bare 报价 shows the rep's customers; a tap on one shows the price list items; a tap
 * on an item asks the quantity (1/5/10/20 or a typed number); 选折扣 offers only the discounts within the rep's
 * authorised range ({@link PriceList#maxDiscount}, decided by DataScope); 生成报价 issues the quote exactly as the
 * typed form does. A forged discount tap beyond the range is refused here and again by {@link IssueQuote}.
 */
final class QuoteTapFlow implements PromptHandler {
    static final String KIND = "q";
    static final int MAX_CUSTOMERS = 10;
    /** Discount steps offered as taps, percent off the list price; only those within the rep's range are shown. */
    static final List<Integer> DISCOUNT_STEPS = List.of(0, 5, 10, 15, 20, 25, 30);
    static final List<Integer> QUANTITY_TAPS = List.of(1, 5, 10, 20);
    static final String CUSTOMER_KEY = "cust:";
    static final String ITEM_KEY = "item:";
    static final String QTY_KEY = "qty:";
    static final String DISCOUNT_KEY = "disc:";
    static final String NEXT_KEY = "next";
    static final String ISSUE_KEY = "issue";
    private static final String CUSTOMER = "CUSTOMER";
    private static final String ITEMS = "ITEMS";
    private static final String QUANTITY = "QUANTITY";
    private static final String DISCOUNT = "DISCOUNT";
    private static final String CONFIRM = "CONFIRM";
    private static final Duration TTL = Duration.ofHours(2);

    private final IssueQuote issue;
    private final CustomerStore customers;
    private final DialogStore dialogs;
    /** Issues a quote for the collected request and builds the reply (shared with the typed form). */
    private final BiFunction<ChatRequest, Issue, List<Outgoing>> issuer;

    /** What the taps collected. */
    record Issue(Customer customer, List<IssueQuote.Item> items, int discount) {
    }

    QuoteTapFlow(IssueQuote issue, CustomerStore customers, DialogStore dialogs,
                 BiFunction<ChatRequest, Issue, List<Outgoing>> issuer) {
        this.issue = issue;
        this.customers = customers;
        this.dialogs = dialogs;
        this.issuer = issuer;
    }

    List<Outgoing> start(ChatRequest request) {
        List<Customer> own = customers.ofOwner(request.repId()).stream()
                .sorted(Comparator.comparing(Customer::name).thenComparing(Customer::id)).limit(MAX_CUSTOMERS).toList();
        if (own.isEmpty()) {
            return request.say("你名下还没有客户。先发“录线索”登记客户，再来报价吧。");
        }
        String promptId = DialogStore.newPromptId(KIND);
        dialogs.save(new PromptState(promptId, KIND, request.repId(), CUSTOMER, Map.of()), TTL);
        // typed answers count too: a channel shows only a few buttons (WeCom 6) and asks to type the rest by name
        dialogs.focus(request.repId(), promptId, TTL);
        return request.reply(new Card("报价", Tone.NORMAL, List.of("给哪位客户报价？点一下：",
                "也可以直接打：报价 客户 产品×数量 9折"), null, null,
                own.stream().map(c -> new CardButton(CUSTOMER_KEY + c.id(), CustomerNames.shortName(c.name()), false))
                        .toList(), promptId, null));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Outgoing> onAction(ChatRequest request, PromptState prompt, String key) {
        PriceList prices = issue.prices();
        if (key.startsWith(CUSTOMER_KEY) && CUSTOMER.equals(prompt.step())) {
            String id = key.substring(CUSTOMER_KEY.length());
            Optional<Customer> customer = own(request, id);
            if (customer.isEmpty()) {
                return request.say("只能给自己名下的客户报价。");
            }
            PromptState next = prompt.with("customer", id).with("items", "").atStep(ITEMS);
            dialogs.save(next, TTL);
            return request.reply(itemsCard(prices, next, customer.get()));
        }
        if (key.startsWith(ITEM_KEY) && ITEMS.equals(prompt.step())) {
            Optional<PriceItem> item = prices.item(key.substring(ITEM_KEY.length()));
            if (item.isEmpty()) {
                return request.say("价目表里没有这个产品，请在卡片上点选。");
            }
            PromptState next = prompt.with("item", item.get().code()).atStep(QUANTITY);
            dialogs.save(next, TTL);
            return request.reply(new Card("数量：" + item.get().name(), Tone.NORMAL,
                    List.of(item.get().price().toPlainString() + " 元/" + item.get().unit() + "，要多少？点一下或直接输入数字："),
                    null, null, QUANTITY_TAPS.stream().map(q -> new CardButton(QTY_KEY + q, Integer.toString(q), false))
                    .toList(), prompt.id(), "输入数量，如 30"));
        }
        if (key.startsWith(QTY_KEY) && QUANTITY.equals(prompt.step())) {
            return quantity(request, prompt, key.substring(QTY_KEY.length()));
        }
        if (NEXT_KEY.equals(key) && ITEMS.equals(prompt.step())) {
            if (items(prompt).isEmpty()) {
                return request.say("先点一个产品。");
            }
            int max = prices.maxDiscount(request.sender());
            PromptState next = prompt.atStep(DISCOUNT);
            dialogs.save(next, TTL);
            return request.reply(new Card("折扣", Tone.NORMAL, List.of("你的折扣上限：" + max + "%。点一下："), null, null,
                    allowed(max).stream().map(d -> new CardButton(DISCOUNT_KEY + d, label(d), false)).toList(),
                    prompt.id(), null));
        }
        if (key.startsWith(DISCOUNT_KEY) && DISCOUNT.equals(prompt.step())) {
            int max = prices.maxDiscount(request.sender());
            Optional<Integer> d = number(key.substring(DISCOUNT_KEY.length()));
            if (d.isEmpty() || !DISCOUNT_STEPS.contains(d.get()) || d.get() > max) {
                return request.say("折扣只能在 0 到 " + max + "% 之间（你的授权上限），请在卡片上点选。");
            }
            PromptState next = prompt.with("discount", Integer.toString(d.get())).atStep(CONFIRM);
            dialogs.save(next, TTL);
            Optional<Customer> customer = own(request, prompt.get("customer"));
            if (customer.isEmpty()) {
                return request.say("只能给自己名下的客户报价。");
            }
            List<String> lines = new ArrayList<>(summary(prices, next));
            lines.add("折扣：" + label(d.get()));
            return request.reply(new Card("确认报价：" + CustomerNames.shortName(customer.get().name()), Tone.NORMAL,
                    lines, null, null, List.of(new CardButton(ISSUE_KEY, "生成报价", true)), prompt.id(), null));
        }
        if (ISSUE_KEY.equals(key) && CONFIRM.equals(prompt.step())) {
            Optional<Customer> customer = own(request, prompt.get("customer"));
            if (customer.isEmpty()) {
                return request.say("只能给自己名下的客户报价。");
            }
            // spent once issued: a second tap on the card finds no prompt and is told it expired
            dialogs.delete(prompt.id());
            dialogs.releaseFocus(request.repId(), prompt.id());
            return issuer.apply(request, new Issue(customer.get(), items(prompt),
                    Integer.parseInt(prompt.get("discount"))));
        }
        return request.say("请在卡片上点选。");
    }

    @Override
    public List<Outgoing> onText(ChatRequest request, PromptState prompt) {
        String text = request.message().text() == null ? "" : request.message().text().strip();
        if (QUANTITY.equals(prompt.step())) {
            return quantity(request, prompt, text);
        }
        // a button's label typed instead of tapped (buttons beyond the channel's limit are listed by name)
        Optional<String> key = switch (prompt.step()) {
            case CUSTOMER -> {
                String t = com.salesbot.core.chat.text.TextNormalizer.normalize(text);
                yield customers.ofOwner(request.repId()).stream().filter(c -> CustomerNames.matches(c.name(), t))
                        .findFirst().map(c -> CUSTOMER_KEY + c.id());
            }
            case ITEMS -> "选折扣".equals(text) ? Optional.of(NEXT_KEY)
                    : QuoteFeature.item(issue.prices(), text).map(p -> ITEM_KEY + p.code());
            case DISCOUNT -> allowed(issue.prices().maxDiscount(request.sender())).stream()
                    .filter(d -> label(d).equals(text)).findFirst().map(d -> DISCOUNT_KEY + d);
            case CONFIRM -> "生成报价".equals(text) ? Optional.of(ISSUE_KEY) : Optional.empty();
            default -> Optional.empty();
        };
        return key.isPresent() ? onAction(request, prompt, key.get()) : request.say("请在卡片上点选，或回复选项名称。");
    }

    @Override
    public List<Outgoing> onExpired(ChatRequest request, String promptId) {
        return request.say("这张报价卡片已过期，重新发“报价”就行。");
    }

    private List<Outgoing> quantity(ChatRequest request, PromptState prompt, String typed) {
        Optional<Integer> q = number(typed);
        if (q.isEmpty() || q.get() <= 0 || q.get() > IssueQuote.MAX_QUANTITY) {
            return request.say("数量要是 1 到 " + IssueQuote.MAX_QUANTITY + " 之间的整数，点卡片上的数字或直接输入，如 30。");
        }
        Map<String, Integer> chosen = new LinkedHashMap<>();
        items(prompt).forEach(i -> chosen.merge(i.code(), i.quantity(), Integer::sum));
        if (!chosen.containsKey(prompt.get("item")) && chosen.size() >= IssueQuote.MAX_LINES) {
            return request.say("一张报价单最多 " + IssueQuote.MAX_LINES + " 个产品。");
        }
        chosen.put(prompt.get("item"), q.get());
        List<String> encoded = new ArrayList<>();
        chosen.forEach((code, n) -> encoded.add(code + "*" + n));
        PromptState next = prompt.with("items", String.join(",", encoded)).atStep(ITEMS);
        dialogs.save(next, TTL);
        Optional<Customer> customer = own(request, prompt.get("customer"));
        if (customer.isEmpty()) {
            return request.say("只能给自己名下的客户报价。");
        }
        return request.reply(itemsCard(issue.prices(), next, customer.get()));
    }

    private Card itemsCard(PriceList prices, PromptState state, Customer customer) {
        List<String> lines = new ArrayList<>();
        List<String> chosen = summary(prices, state);
        if (chosen.isEmpty()) {
            lines.add("点产品加入报价单（再点一次可改数量）：");
        } else {
            lines.add("已选：");
            lines.addAll(chosen);
            lines.add("继续点产品添加，或点「选折扣」。");
        }
        // 选折扣 first: channels show only the first few buttons (WeCom 6) and list the rest to be typed by name
        List<CardButton> buttons = new ArrayList<>();
        if (!chosen.isEmpty()) {
            buttons.add(new CardButton(NEXT_KEY, "选折扣", true));
        }
        for (PriceItem p : prices.items()) {
            buttons.add(new CardButton(ITEM_KEY + p.code(), p.name(), false));
            lines.add(p.name() + "：" + p.price().toPlainString() + " 元/" + p.unit());
        }
        return new Card("报价：" + CustomerNames.shortName(customer.name()), Tone.NORMAL, lines, null, null, buttons,
                state.id(), null);
    }

    private static List<String> summary(PriceList prices, PromptState state) {
        List<String> lines = new ArrayList<>();
        for (IssueQuote.Item i : items(state)) {
            String name = prices.item(i.code()).map(PriceItem::name).orElse(i.code());
            lines.add(name + " ×" + i.quantity());
        }
        return lines;
    }

    static List<IssueQuote.Item> items(PromptState state) {
        String raw = state.get("items");
        List<IssueQuote.Item> items = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return items;
        }
        for (String part : raw.split(",")) {
            int star = part.lastIndexOf('*');
            if (star > 0) {
                number(part.substring(star + 1)).ifPresent(n -> items.add(new IssueQuote.Item(part.substring(0, star), n)));
            }
        }
        return items;
    }

    /** The discount steps within {@code max}, always including 无折扣. */
    static List<Integer> allowed(int max) {
        return DISCOUNT_STEPS.stream().filter(d -> d <= max).toList();
    }

    /** 0 -> 无折扣, 5 -> 95折, 10 -> 9折, 15 -> 85折. */
    static String label(int discount) {
        if (discount == 0) {
            return "无折扣";
        }
        int rest = 100 - discount;
        return (rest % 10 == 0 ? Integer.toString(rest / 10) : Integer.toString(rest)) + "折";
    }

    private Optional<Customer> own(ChatRequest request, String id) {
        if (id == null) {
            return Optional.empty();
        }
        return customers.find(id).filter(c -> request.repId().equals(c.ownerRepId()));
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
