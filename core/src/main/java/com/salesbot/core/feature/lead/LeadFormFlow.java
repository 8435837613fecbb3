package com.salesbot.core.feature.lead;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.CommandHandler;
import com.salesbot.core.chat.PromptHandler;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.chat.text.TextNormalizer;
import com.salesbot.core.feature.common.CustomerNames;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Choice;
import com.salesbot.core.feature.common.ChoiceMatcher;
import com.salesbot.core.feature.common.RecentCustomers;
import com.salesbot.core.messaging.AfterCommit;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.TouchStore;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * R1 lead form in chat: customer (tap or type a name), source (one of the configured sources), stage (one of the
 * 5 stages), core pain point (required). The first-touch time is taken automatically. Anything not in the lists
 * is refused with the valid choices listed.
 */
public final class LeadFormFlow implements CommandHandler, PromptHandler {
    /** Prompt ids of lead forms are {@code l-...}. */
    public static final String KIND = "l";
    static final String CUSTOMER = "CUSTOMER";
    static final String SOURCE = "SOURCE";
    static final String STAGE = "STAGE";
    static final String PAIN = "PAIN";
    private static final int MAX_NAME = 50;
    private static final int MAX_PAIN = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DialogStore dialogs;
    private final LeadStore leads;
    private final CustomerStore customers;
    private final TouchStore touches;
    private final RecentCustomers recent;
    private final BusinessConfig config;
    private final ChatSettings settings;

