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
import com.salesbot.core.chat.PromptHandler;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.config.GradingStandard;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.scope.DataScope;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 客户分级: tap one of the sender's customers (the {@value #MAX_CUSTOMERS} graded longest ago first), then tap the
 * grade (A/B/C/D, see 分级标准) on the same card (prompt kind "g"). The grade and its update time are stored (R20 timeliness) and
 * audited ({@code customer.grade}); a customer outside the sender's scope (a forged tap) is refused and audited
 * ({@code customer.grade.refused}).
 */
public final class GradeFeature implements ChatFeature, PromptHandler {
    public static final String KIND = "g";
    public static final int MAX_CUSTOMERS = 10;
    public static final List<String> GRADES = GradingStandard.GRADE_CODES;
    public static final Command GRADE = new Command("customer-grade", List.of("客户分级", "客户等级", "更新客户等级",
            "/grade"), false, "【客户分级】点客户、点等级，两下更新", Set.of(Role.values()));
    static final String CUSTOMER_KEY = "cust:";
    static final String GRADE_KEY = "grade:";
    private static final Duration TTL = Duration.ofHours(2);

    private final CustomerStore customers;
    private final OrgStore org;
    private final DialogStore dialogs;
    private final AuditLog audit;
    private final Transactions transactions;

    public GradeFeature(CustomerStore customers, OrgStore org, DialogStore dialogs, AuditLog audit,
                        Transactions transactions) {
        this.customers = customers;
        this.org = org;
        this.dialogs = dialogs;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.command(GRADE, (request, arguments) -> pick(request)).prompt(this);
    }

    private List<Outgoing> pick(ChatRequest request) {
        List<Customer> own = customers.ofOwner(request.repId()).stream()
                .sorted(Comparator.comparingLong(Customer::gradeUpdatedAt).thenComparing(Customer::id))
                .limit(MAX_CUSTOMERS).toList();
        if (own.isEmpty()) {
            return request.say("你名下还没有客户。");
        }
        String promptId = DialogStore.newPromptId(KIND);
        dialogs.save(new PromptState(promptId, KIND, request.repId(), "CUSTOMER", Map.of()), TTL);
        return request.reply(new Card("客户分级", Tone.NORMAL, List.of("要更新哪位客户的等级？点一下（最久没更新的在前）："),
                null, null, own.stream().map(c -> new CardButton(CUSTOMER_KEY + c.id(),
                c.name() + "（" + (c.grade() == null ? "未分级" : c.grade()) + "）", false)).toList(), promptId, null));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Outgoing> onAction(ChatRequest request, PromptState prompt, String actionKey) {
        if (actionKey.startsWith(CUSTOMER_KEY) && "CUSTOMER".equals(prompt.step())) {
            String id = actionKey.substring(CUSTOMER_KEY.length());
            Optional<Customer> customer = inScope(request, id);
            if (customer.isEmpty()) {
                return refuse(request, id);
            }
            dialogs.save(prompt.with("customer", id).atStep("GRADE"), TTL);
            return request.reply(new Card("客户分级：" + customer.get().name(), Tone.NORMAL,
                    List.of("当前等级：" + (customer.get().grade() == null ? "未分级" : customer.get().grade())
                            + "。点一下新的等级：", "拿不准选哪级？发“分级标准”看看 A/B/C/D 各指什么。"),
                    null, null, GRADES.stream().map(g -> new CardButton(GRADE_KEY + g, g, false)).toList(),
                    prompt.id(), null));
        }
        if (actionKey.startsWith(GRADE_KEY) && "GRADE".equals(prompt.step())) {
            String grade = actionKey.substring(GRADE_KEY.length());
            if (!GRADES.contains(grade)) {
                return request.say("请在卡片上点一下等级（" + String.join("/", GRADES) + "）。");
            }
            String id = prompt.get("customer");
            Optional<Customer> customer = inScope(request, id);
            if (customer.isEmpty()) {
                return refuse(request, id);
            }
            Customer c = customer.get();
            transactions.inTransaction(() -> {
                customers.save(new Customer(c.id(), c.name(), c.ownerRepId(), c.wecomExternalUserId(), c.type(), grade,
                        request.now(), c.ndaSigned()));
                audit.record(new AuditEntry(request.repId(), "customer.grade", "customer", c.id(), c.grade(), grade,
                        request.message().channel(), request.now()));
                return null;
            });
            dialogs.delete(prompt.id());
            return request.reply(new Card("已更新：" + c.name() + " → " + grade, Tone.SUCCESS,
                    List.of("等级已记录，及时更新会计入数据可信度红榜。"), null, null, null, prompt.id(), null));
        }
        return request.say("请在卡片上点选。");
    }

    private Optional<Customer> inScope(ChatRequest request, String customerId) {
        Optional<Customer> customer = customers.find(customerId);
        Optional<Rep> owner = customer.map(Customer::ownerRepId).flatMap(org::findRep);
        return owner.isPresent() && DataScope.of(request.sender()).canSee(owner.get()) ? customer : Optional.empty();
    }

    private List<Outgoing> refuse(ChatRequest request, String customerId) {
        audit.record(new AuditEntry(request.repId(), "customer.grade.refused", "customer",
                customerId == null || customerId.isBlank() ? "?" : customerId, null, null,
                request.message().channel(), request.now()));
        return request.say("只能更新自己客户的等级（经理可更新本组的）。");
    }

    @Override
    public List<Outgoing> onText(ChatRequest request, PromptState prompt) {
        return request.say("请在卡片上点选。");
    }

    @Override
    public List<Outgoing> onExpired(ChatRequest request, String promptId) {
        return request.say("这张卡片已过期，重新发“客户分级”就行。");
    }
}
