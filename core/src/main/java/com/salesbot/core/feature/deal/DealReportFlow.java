package com.salesbot.core.feature.deal;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.CommandHandler;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.chat.PromptHandler;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.chat.text.TextNormalizer;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealDesk;
import com.salesbot.core.deal.DecisionRole;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.rules.deal.DealHealth;
import com.salesbot.core.rules.deal.IndicatorResult;
import com.salesbot.core.rules.deal.RiskResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 签单: tap the customer, the opportunity, confirm (or type) the amount, then the five indicators one card each with
 * one tap (有凭证 / 暂无; the decision chain also 仅采购); the fifth tap submits. The deal is recorded as the rep attested it (evidence
 * "聊天确认"), checked, and a risky one goes to the manager's 待复核 queue. The deals import, keyed by contract id,
 * brings the documents' exact dates and amounts.
 */
public final class DealReportFlow implements CommandHandler, PromptHandler {
    public static final String KIND = "ds";
    static final String ATTESTED = "聊天确认有凭证";
    private static final Pattern AMOUNT = Pattern.compile("^(\\d+(?:\\.\\d{1,2})?)\\s*(万|万元|元)?$");
    private static final List<String> INDICATORS = List.of("chain", "custom", "pay", "impl", "csm");
    private static final Map<String, String> LABELS = Map.of("chain", "决策链覆盖（签字人、IT、财务等）", "custom", "含定制化服务条款",
            "pay", "首付款达标", "impl", "实施排期到周", "csm", "客户成功经理签约前介入");

    private final DialogStore dialogs;
    private final CustomerStore customers;
    private final OpportunityStore opportunities;
    private final DealDesk desk;
    private final BigDecimal downPaymentRatio;
    private final ChatSettings settings;