    public LeadFormFlow(DialogStore dialogs, LeadStore leads, CustomerStore customers, TouchStore touches,
                        BusinessConfig config, ChatSettings settings) {
        this.dialogs = dialogs;
        this.leads = leads;
        this.customers = customers;
        this.touches = touches;
        this.recent = new RecentCustomers(touches, customers, settings.recentCustomers(), settings.recentDays());
        this.config = config;
        this.settings = settings;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Outgoing> handle(ChatRequest request, String arguments) {
        PromptState state = new PromptState(DialogStore.newPromptId(KIND), KIND,
                request.repId(), CUSTOMER, Map.of());
        List<CardButton> buttons = recent.of(request.repId(), request.now()).stream()
                .filter(c -> request.repId().equals(c.ownerRepId()))
                .map(c -> new CardButton("cust:" + c.id(), CustomerNames.shortName(c.name()), false)).toList();
        String question = buttons.isEmpty() ? "是哪个客户？直接输入客户名称。" : "是哪个客户？选已有客户，或输入新客户名称。";
        return ask(request, state, new Card("录线索（1/4）", Tone.NORMAL, List.of(question, "随时回复“取消”可退出。"),
                null, null, buttons, state.id(), "客户名称"));
    }

    @Override
    public List<Outgoing> onAction(ChatRequest request, PromptState prompt, String key) {
        String step = prompt.step();
        if (step.equals(CUSTOMER) && key.startsWith("cust:")) {
            Optional<Customer> customer = customers.find(key.substring(5))
                    .filter(c -> request.repId().equals(c.ownerRepId()));
            return customer.map(c -> askSource(request, prompt.with("customerId", c.id()).with("customerName", c.name())))
                    .orElseGet(() -> request.say("这个客户不在你名下，请重新选择或输入客户名称。"));
        }
        if (step.equals(SOURCE) && key.startsWith("source:")) {
            return pickSource(request, prompt, ChoiceMatcher.byCode(config.leadSources(), key.substring(7)),
                    key.substring(7));
        }
        if (step.equals(STAGE) && key.startsWith("stage:")) {
            return pickStage(request, prompt, ChoiceMatcher.byCode(config.stages(), key.substring(6)),
                    key.substring(6));
        }
        return request.say("这一步已经选过了，请接着回答最新的问题。");
    }

    @Override
    public List<Outgoing> onText(ChatRequest request, PromptState prompt) {
        String raw = request.message().text() == null ? "" : request.message().text().strip();
        return switch (prompt.step()) {
            case CUSTOMER -> typedCustomer(request, prompt, raw);
            case SOURCE -> pickSource(request, prompt, ChoiceMatcher.byTyped(config.leadSources(), request.text()), raw);
            case STAGE -> pickStage(request, prompt, ChoiceMatcher.byTyped(config.stages(), request.text()), raw);
            case PAIN -> painPoint(request, prompt, raw);
            default -> request.say("这条线索已经登记好了。");
        };
    }

    private List<Outgoing> typedCustomer(ChatRequest request, PromptState prompt, String name) {
        if (name.isEmpty() || TextNormalizer.length(name) > MAX_NAME) {
            return request.say("客户名称请控制在" + MAX_NAME + "个字以内。");
        }
        Optional<Customer> existing = customers.ofOwner(request.repId()).stream()
                .filter(c -> CustomerNames.matches(c.name(), request.text())).findFirst();
        PromptState next = existing.map(c -> prompt.with("customerId", c.id()).with("customerName", c.name()))
                .orElseGet(() -> prompt.with("customerName", name));
        return askSource(request, next);
    }

    private List<Outgoing> askSource(ChatRequest request, PromptState prompt) {
        PromptState next = prompt.atStep(SOURCE);
        return ask(request, next, choiceCard("录线索（2/4）", "客户：" + next.get("customerName"), "线索来源是？",
                config.leadSources(), "source:", next.id()));
    }

    private List<Outgoing> pickSource(ChatRequest request, PromptState prompt, Optional<Choice> choice, String typed) {
        if (choice.isEmpty()) {
            return refuse(request, "来源", typed, config.leadSources());
        }
        PromptState next = prompt.with("source", choice.get().code()).atStep(STAGE);
        return ask(request, next, choiceCard("录线索（3/4）", "来源：" + choice.get().label(), "现在处于哪个阶段？",
                config.stages(), "stage:", next.id()));
    }

    private List<Outgoing> pickStage(ChatRequest request, PromptState prompt, Optional<Choice> choice, String typed) {
        if (choice.isEmpty()) {
            return refuse(request, "阶段", typed, config.stages());
        }
        PromptState next = prompt.with("stage", choice.get().code()).atStep(PAIN);
        return ask(request, next, new Card("录线索（4/4）", Tone.NORMAL,
                List.of("阶段：" + choice.get().label(), "客户的核心痛点是什么？一句话就行（必填）。"), null, null, null,
                next.id(), "客户核心痛点"));
    }

    private List<Outgoing> painPoint(ChatRequest request, PromptState prompt, String pain) {
        if (pain.isEmpty()) {
            return request.say("核心痛点是必填的，用一句话说说客户最头疼什么？");
        }
        if (TextNormalizer.length(pain) > MAX_PAIN) {
            return request.say("痛点写得有点长（" + TextNormalizer.length(pain) + "字），请控制在" + MAX_PAIN + "字以内。");
        }
        if (!dialogs.once("lead:" + prompt.id(), settings.formTtl(), request.message().eventId())) {
            return request.say("这条线索已经登记好了。");
        }
        AfterCommit.run(() -> {
            dialogs.releaseFocus(request.repId(), prompt.id());
            dialogs.delete(prompt.id());
        });
        Customer customer = customerOf(request, prompt);
        long firstTouch = firstTouch(request.repId(), customer.id(), request.now());
        Lead lead = leads.insert(new Lead(0, customer.id(), request.repId(), prompt.get("source"), firstTouch, pain,
                prompt.get("stage"), request.now(), null));
        return request.reply(new Card("线索已登记", Tone.SUCCESS, List.of("首次接触时间已自动记录。"), List.of(
                new CardField("客户", customer.name(), false),
                new CardField("来源", label(config.leadSources(), lead.sourceChannel()), false),
                new CardField("阶段", label(config.stages(), lead.stage()), false),
                new CardField("核心痛点", pain, false),
                new CardField("首次接触", TIME.format(Instant.ofEpochMilli(firstTouch).atZone(settings.zone())), false)),
                null, null, null, null));
    }

    private Customer customerOf(ChatRequest request, PromptState prompt) {
        String id = prompt.get("customerId");
        if (id != null) {
            Optional<Customer> found = customers.find(id);
            if (found.isPresent()) {
                return found.get();
            }
        }
        Customer created = new Customer("C" + UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                prompt.get("customerName"), request.repId(), null, null, null, 0, false);
        customers.save(created);
        return created;
    }

    private long firstTouch(String repId, String customerId, long now) {
        return touches.ofRepBetween(repId, 0, now + 1).stream().filter(t -> customerId.equals(t.customerId()))
                .mapToLong(Touch::startedAt).min().orElse(now);
    }

    private List<Outgoing> ask(ChatRequest request, PromptState state, Card card) {
        dialogs.save(state, settings.formTtl());
        dialogs.focus(request.repId(), state.id(), settings.formTtl());
        return request.reply(card);
    }

    private static Card choiceCard(String title, String done, String question, List<Choice> choices, String prefix,
                                   String promptId) {
        List<CardButton> buttons = choices.stream().map(c -> new CardButton(prefix + c.code(), c.label(), false))
                .toList();
        return new Card(title, Tone.NORMAL, List.of(done, question), null, null, buttons, promptId, "选一项，或直接回复名称/序号");
    }

    private static List<Outgoing> refuse(ChatRequest request, String what, String typed, List<Choice> choices) {
        return request.say("没有“" + typed + "”这个" + what + "，只能从这些里选：" + ChoiceMatcher.listed(choices));
    }

    private static String label(List<Choice> choices, String code) {
        return ChoiceMatcher.byCode(choices, code).map(Choice::label).orElse(code);
    }

    @Override
    public List<Outgoing> onExpired(ChatRequest request, String promptId) {
        return request.say("这张录线索卡片已过期，重新发“录线索”就行。");
    }
}
