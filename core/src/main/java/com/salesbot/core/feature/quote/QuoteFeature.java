package com.salesbot.core.feature.quote;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.CardLink;
import com.salesbot.core.card.FileMessage;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.Command;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.feature.common.CustomerNames;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.push.PushFiles;
import com.salesbot.core.quote.IssueQuote;
import com.salesbot.core.quote.PriceItem;
import com.salesbot.core.quote.PriceList;
import com.salesbot.core.quote.Quote;
import com.salesbot.core.quote.QuoteException;
import com.salesbot.core.quote.QuoteFiles;
import com.salesbot.core.quote.QuoteLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 报价 (R12): the rep types 报价 华东精密 专业版×20 实施×3 折扣10 and gets a registered, watermarked PDF quote as a file
 * message ({@link FileMessage}, bytes loaded by the sender through {@link QuoteFiles}) plus a card with a signed
 * download link (the same file the compliance scan then accepts for that customer). 报价 alone starts the same by
 * taps ({@link QuoteTapFlow}: customer, items and quantities, a discount within the rep's range, 生成报价). Customers are the rep's own (their owner); items by code or name.
 */
public final class QuoteFeature implements ChatFeature {
    public static final Command QUOTE = new Command("quote", List.of("报价", "出报价", "开报价单", "报价单", "/quote"),
            true, "【报价】点客户、点产品、点折扣，生成带水印、已登记的报价单（也可打：报价 客户 产品×数量 9折）", Set.of(Role.values()));
    private static final Pattern ITEM = Pattern.compile("^(.+?)\\s*[×xX*]\\s*(\\d{1,6})$");
    private static final Pattern DISCOUNT = Pattern.compile("^(?:折扣|优惠)(\\d{1,2})%?$|^(\\d{1,2})%$");
    private static final Pattern ZHE = Pattern.compile("^(\\d(?:\\.\\d)?)折$");

    private final IssueQuote issue;
    private final CustomerStore customers;
    private final PushFiles files;
    private final QuoteTapFlow taps;

    public QuoteFeature(IssueQuote issue, CustomerStore customers, PushFiles files, DialogStore dialogs) {
        this.issue = issue;
        this.customers = customers;
        this.files = files;
        this.taps = new QuoteTapFlow(issue, customers, dialogs,
                (request, wanted) -> issue(request, wanted.customer(), wanted.items(), wanted.discount()));
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.command(QUOTE, this::handle).prompt(taps);
    }

    List<Outgoing> handle(ChatRequest request, String arguments) {
        PriceList prices = issue.prices();
        if (arguments == null || arguments.isBlank()) {
            return taps.start(request);
        }
        List<String> tokens = new ArrayList<>(List.of(arguments.strip().split("[\\s，,、；;]+")));
        Optional<Customer> customer = customer(request, tokens.remove(0));
        if (customer.isEmpty()) {
            return request.say("没找到你名下叫这个名字的客户。格式：报价 客户名 产品×数量 折扣N，例如 报价 华东精密 专业版×20 折扣10");
        }
        int discount = 0;
        List<IssueQuote.Item> items = new ArrayList<>();
        for (String t : tokens) {
            Matcher d = DISCOUNT.matcher(t);
            Matcher z = ZHE.matcher(t);
            Matcher i = ITEM.matcher(t);
            if (d.matches()) {
                discount = Integer.parseInt(d.group(1) != null ? d.group(1) : d.group(2));
            } else if (z.matches()) {
                discount = new BigDecimal("100").subtract(new BigDecimal(z.group(1)).multiply(BigDecimal.TEN))
                        .intValue();
            } else if (i.matches()) {
                String code = item(prices, i.group(1)).map(PriceItem::code).orElse(i.group(1));
                items.add(new IssueQuote.Item(code, Integer.parseInt(i.group(2))));
            } else {
                return request.say("看不懂「" + t + "」。产品写成 产品×数量（如 专业版×20），折扣写成 折扣10 或 9折。");
            }
        }
        return issue(request, customer.get(), items, discount);
    }

    /** Issues the quote (typed or tapped) and replies with the registered PDF. */
    private List<Outgoing> issue(ChatRequest request, Customer customer, List<IssueQuote.Item> items, int discount) {
        try {
            IssueQuote.Issued issued = issue.issue(request.sender(), new IssueQuote.Request(customer.id(), items,
                    discount), request.message().channel());
            Quote q = issued.quote();
            String url = files.publish(q.fileName(), issued.pdf());
            // the card says what was issued; the PDF itself follows as a platform file message (the signed link is
            // on the card and is the file message's fallback where files cannot be sent)
            return request.reply(card(q, customer, url),
                    new FileMessage(q.fileName(), QuoteFiles.ref(q.number()), "报价单 " + q.number() + " PDF：" + url));
        } catch (QuoteException e) {
            return request.say(e.getMessage());
        }
    }

    private Optional<Customer> customer(ChatRequest request, String typed) {
        String t = com.salesbot.core.chat.text.TextNormalizer.normalize(typed);
        return customers.ofOwner(request.repId()).stream().filter(c -> CustomerNames.matches(c.name(), t)
                || com.salesbot.core.chat.text.TextNormalizer.normalize(c.name()).contains(t) && t.length() >= 2)
                .findFirst();
    }

    /** By code (crm_pro) or by a part of the name (专业版, 实施). */
    static Optional<PriceItem> item(PriceList prices, String typed) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        return prices.item(t).or(() -> prices.items().stream()
                .filter(p -> p.name().toLowerCase(Locale.ROOT).contains(t)).findFirst());
    }

    private static Card card(Quote q, Customer customer, String url) {
        List<String> lines = new ArrayList<>();
        for (QuoteLine l : q.lines()) {
            lines.add(l.name() + " ×" + l.quantity() + "：" + l.amount().toPlainString() + " 元");
        }
        lines.add("报价单已登记，发给「" + customer.name() + "」的正是这份文件时不会触发合规提醒；改动过的文件会被标出。");
        return new Card("报价单 " + q.number(), Tone.SUCCESS, lines,
                List.of(new CardField("客户", customer.name(), false),
                        new CardField("合计", q.total().toPlainString() + " 元", true),
                        new CardField("折扣", q.discountPercent() + "%", false)),
                null, null, null, null).withLink(new CardLink("下载报价单 PDF", url, "份"));
    }
}
