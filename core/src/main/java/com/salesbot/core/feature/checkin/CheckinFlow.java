package com.salesbot.core.feature.checkin;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.CommandHandler;
import com.salesbot.core.chat.PromptHandler;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.chat.text.TextNormalizer;
import com.salesbot.core.feature.common.CustomerNames;
import com.salesbot.core.feature.common.RecentCustomers;
import com.salesbot.core.feature.result.ResultPromptFlow;
import com.salesbot.core.messaging.AfterCommit;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.TouchStore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 打卡 / 拜访完成: the rep picks the customer from their recent ones (one tap), then the visit's length (a second
 * tap: 15分钟 / 30分钟 / 1小时 / 更久 = 2 hours), a visit touch is recorded and the R2 result card follows, so a
 * visit logged with taps alone can be effective (R3). "打卡 40分钟" gives the length up front and skips the second
 * tap.
 */
public final class CheckinFlow implements CommandHandler, PromptHandler {
    /** Prompt ids of check-in cards are {@code c-...}. */
    public static final String KIND = "c";
    private static final Pattern MINUTES_ARGUMENT = Pattern.compile("^(\\d{1,3})\\s*(分钟|分|min|mins|minutes)?$");
    static final String CUSTOMER_KEY = "cust:";
    static final String DURATION_KEY = "min:";
    /** The length taps: minutes and label; 更久 counts 2 hours (type "打卡 N分钟" for an exact length). */
    static final List<Map.Entry<Integer, String>> DURATIONS = List.of(Map.entry(15, "15分钟"), Map.entry(30, "30分钟"),
            Map.entry(60, "1小时"), Map.entry(120, "更久"));
    private static final String STEP = "CUSTOMER";
    private static final String STEP_DURATION = "DURATION";
    private static final String STEP_DONE = "DONE";
    private static final String CUSTOMER = "customer";
    private static final String MINUTES = "minutes";
    private static final String OFFERED = "offered";
    private static final int MAX_MINUTES = 600;

    private final DialogStore dialogs;
    private final TouchStore touches;
    private final CustomerStore customers;
    private final RecentCustomers recent;
    private final ResultPromptFlow results;
    private final ChatSettings settings;