    public DealReportFlow(DialogStore dialogs, CustomerStore customers, OpportunityStore opportunities, DealDesk desk,
                          double downPaymentRatio, ChatSettings settings) {
        this.dialogs = dialogs;
        this.customers = customers;
        this.opportunities = opportunities;
        this.desk = desk;
        this.downPaymentRatio = BigDecimal.valueOf(downPaymentRatio);
        this.settings = settings;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Outgoing> handle(ChatRequest request, String arguments) {
        List<Customer> mine = customers.ofOwner(request.repId()).stream().limit(6).toList();
        if (mine.isEmpty()) {
            return request.say("你名下还没有客户，先发“录线索”登记客户再报签单。");
        }
        String id = DialogStore.newPromptId(KIND);
        dialogs.save(new PromptState(id, KIND, request.repId(), "CUSTOMER", Map.of()), settings.formTtl());
        dialogs.focus(request.repId(), id, settings.formTtl());
        List<CardButton> buttons = mine.stream().map(c -> new CardButton("cust:" + c.id(), c.name(), false)).toList();
        return request.reply(new Card("签单", Tone.NORMAL, List.of("和哪位客户签的？点一下："), null, null, buttons, id,
                "或直接输入客户名称"));
    }

    @Override
    public List<Outgoing> onAction(ChatRequest request, PromptState prompt, String key) {
        if (prompt.step().equals("DONE")) {
            return request.say("这次签单已经提交过了。");
        }
        if (key.startsWith("cust:")) {
            return customer(request, prompt, key.substring(5));
        }
        if (key.startsWith("opp:")) {
            return opportunity(request, prompt, key.substring(4));
        }
        if (key.equals("amt:ok") && prompt.get("amount") != null) {
            return indicators(request, prompt.atStep("IND"));
        }
        if (key.startsWith("i:") && prompt.step().equals("IND")) {
            String[] parts = key.split(":");
            int at = INDICATORS.indexOf(parts.length == 3 ? parts[1] : "");
            if (at >= 0 && List.of("yes", "no", "proc").contains(parts[2])
                    && (!parts[2].equals("proc") || at == 0)) {
                PromptState next = prompt.with(parts[1], parts[2]).with("idx", Integer.toString(at + 1));
                return at + 1 < INDICATORS.size() ? indicators(request, next) : submit(request, next);
            }
        }
        return request.say("请在卡片上点选。");
    }

    @Override
    public List<Outgoing> onText(ChatRequest request, PromptState prompt) {
        if (prompt.step().equals("CUSTOMER")) {
            return customers.ofOwner(request.repId()).stream()
                    .filter(c -> TextNormalizer.normalize(c.name()).equals(request.text())).findFirst()
                    .map(c -> customer(request, prompt, c.id()))
                    .orElseGet(() -> request.say("没找到你名下叫“" + request.text() + "”的客户，请点选或回复“取消”。"));
        }
        if (prompt.step().equals("AMOUNT")) {
            Optional<Long> fen = amountFen(request.text());
            if (fen.isEmpty() || fen.get() <= 0) {
                return request.say("请输入合同金额，如“120000”或“12万”。");
            }
            return indicators(request, prompt.with("amount", fen.get().toString()).atStep("IND"));
        }
        return request.say("请在卡片上点选，或回复“取消”。");
    }

    /** "120000", "12万", "12.5万元", "3000元" in fen. */
    static Optional<Long> amountFen(String text) {
        Matcher m = AMOUNT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1));
        BigDecimal fen = m.group(2) != null && m.group(2).startsWith("万") ? value.movePointRight(6)
                : value.movePointRight(2);
        try {
            return Optional.of(fen.setScale(0, RoundingMode.HALF_UP).longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private List<Outgoing> customer(ChatRequest request, PromptState prompt, String customerId) {
        Optional<Customer> customer = customers.find(customerId)
                .filter(c -> request.repId().equals(c.ownerRepId()));
        if (customer.isEmpty()) {
            return request.say("这个客户不在你名下，请重新点选。");
        }
        List<Opportunity> open = opportunities.ofOwner(request.repId()).stream()
                .filter(o -> o.customerId().equals(customerId) && o.status() != OpportunityStatus.LOST).limit(5)
                .toList();
        PromptState next = prompt.with("customer", customerId).atStep("OPP");
        dialogs.save(next, settings.formTtl());
        List<CardButton> buttons = new ArrayList<>();
        open.forEach(o -> buttons.add(new CardButton("opp:" + o.id(), o.stage() + " · " + Formats.money(o.amountFen()),
                false)));
        buttons.add(new CardButton("opp:-", "不关联商机", false));
        return request.reply(new Card("签单 · " + customer.get().name(), Tone.NORMAL, List.of("对应哪个商机？"), null, null,
                buttons, prompt.id(), null));
    }

    private List<Outgoing> opportunity(ChatRequest request, PromptState prompt, String opportunityId) {
        if (prompt.get("customer") == null) {
            return request.say("请先选客户。");
        }
        PromptState next = prompt.atStep("AMOUNT");
        long amount = 0;
        if (!opportunityId.equals("-")) {
            Optional<Opportunity> opp = opportunities.find(opportunityId)
                    .filter(o -> request.repId().equals(o.ownerRepId()));
            if (opp.isEmpty()) {
                return request.say("这个商机不在你名下，请重新点选。");
            }
            next = next.with("opportunity", opportunityId);
            amount = opp.get().amountFen();
        }
        List<CardButton> buttons = new ArrayList<>();
        if (amount > 0) {
            next = next.with("amount", Long.toString(amount));
            buttons.add(new CardButton("amt:ok", "确认 " + Formats.money(amount), true));
        }
        dialogs.save(next, settings.formTtl());
        return request.reply(new Card("签单 · 合同金额", Tone.NORMAL, List.of(amount > 0
                ? "合同金额是 " + Formats.money(amount) + " 吗？不对就直接输入，如“12万”。"
                : "请输入合同金额，如“120000”或“12万”。"), null, null, buttons, prompt.id(), "合同金额"));
    }

    /** One indicator per card (WeCom cards hold at most six buttons): 有凭证 / 暂无 (decision chain also 仅采购). */
    private List<Outgoing> indicators(ChatRequest request, PromptState prompt) {
        int at = prompt.get("idx") == null ? 0 : Integer.parseInt(prompt.get("idx"));
        PromptState state = prompt.with("idx", Integer.toString(at));
        dialogs.save(state, settings.formTtl());
        String i = INDICATORS.get(at);
        List<CardButton> buttons = new ArrayList<>();
        buttons.add(new CardButton("i:" + i + ":yes", "有凭证", true));
        if (i.equals("chain")) {
            buttons.add(new CardButton("i:chain:proc", "仅与采购联系", false));
        }
        buttons.add(new CardButton("i:" + i + ":no", "暂无", false));
        List<CardField> fields = new ArrayList<>();
        for (int k = 0; k < at; k++) {
            String v = state.get(INDICATORS.get(k));
            fields.add(new CardField(LABELS.get(INDICATORS.get(k)), "no".equals(v) ? "暂无" : "proc".equals(v)
                    ? "仅采购" : "有凭证", !"yes".equals(v)));
        }
        return request.reply(new Card("签单 · " + Formats.money(Long.parseLong(state.get("amount"))) + " · 健康成交 "
                + (at + 1) + "/" + INDICATORS.size(), Tone.NORMAL, List.of(LABELS.get(i) + "？"), fields, null,
                buttons, prompt.id(), null));
    }

    private List<Outgoing> submit(ChatRequest request, PromptState prompt) {
        if (!dialogs.once("deal-report:" + prompt.id(), settings.formTtl())) {
            return request.say("这次签单已经提交过了。");
        }
        dialogs.releaseFocus(request.repId(), prompt.id());
        dialogs.save(prompt.atStep("DONE"), settings.formTtl());
        LocalDate today = desk.today();
        long amount = Long.parseLong(prompt.get("amount"));
        Map<DecisionRole, String> roles = new EnumMap<>(DecisionRole.class);
        if ("yes".equals(prompt.get("chain"))) {
            roles.put(DecisionRole.SIGNER, ATTESTED);
            roles.put(DecisionRole.IT_OWNER, ATTESTED);
            roles.put(DecisionRole.FINANCE, ATTESTED);
        } else if ("proc".equals(prompt.get("chain"))) {
            roles.put(DecisionRole.PURCHASING, "");
        }
        boolean custom = "yes".equals(prompt.get("custom"));
        boolean paid = "yes".equals(prompt.get("pay"));
        long firstPayment = paid ? new BigDecimal(amount).multiply(downPaymentRatio)
                .setScale(0, RoundingMode.CEILING).longValueExact() : 0;
        Deal deal = new Deal("chat-" + prompt.id().substring(KIND.length() + 1), prompt.get("customer"),
                request.repId(), prompt.get("opportunity"), amount, today, null,
                custom ? "定制化服务条款（" + ATTESTED + "）" : null, custom,
                "yes".equals(prompt.get("impl")) ? today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : null,
                "yes".equals(prompt.get("csm")), roles, firstPayment, paid ? today : null,
                paid ? "回单待补（" + ATTESTED + "）" : null, false, null, request.now());
        DealDesk.Recorded recorded = desk.record(deal, request.repId(), request.message().channel());
        return request.reply(resultCard(deal, recorded));
    }

    private Card resultCard(Deal deal, DealDesk.Recorded recorded) {
        DealHealth h = recorded.health();
        List<String> lines = new ArrayList<>();
        for (IndicatorResult i : h.indicators()) {
            lines.add((i.met() ? "✓ " : "✗ ") + i.indicator().label() + "：" + i.reason());
        }
        for (RiskResult r : h.raised()) {
            lines.add("⚠ " + r.signal().label() + "：" + r.reason());
        }
        lines.add(h.needsManualReview() ? "有风险信号，已提交主管复核，请准备好相关凭证。"
                : h.healthy() ? "五项全部达标，健康成交！" : "已记录。补齐未达标的项，客户会更稳。");
        return new Card("签单已记录 · " + desk.customerName(deal.customerId()) + " " + Formats.money(deal.amountFen()),
                h.needsManualReview() ? Tone.WARNING : h.healthy() ? Tone.SUCCESS : Tone.NORMAL, lines, null, null,
                null, null, null);
    }

    @Override
    public List<Outgoing> onExpired(ChatRequest request, String promptId) {
        return request.say("这张签单卡片已过期，重新发“签单”就行。");
    }

}
