package com.salesbot.core.feature.pipeline;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.TapKeys;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.Command;
import com.salesbot.core.chat.PromptHandler;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.config.Choice;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.scope.DataScope;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 我的线索: the sender's open leads (not in the last stage, not lost), longest in their stage first, at most
 * {@value #MAX_LEADS}, each with a tap that moves it to the next configured stage and a 输单 tap (prompt kind "p").
 * Moving resets R6's dwell (the stage-entry time is the tap's time). 输单 shows the configured lost reasons as taps
 * on the same prompt; a reason tap marks the lead lost with that reason (it keeps its stage and leaves the open
 * list, R6's dwell and the follow-up cycle). Only a lead in the sender's data scope changes (a rep their own, a
 * manager their team's); a tap naming any other lead — a forged callback — is refused and audited
 * ({@code lead.advance.refused} / {@code lead.lose.refused}); every change is audited ({@code lead.advance} with
 * before/after stage codes, {@code lead.lose} with the stage before and the reason code after). A second reason tap
 * on a lead already lost changes nothing.
 */
public final class MyLeadsFeature implements ChatFeature, PromptHandler {
    public static final String KIND = "p";
    public static final int MAX_LEADS = 10;
    public static final Command MY_LEADS = new Command("my-leads", List.of("我的线索", "线索列表", "我的线索列表", "/leads"),
            false, "【我的线索】推进线索阶段，一点就好", Set.of(Role.values()));
    static final String ADVANCE = "adv:";
    static final String LOSE = "lose:";
    static final String REASON = "why:";
    private static final Duration TTL = Duration.ofDays(1);

    private final LeadStore leads;
    private final CustomerStore customers;
    private final OrgStore org;
    private final List<Choice> stages;
    private final List<Choice> lostReasons;
    private final DialogStore dialogs;
    private final AuditLog audit;
    private final Transactions transactions;
    private final BusinessCalendar calendar;

    public MyLeadsFeature(LeadStore leads, CustomerStore customers, OrgStore org, List<Choice> stages,
                          List<Choice> lostReasons, DialogStore dialogs, AuditLog audit, Transactions transactions,
                          BusinessCalendar calendar) {
        this.leads = leads;
        this.customers = customers;
        this.org = org;
        this.stages = List.copyOf(stages);
        this.lostReasons = List.copyOf(lostReasons);
        this.dialogs = dialogs;
        this.audit = audit;
        this.transactions = transactions;
        this.calendar = calendar;
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.command(MY_LEADS, (request, arguments) -> list(request, null)).prompt(this);
    }

    private List<Outgoing> list(ChatRequest request, String reuseId) {
        List<Lead> open = leads.ofOwner(request.repId()).stream().filter(l -> !l.lost() && next(l.stage()).isPresent())
                .sorted(Comparator.comparingLong(MyLeadsFeature::enteredAt).thenComparingLong(Lead::id))
                .limit(MAX_LEADS).toList();
        if (open.isEmpty()) {
            return request.say("你名下没有待推进的线索。发“录线索”登记新线索。");
        }
        String promptId = reuseId != null ? reuseId : DialogStore.newPromptId(KIND);
        dialogs.save(new PromptState(promptId, KIND, request.repId(), "LIST", Map.of()), TTL);
        List<String> lines = new ArrayList<>();
        List<CardButton> buttons = new ArrayList<>();
        for (Lead l : open) {
            String name = customers.find(l.customerId()).map(Customer::name).orElse(l.customerId());
            long days = Math.max(0, ChronoUnit.DAYS.between(calendar.dayOf(enteredAt(l)), calendar.dayOf(request.now())));
            lines.add(name + " · " + label(l.stage()) + " · 已停留 " + days + " 天");
            buttons.add(new CardButton(ADVANCE + l.id(), name + " → " + label(next(l.stage()).orElseThrow()), false));
            buttons.add(new CardButton(LOSE + l.id(), name + " 输单", false));
        }
        lines.add("点一下把线索推进到下一阶段，丢了的点“输单”：");
        return request.reply(new Card("我的线索（停留最久的在前）", Tone.NORMAL, lines, null, null, buttons, promptId,
                null));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Outgoing> onAction(ChatRequest request, PromptState prompt, String actionKey) {
        if (actionKey.startsWith(ADVANCE)) {
            return TapKeys.id(actionKey.substring(ADVANCE.length()))
                    .map(id -> advance(request, prompt, id)).orElseGet(request::unknownButton);
        }
        if (actionKey.startsWith(LOSE)) {
            return TapKeys.id(actionKey.substring(LOSE.length()))
                    .map(id -> askReason(request, prompt, id)).orElseGet(request::unknownButton);
        }
        if (actionKey.startsWith(REASON)) {
            String[] parts = actionKey.substring(REASON.length()).split(":", 2);
            Optional<Choice> reason = parts.length == 2
                    ? lostReasons.stream().filter(c -> c.code().equals(parts[1])).findFirst() : Optional.empty();
            Optional<Long> id = TapKeys.id(parts[0]);
            if (reason.isEmpty() || id.isEmpty()) {
                return request.unknownButton();
            }
            return lose(request, prompt, id.get(), reason.get());
        }
        return request.unknownButton();
    }

    private List<Outgoing> advance(ChatRequest request, PromptState prompt, long id) {
        Optional<Lead> lead = inScope(request, id, "lead.advance.refused");
        if (lead.isEmpty()) {
            return request.say("只能推进自己的线索（经理可推进本组的）。");
        }
        Lead l = lead.get();
        if (l.lost()) {
            return request.say("这条线索已标记输单。");
        }
        Optional<String> next = next(l.stage());
        if (next.isEmpty()) {
            return request.say("这条线索已在最后阶段。");
        }
        String channel = request.message().channel();
        transactions.inTransaction(() -> {
            leads.update(l.movedTo(next.get(), request.now()));
            audit.record(new AuditEntry(request.repId(), "lead.advance", "lead", Long.toString(id), l.stage(),
                    next.get(), channel, request.now()));
            return null;
        });
        List<Outgoing> replies = new ArrayList<>(request.say("已推进：" + customerName(l) + " → "
                + label(next.get()) + "。"));
        replies.addAll(list(request, prompt.id()));
        return replies;
    }

    private List<Outgoing> askReason(ChatRequest request, PromptState prompt, long id) {
        Optional<Lead> lead = inScope(request, id, "lead.lose.refused");
        if (lead.isEmpty()) {
            return request.say("只能处理自己的线索（经理可处理本组的）。");
        }
        if (lead.get().lost()) {
            return request.say("这条线索已标记输单。");
        }
        List<CardButton> buttons = lostReasons.stream()
                .map(r -> new CardButton(REASON + id + ":" + r.code(), r.label(), false)).toList();
        return request.reply(new Card("输单 · " + customerName(lead.get()), Tone.NORMAL,
                List.of("输在哪儿？点一下原因。标记后线索移出待推进列表，原因会进总监的月度线索来源分析。"), null, null,
                buttons, prompt.id(), null));
    }

    private List<Outgoing> lose(ChatRequest request, PromptState prompt, long id, Choice reason) {
        Optional<Lead> lead = inScope(request, id, "lead.lose.refused");
        if (lead.isEmpty()) {
            return request.say("只能处理自己的线索（经理可处理本组的）。");
        }
        Lead l = lead.get();
        if (l.lost()) {
            return request.say("这条线索已标记输单（" + reasonLabel(l.lostReason()) + "），不用重复点。");
        }
        String channel = request.message().channel();
        transactions.inTransaction(() -> {
            leads.update(l.lostFor(reason.code(), request.now()));
            audit.record(new AuditEntry(request.repId(), "lead.lose", "lead", Long.toString(id), l.stage(),
                    reason.code(), channel, request.now()));
            return null;
        });
        List<Outgoing> replies = new ArrayList<>(request.say("已标记输单：" + customerName(l) + "（原因：" + reason.label()
                + "）。复盘一下，下次更稳。"));
        replies.addAll(list(request, prompt.id()));
        return replies;
    }

    /** The lead when the sender may change it; otherwise records the refusal under {@code refusal}. */
    private Optional<Lead> inScope(ChatRequest request, long id, String refusal) {
        Optional<Lead> lead = leads.find(id);
        Optional<Rep> owner = lead.flatMap(l -> org.findRep(l.ownerRepId()));
        if (owner.isEmpty() || !DataScope.of(request.sender()).canSee(owner.get())) {
            audit.record(new AuditEntry(request.repId(), refusal, "lead", Long.toString(id),
                    lead.map(Lead::stage).orElse(null), null, request.message().channel(), request.now()));
            return Optional.empty();
        }
        return lead;
    }

    private String customerName(Lead l) {
        return customers.find(l.customerId()).map(Customer::name).orElse(l.customerId());
    }

    private String reasonLabel(String code) {
        return Choice.labelOf(lostReasons, code);
    }

    @Override
    public List<Outgoing> onText(ChatRequest request, PromptState prompt) {
        return request.say("请在卡片上点一下要推进或输单的线索。");
    }

    @Override
    public List<Outgoing> onExpired(ChatRequest request, String promptId) {
        return request.say("这张线索卡片已过期，重新发“我的线索”就行。");
    }

    private Optional<String> next(String stage) {
        for (int i = 0; i < stages.size() - 1; i++) {
            if (stages.get(i).code().equals(stage)) {
                return Optional.of(stages.get(i + 1).code());
            }
        }
        return Optional.empty();
    }

    private String label(String code) {
        return Choice.labelOf(stages, code);
    }

    private static long enteredAt(Lead l) {
        return l.stageEnteredAt() > 0 ? l.stageEnteredAt() : l.firstTouchAt();
    }
}
