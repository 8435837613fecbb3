package com.salesbot.core.feature.pipeline;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.Command;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.chat.PromptHandler;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.scope.DataScope;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 商机: the sender's open opportunities (at most {@value #MAX}); tap one, then tap 需求 / 预算 / 决策人 to confirm
 * each (R9: an open opportunity with all three is qualified reserve, which 目标 shows), or tap 设置金额 and type the
 * expected amount ("12万", "120000", "12.5万元"; more than 0 and at most 100亿). Prompt kind "o". Only
 * opportunities in the sender's data scope change; every change is audited ({@code opportunity.confirm},
 * {@code opportunity.amount}), a forged tap is refused and audited ({@code opportunity.refused}).
 */
public final class OpportunityFeature implements ChatFeature, PromptHandler {
    public static final String KIND = "o";
    public static final int MAX = 10;
    public static final Command OPPORTUNITIES = new Command("opportunities", List.of("商机", "我的商机", "商机列表",
            "/deals"), false, "【商机】确认需求、预算、决策人，填预计金额", Set.of(Role.values()));
    static final String PICK = "opp:";
    static final String CONFIRM = "ok:";
    static final String AMOUNT = "amount";
    private static final long MAX_FEN = 1_000_000_000_000L; // 100亿元 in fen
    private static final Pattern MONEY = Pattern.compile("^(\\d{1,12}(?:\\.\\d{1,2})?)\\s*(万)?\\s*(元)?$");
    private static final Duration TTL = Duration.ofHours(2);

    private final OpportunityStore opportunities;
    private final CustomerStore customers;
    private final OrgStore org;
    private final DialogStore dialogs;
    private final AuditLog audit;
    private final Transactions transactions;

    public OpportunityFeature(OpportunityStore opportunities, CustomerStore customers, OrgStore org,
                              DialogStore dialogs, AuditLog audit, Transactions transactions) {
        this.opportunities = opportunities;
        this.customers = customers;
        this.org = org;
        this.dialogs = dialogs;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.command(OPPORTUNITIES, (request, arguments) -> list(request)).prompt(this);
    }

    private List<Outgoing> list(ChatRequest request) {
        List<Opportunity> open = opportunities.ofOwner(request.repId()).stream()
                .filter(o -> o.status() == OpportunityStatus.OPEN)
                .sorted(Comparator.comparing(Opportunity::qualified).thenComparing(Opportunity::id)).limit(MAX).toList();
        if (open.isEmpty()) {
            return request.say("你名下没有进行中的商机。");
        }
        String promptId = DialogStore.newPromptId(KIND);
        dialogs.save(new PromptState(promptId, KIND, request.repId(), "LIST", Map.of()), TTL);
        List<CardButton> buttons = open.stream().map(o -> new CardButton(PICK + o.id(), name(o) + " · "
                + Formats.money(o.amountFen()) + (o.qualified() ? " ✓" : ""), false)).toList();
        return request.reply(new Card("我的商机", Tone.NORMAL, List.of("✓ = 需求、预算、决策人都已确认，计入有效商机储备。",
                "点一个商机去确认或填金额："), null, null, buttons, promptId, null));
    }

