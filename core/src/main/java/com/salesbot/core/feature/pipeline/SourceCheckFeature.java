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
import com.salesbot.core.chat.PromptHandler;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.config.Choice;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.scope.DataScope;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Monday source-accuracy check (R20): once a week each manager gets a card with the team's new leads of the
 * previous week (created Monday to Sunday, not yet checked, oldest first, at most {@code sourceCheckLeads}), each
 * with 准确 / 不准确 taps for the source the rep recorded (prompt kind "s"). 准确 stores the recorded source as the
 * verified one; 不准确 shows the other configured sources and the tapped one is stored. That is the
 * {@code verifiedSourceChannel} R20's accuracy list ({@code CredibilityLists}) reads. Only a lead of a rep the tapper
 * may see changes (the manager's team); any other — a forged callback — is refused and audited
 * ({@code lead.source.refused}); each recorded check is audited ({@code lead.source.verify}, before/after the verified
 * source). A tap that would store what is already stored changes nothing and is not audited again.
 */
public final class SourceCheckFeature implements ChatFeature, PromptHandler {
    public static final String KIND = "s";
    static final String ACCURATE = "ok:";
    static final String WRONG = "bad:";
    static final String ACTUAL = "src:";
    /** The card stays answerable until the next week's card. */
    private static final Duration TTL = Duration.ofDays(8);

    private final OrgStore org;
    private final LeadStore leads;
    private final CustomerStore customers;
    private final List<Choice> sources;
    private final DialogStore dialogs;
    private final AuditLog audit;
    private final Transactions transactions;
    private final BusinessCalendar calendar;
    private final RecipientDirectory directory;
    private final int maxLeads;

    public SourceCheckFeature(OrgStore org, LeadStore leads, CustomerStore customers, List<Choice> sources,
                              DialogStore dialogs, AuditLog audit, Transactions transactions,
                              BusinessCalendar calendar, RecipientDirectory directory, int maxLeads) {
        this.org = org;
        this.leads = leads;
        this.customers = customers;
        this.sources = List.copyOf(sources);
        this.dialogs = dialogs;
        this.audit = audit;
        this.transactions = transactions;
        this.calendar = calendar;
        this.directory = directory;
        this.maxLeads = maxLeads;
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.prompt(this);
    }

    public static String key(LocalDate monday, String managerId) {
        return "source-check:" + monday + ":" + managerId;
    }

    /**
     * The cards of the week containing {@code today}: one per active manager whose team has unchecked new leads
     * from the week before. Each card's prompt is stored here so its taps can be answered.
     */
    public List<Outgoing> weekly(LocalDate today) {
        LocalDate monday = today.with(DayOfWeek.MONDAY);
        long from = calendar.startOf(monday.minusDays(7));
        long to = calendar.startOf(monday);
        List<Lead> lastWeek = leads.all().stream()
                .filter(l -> l.firstTouchAt() >= from && l.firstTouchAt() < to && l.verifiedSourceChannel() == null)
                .sorted(Comparator.comparingLong(Lead::firstTouchAt).thenComparingLong(Lead::id)).toList();
        if (lastWeek.isEmpty()) {
            return List.of();
        }
        List<Outgoing> out = new ArrayList<>();
        for (Team team : org.teams()) {
            List<Rep> members = org.repsOfTeam(team.id());
            Map<String, Rep> byId = members.stream().collect(Collectors.toMap(Rep::id, Function.identity(),
                    (a, b) -> a));
            List<Lead> teamLeads = lastWeek.stream().filter(l -> byId.containsKey(l.ownerRepId())).toList();
            if (teamLeads.isEmpty()) {
                continue;
            }
            for (Rep manager : DataScope.managersOf(team.id(), members)) {
                String promptId = DialogStore.newPromptId(KIND);
                Card card = card(team, teamLeads, byId, promptId);
                Optional<Outgoing> push = directory.to(manager, card);
                if (push.isPresent()) {
                    dialogs.save(new PromptState(promptId, KIND, manager.id(), "CHECK", Map.of()), TTL);
                    out.add(Outgoing.keyed(key(monday, manager.id()), push.get()));
                }
            }
        }
        return out;
    }

    private Card card(Team team, List<Lead> teamLeads, Map<String, Rep> reps, String promptId) {
        List<Lead> shown = teamLeads.stream().limit(maxLeads).toList();
        List<String> lines = new ArrayList<>();
        lines.add(team.name() + "上周新增 " + teamLeads.size() + " 条线索" + (teamLeads.size() > shown.size()
                ? "，先核对最早的 " + shown.size() + " 条" : "") + "。登记的来源对吗？点一下就好，结果计入数据可信度红黑榜：");
        List<CardButton> buttons = new ArrayList<>();
        int n = 1;
        for (Lead l : shown) {
            Rep owner = reps.get(l.ownerRepId());
            lines.add(n + ". " + customerName(l) + " · " + (owner == null ? l.ownerRepId() : owner.name())
                    + " · 登记来源：" + sourceLabel(l.sourceChannel()));
            buttons.add(new CardButton(ACCURATE + l.id(), n + " 准确", false));
            buttons.add(new CardButton(WRONG + l.id(), n + " 不准确", false));
            n++;
        }
        return new Card("上周新线索 · 来源核对", Tone.NORMAL, lines, null, null, buttons, promptId, null);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Outgoing> onAction(ChatRequest request, PromptState prompt, String actionKey) {
        if (actionKey.startsWith(ACCURATE)) {
            return TapKeys.id(actionKey.substring(ACCURATE.length()))
                    .map(id -> verify(request, id, null)).orElseGet(request::unknownButton);
        }
        if (actionKey.startsWith(WRONG)) {
            return TapKeys.id(actionKey.substring(WRONG.length()))
                    .map(id -> askActual(request, id)).orElseGet(request::unknownButton);
        }
        if (actionKey.startsWith(ACTUAL)) {
            String[] parts = actionKey.substring(ACTUAL.length()).split(":", 2);
            Optional<Long> id = TapKeys.id(parts[0]);
            Optional<Choice> actual = parts.length == 2
                    ? sources.stream().filter(c -> c.code().equals(parts[1])).findFirst() : Optional.empty();
            if (id.isEmpty() || actual.isEmpty()) {
                return request.unknownButton();
            }
            return verify(request, id.get(), actual.get().code());
        }
        return request.unknownButton();
    }

    /** Records the check: {@code actual} null means the recorded source is right. */
    private List<Outgoing> verify(ChatRequest request, long id, String actual) {
        Optional<Lead> lead = inScope(request, id);
        if (lead.isEmpty()) {
            return request.say("只能核对本组销售的线索。");
        }
        Lead l = lead.get();
        String verified = actual == null ? l.sourceChannel() : actual;
        String verdict = verified.equals(l.sourceChannel()) ? "来源准确（" + sourceLabel(verified) + "）"
                : "实际来源是" + sourceLabel(verified) + "（登记为" + sourceLabel(l.sourceChannel()) + "）";
        if (verified.equals(l.verifiedSourceChannel())) {
            return request.say("已记录过：" + customerName(l) + " " + verdict + "。");
        }
        transactions.inTransaction(() -> {
            leads.update(l.withVerifiedSource(verified));
            audit.record(new AuditEntry(request.repId(), "lead.source.verify", "lead", Long.toString(id),
                    l.verifiedSourceChannel(), verified, request.message().channel(), request.now()));
            return null;
        });
        return request.say("已记录：" + customerName(l) + " " + verdict + "。");
    }

    private List<Outgoing> askActual(ChatRequest request, long id) {
        Optional<Lead> lead = inScope(request, id);
        if (lead.isEmpty()) {
            return request.say("只能核对本组销售的线索。");
        }
        Lead l = lead.get();
        List<CardButton> buttons = sources.stream().filter(c -> !c.code().equals(l.sourceChannel()))
                .map(c -> new CardButton(ACTUAL + id + ":" + c.code(), c.label(), false)).toList();
        String promptId = DialogStore.newPromptId(KIND);
        dialogs.save(new PromptState(promptId, KIND, request.repId(), "ACTUAL", Map.of()), TTL);
        return request.reply(new Card("实际来源 · " + customerName(l), Tone.NORMAL,
                List.of("登记的是" + sourceLabel(l.sourceChannel()) + "。实际来源是哪个？点一下："), null, null, buttons,
                promptId, null));
    }

    private Optional<Lead> inScope(ChatRequest request, long id) {
        Optional<Lead> lead = leads.find(id);
        Optional<Rep> owner = lead.flatMap(l -> org.findRep(l.ownerRepId()));
        if (owner.isEmpty() || !DataScope.of(request.sender()).canSee(owner.get())) {
            audit.record(new AuditEntry(request.repId(), "lead.source.refused", "lead", Long.toString(id),
                    lead.map(Lead::verifiedSourceChannel).orElse(null), null, request.message().channel(),
                    request.now()));
            return Optional.empty();
        }
        return lead;
    }

    @Override
    public List<Outgoing> onText(ChatRequest request, PromptState prompt) {
        return request.say("请在来源核对卡片上点“准确”或“不准确”。");
    }

    @Override
    public List<Outgoing> onExpired(ChatRequest request, String promptId) {
        return request.say("这张来源核对卡片已过期，下周一会收到新的。");
    }

    private String customerName(Lead l) {
        return customers.find(l.customerId()).map(Customer::name).orElse(l.customerId());
    }

    private String sourceLabel(String code) {
        return Choice.labelOf(sources, code);
    }
}
