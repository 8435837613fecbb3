package com.salesbot.core.feature.leave;

import com.salesbot.core.capture.AbsenceDates;
import com.salesbot.core.capture.Absences;
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
import com.salesbot.core.model.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 请假 明天 / 请假 12月8日到12月10日: the rep records their own absence (dates read by {@link AbsenceDates}); the bot
 * confirms with a card naming the days and the number of business days, with a 撤销 tap (prompt kind "a") that takes
 * it back. R5 leaves the rep out of the team mean and sends no kit while away; the digest names who is away.
 */
public final class LeaveFeature implements ChatFeature, PromptHandler {
    public static final String KIND = "a";
    public static final Command LEAVE = new Command("leave", List.of("请假", "我要请假", "登记请假", "/leave"), true,
            "【请假】如“请假 明天”“请假 12月8日到12月10日”，请假期间不计入团队均值", Set.of(Role.values()));
    static final String UNDO = "undo";
    private static final Duration UNDO_TTL = Duration.ofDays(7);
    private static final String REP = "rep";
    private static final String FROM = "from";
    private static final String TO = "to";

    private final Absences absences;
    private final DialogStore dialogs;
    private final ZoneId zone;

    public LeaveFeature(Absences absences, DialogStore dialogs, ZoneId zone) {
        this.absences = absences;
        this.dialogs = dialogs;
        this.zone = zone;
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.command(LEAVE, this::leave).prompt(this);
    }

    private List<Outgoing> leave(ChatRequest request, String arguments) {
        LocalDate today = Instant.ofEpochMilli(request.now()).atZone(zone).toLocalDate();
        AbsenceDates.Parsed parsed = AbsenceDates.parse(arguments, today);
        if (!parsed.ok()) {
            return request.say(parsed.problem());
        }
        Absences.Outcome outcome = absences.register(request.sender(), request.repId(), parsed.from(), parsed.to(),
                request.message().channel(), request.now());
        if (!outcome.ok()) {
            return request.say(outcome.problem());
        }
        String promptId = DialogStore.newPromptId(KIND);
        dialogs.save(new PromptState(promptId, KIND, request.repId(), "SAVED", Map.of(REP, request.repId(),
                FROM, parsed.from().toString(), TO, parsed.to().toString())), UNDO_TTL);
        String days = parsed.from().equals(parsed.to()) ? label(parsed.from())
                : label(parsed.from()) + " 到 " + label(parsed.to());
        return request.reply(new Card("已登记请假", Tone.SUCCESS, List.of(days + "，共 " + outcome.businessDays()
                + " 个工作日。", "请假期间不计入团队均值，也不会收到低活跃提醒。登记错了点“撤销”。"), null, null,
                List.of(new CardButton(UNDO, "撤销", false)), promptId, null));
    }

    private static final String[] WEEKDAYS = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};

    static String label(LocalDate day) {
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日（" + WEEKDAYS[day.getDayOfWeek().getValue() - 1]
                + "）";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<Outgoing> onAction(ChatRequest request, PromptState prompt, String actionKey) {
        if (!UNDO.equals(actionKey)) {
            return request.unknownButton();
        }
        LocalDate from = LocalDate.parse(prompt.get(FROM));
        if (!prompt.repId().equals(request.repId())
                || !absences.cancel(request.sender(), prompt.get(REP), from, request.message().channel(),
                request.now())) {
            return request.say("这条请假已经撤销过了，或不是你登记的。");
        }
        dialogs.delete(prompt.id());
        return request.reply(new Card("已撤销请假", Tone.NORMAL, List.of(label(from) + " 起的请假已撤销。"),
                null, null, null, prompt.id(), null));
    }

    @Override
    public List<Outgoing> onText(ChatRequest request, PromptState prompt) {
        return request.say("要撤销请点卡片上的“撤销”。");
    }

    @Override
    public List<Outgoing> onExpired(ChatRequest request, String promptId) {
        return request.say("这张请假卡片已过期；要改请假请找经理。");
    }
}