    private Card detail(Opportunity o, String promptId, String lead) {
        List<String> lines = new ArrayList<>();
        if (lead != null) {
            lines.add(lead);
        }
        lines.add("预计金额：" + Formats.money(o.amountFen()));
        lines.add("需求 " + mark(o.needConfirmed()) + " · 预算 " + mark(o.budgetConfirmed()) + " · 决策人 "
                + mark(o.decisionMakerKnown()));
        lines.add(o.qualified() ? "✓ 已计入有效商机储备（发“目标”查看）。" : "三项都确认后计入有效商机储备。");
        List<CardButton> buttons = new ArrayList<>();
        if (!o.needConfirmed()) {
            buttons.add(new CardButton(CONFIRM + "need", "确认需求", false));
        }
        if (!o.budgetConfirmed()) {
            buttons.add(new CardButton(CONFIRM + "budget", "确认预算", false));
        }
        if (!o.decisionMakerKnown()) {
            buttons.add(new CardButton(CONFIRM + "dm", "确认决策人", false));
        }
        buttons.add(new CardButton(AMOUNT, "设置金额", false));
        return new Card("商机：" + name(o), o.qualified() ? Tone.SUCCESS : Tone.NORMAL, lines, null, null, buttons,
                promptId, null);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Outgoing> onAction(ChatRequest request, PromptState prompt, String actionKey) {
        if (actionKey.startsWith(PICK)) {
            String id = actionKey.substring(PICK.length());
            Optional<Opportunity> o = inScope(request, id);
            if (o.isEmpty()) {
                return refuse(request, id);
            }
            dialogs.save(prompt.with("opp", id).atStep("DETAIL"), TTL);
            return request.reply(detail(o.get(), prompt.id(), null));
        }
        String id = prompt.get("opp");
        if (id == null) {
            return request.say("请先在卡片上点一个商机。");
        }
        Optional<Opportunity> found = inScope(request, id);
        if (found.isEmpty()) {
            return refuse(request, id);
        }
        Opportunity o = found.get();
        if (AMOUNT.equals(actionKey)) {
            dialogs.save(prompt.atStep("AMOUNT"), TTL);
            dialogs.focus(request.repId(), prompt.id(), TTL);
            return request.say("请直接回复预计金额，如“12万”或“120000”。");
        }
        if (!actionKey.startsWith(CONFIRM)) {
            return request.unknownButton();
        }
        String what = actionKey.substring(CONFIRM.length());
        Opportunity changed = switch (what) {
            case "need" -> with(o, true, o.budgetConfirmed(), o.decisionMakerKnown(), o.amountFen());
            case "budget" -> with(o, o.needConfirmed(), true, o.decisionMakerKnown(), o.amountFen());
            case "dm" -> with(o, o.needConfirmed(), o.budgetConfirmed(), true, o.amountFen());
            default -> null;
        };
        if (changed == null) {
            return request.unknownButton();
        }
        save(request, o, changed, "opportunity.confirm", flags(o), flags(changed));
        return request.reply(detail(changed, prompt.id(), "已确认。"));
    }

    @Override
    public List<Outgoing> onText(ChatRequest request, PromptState prompt) {
        if (!"AMOUNT".equals(prompt.step())) {
            return request.say("请在卡片上点选。");
        }
        Optional<Long> fen = parseFen(request.text());
        if (fen.isEmpty()) {
            return request.say("没看懂这个金额，请回复大于0的数字，如“12万”或“120000”（最多100亿）。金额没有改动。");
        }
        Optional<Opportunity> found = inScope(request, prompt.get("opp"));
        if (found.isEmpty()) {
            return refuse(request, prompt.get("opp"));
        }
        Opportunity o = found.get();
        Opportunity changed = with(o, o.needConfirmed(), o.budgetConfirmed(), o.decisionMakerKnown(), fen.get());
        save(request, o, changed, "opportunity.amount", Long.toString(o.amountFen()), Long.toString(fen.get()));
        dialogs.releaseFocus(request.repId(), prompt.id());
        dialogs.save(prompt.atStep("DETAIL"), TTL);
        return request.reply(detail(changed, prompt.id(), "金额已更新。"));
    }

    /** "12万" = 120000 元, "120000", "12.5万元"; in fen, more than 0 and at most 100亿元; empty otherwise. */
    static Optional<Long> parseFen(String text) {
        Matcher m = MONEY.matcher(text == null ? "" : text.strip().replace(",", "").replace("，", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal yuan = new BigDecimal(m.group(1));
        if (m.group(2) != null) {
            yuan = yuan.multiply(BigDecimal.valueOf(10_000));
        }
        BigDecimal fen = yuan.multiply(BigDecimal.valueOf(100));
        if (fen.signum() <= 0 || fen.compareTo(BigDecimal.valueOf(MAX_FEN)) > 0 || fen.stripTrailingZeros().scale() > 0) {
            return Optional.empty();
        }
        return Optional.of(fen.longValueExact());
    }

    private void save(ChatRequest request, Opportunity before, Opportunity after, String action, String was,
                      String now) {
        transactions.inTransaction(() -> {
            opportunities.save(after);
            audit.record(new AuditEntry(request.repId(), action, "opportunity", before.id(), was, now,
                    request.message().channel(), request.now()));
            return null;
        });
    }

    private Optional<Opportunity> inScope(ChatRequest request, String id) {
        Optional<Opportunity> o = id == null ? Optional.empty() : opportunities.find(id);
        Optional<Rep> owner = o.map(Opportunity::ownerRepId).flatMap(org::findRep);
        return owner.isPresent() && DataScope.of(request.sender()).canSee(owner.get())
                && o.get().status() == OpportunityStatus.OPEN ? o : Optional.empty();
    }

    private List<Outgoing> refuse(ChatRequest request, String id) {
        audit.record(new AuditEntry(request.repId(), "opportunity.refused", "opportunity",
                id == null || id.isBlank() ? "?" : id, null, null, request.message().channel(), request.now()));
        return request.say("只能修改自己进行中的商机（经理可修改本组的）。");
    }

    private String name(Opportunity o) {
        return o.customerId() == null ? o.id() : customers.find(o.customerId()).map(Customer::name).orElse(o.id());
    }

    private static Opportunity with(Opportunity o, boolean need, boolean budget, boolean dm, long fen) {
        return new Opportunity(o.id(), o.customerId(), o.ownerRepId(), fen, o.stage(), need, budget, dm,
                o.expectedClose(), o.status(), o.largeAccount(), o.createdAt(), o.closedAt());
    }

    private static String flags(Opportunity o) {
        return "need=" + o.needConfirmed() + ",budget=" + o.budgetConfirmed() + ",dm=" + o.decisionMakerKnown();
    }

    private static String mark(boolean b) {
        return b ? "✓" : "待确认";
    }

    @Override
    public List<Outgoing> onExpired(ChatRequest request, String promptId) {
        return request.say("这张商机卡片已过期，重新发“商机”就行。");
    }
}