    public CheckinFlow(DialogStore dialogs, TouchStore touches, CustomerStore customers, ResultPromptFlow results,
                       ChatSettings settings) {
        this.dialogs = dialogs;
        this.touches = touches;
        this.customers = customers;
        this.recent = new RecentCustomers(touches, customers, settings.recentCustomers(), settings.recentDays());
        this.results = results;
        this.settings = settings;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Outgoing> handle(ChatRequest request, String arguments) {
        int minutes = Math.min(minutes(arguments), MAX_MINUTES);
        List<Customer> offered = recent.of(request.repId(), request.now());
        if (offered.isEmpty()) {
            return request.say("你名下还没有客户。先发“录线索”登记客户，再来打卡吧。");
        }
        String promptId = DialogStore.newPromptId(KIND);
        PromptState state = new PromptState(promptId, KIND, request.repId(), STEP,
                Map.of(MINUTES, Integer.toString(minutes),
                        OFFERED, String.join(",", offered.stream().map(Customer::id).toList())));
        dialogs.save(state, settings.formTtl());
        dialogs.focus(request.repId(), promptId, settings.formTtl());
        List<CardButton> buttons = offered.stream()
                .map(c -> new CardButton(CUSTOMER_KEY + c.id(), CustomerNames.shortName(c.name()), false)).toList();
        List<String> lines = minutes > 0 ? List.of("时长：" + minutes + "分钟", "刚见的是哪位客户？")
                : List.of("刚见的是哪位客户？");
        return request.reply(new Card("打卡", Tone.NORMAL, lines, null, null, buttons, promptId, "或直接输入客户名称"));
    }

    @Override
    public List<Outgoing> onAction(ChatRequest request, PromptState prompt, String actionKey) {
        if (STEP_DONE.equals(prompt.step())) {
            return request.say("这次打卡已经记录过了。");
        }
        if (actionKey.startsWith(DURATION_KEY) && STEP_DURATION.equals(prompt.step())) {
            Optional<Integer> minutes = DURATIONS.stream().map(Map.Entry::getKey)
                    .filter(m -> actionKey.equals(DURATION_KEY + m)).findFirst();
            if (minutes.isEmpty()) {
                return request.say("请在卡片上点一下拜访时长。");
            }
            return record(request, prompt, prompt.get(CUSTOMER), minutes.get());
        }
        if (!actionKey.startsWith(CUSTOMER_KEY) || !STEP.equals(prompt.step())) {
            return request.say(STEP_DURATION.equals(prompt.step()) ? "请在卡片上点一下拜访时长。" : "请在卡片上点一下客户。");
        }
        return checkIn(request, prompt, actionKey.substring(CUSTOMER_KEY.length()));
    }

    @Override
    public List<Outgoing> onText(ChatRequest request, PromptState prompt) {
        if (STEP_DURATION.equals(prompt.step())) {
            int typed = minutes(request.text());
            return typed > 0 ? record(request, prompt, prompt.get(CUSTOMER), Math.min(typed, MAX_MINUTES))
                    : request.say("请在卡片上点一下拜访时长，或直接回复分钟数，如“40分钟”。");
        }
        Optional<Customer> named = offered(prompt).stream()
                .filter(c -> CustomerNames.matches(c.name(), request.text())).findFirst();
        return named.map(c -> checkIn(request, prompt, c.id()))
                .orElseGet(() -> request.say("没在你最近的客户里找到“" + request.text() + "”，请选一位客户（也可直接回复名称），或回复“取消”。"));
    }

    private List<Outgoing> checkIn(ChatRequest request, PromptState prompt, String customerId) {
        Optional<Customer> customer = offered(prompt).stream().filter(c -> c.id().equals(customerId)).findFirst();
        if (customer.isEmpty()) {
            return request.say("这个客户不在可选范围内，请重新选择。");
        }
        int minutes = Integer.parseInt(prompt.get(MINUTES));
        if (minutes == 0) {
            PromptState next = prompt.with(CUSTOMER, customerId).atStep(STEP_DURATION);
            dialogs.save(next, settings.formTtl());
            List<CardButton> buttons = DURATIONS.stream()
                    .map(d -> new CardButton(DURATION_KEY + d.getKey(), d.getValue(), false)).toList();
            return request.reply(new Card("打卡：" + customer.get().name(), Tone.NORMAL,
                    List.of("这次拜访大约多长时间？点一下："), null, null, buttons, prompt.id(), "或直接回复分钟数"));
        }
        return record(request, prompt, customerId, minutes);
    }

    private List<Outgoing> record(ChatRequest request, PromptState prompt, String customerId, int minutes) {
        Optional<Customer> customer = offered(prompt).stream().filter(c -> c.id().equals(customerId)).findFirst();
        if (customer.isEmpty()) {
            return request.say("这个客户不在可选范围内，请在卡片上重新点选。");
        }
        if (!dialogs.once("checkin:" + prompt.id(), settings.formTtl(), request.message().eventId())) {
            return request.say("这次打卡已经记录过了。");
        }
        AfterCommit.run(() -> {
            dialogs.releaseFocus(request.repId(), prompt.id());
            dialogs.save(prompt.atStep(STEP_DONE), settings.formTtl());
        });
        Touch touch = touches.insert(new Touch(0, request.repId(), customerId, TouchKind.VISIT,
                request.now() - minutes * 60_000L, minutes * 60, null, null, 0, "chat", prompt.id()));
        List<OutgoingMessage> cards = results.openWithLeadIn(touch, request.now(), "打卡成功：" + customer.get().name(),
                null);
        return cards.isEmpty() ? request.say("这次打卡已经记录过了。") : request.reply(cards.toArray(OutgoingMessage[]::new));
    }

    /** The visit's minutes in "打卡 40分钟" / "/checkin 30": the arguments' number, 0 when they are not one. */
    public static int minutes(String arguments) {
        Matcher m = MINUTES_ARGUMENT.matcher(arguments == null ? "" : arguments.trim());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    private List<Customer> offered(PromptState prompt) {
        return Arrays.stream(prompt.get(OFFERED).split(",")).map(customers::find).flatMap(Optional::stream).toList();
    }

    @Override
    public List<Outgoing> onExpired(ChatRequest request, String promptId) {
        return request.say("这张打卡卡片已过期，重新发“打卡”就行。");
    }
}
