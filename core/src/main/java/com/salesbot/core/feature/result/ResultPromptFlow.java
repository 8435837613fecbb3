package com.salesbot.core.feature.result;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.ChatRequest;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.Formats;
import com.salesbot.core.chat.PromptHandler;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.TouchLeadIn;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.chat.port.KnowledgeMatch;
import com.salesbot.core.chat.port.KnowledgeMatcher;
import com.salesbot.core.chat.text.TextNormalizer;
import com.salesbot.core.feature.common.ChoiceMatcher;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Choice;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R2 "30 秒打卡": when a touch ends the rep gets one card, taps one result tag, and may add a note of at most
 * 20 characters (跳过 skips). The tag is recorded once (a second tap is answered kindly); R3 says whether the
 * touch counts as effective; the R22 knowledge match is shown when good enough.
 */
public final class ResultPromptFlow implements PromptHandler {
    /** Prompt ids of R2 result cards are {@code r-<touch id>}. */
    public static final String KIND = "r";
    static final String STEP_TAG = "TAG";
    static final String STEP_NOTE = "NOTE";
    static final String TOUCH = "touch";
    static final String SENT = "sent";
    private static final List<String> SKIP = List.of("跳过", "不用", "不用了", "不需要", "没有", "无", "skip", "/skip");

    private final DialogStore dialogs;
    private final TouchStore touches;
    private final CustomerStore customers;
    private final OrgStore org;
    private final BusinessConfig config;
    private final ChatSettings settings;
    private final EffectiveTouchRule effective;
    private final KnowledgeMatcher knowledge;
    private final RecipientDirectory directory;
    private final TouchLeadIn leadIn;

    public ResultPromptFlow(DialogStore dialogs, TouchStore touches, CustomerStore customers, OrgStore org,
                            BusinessConfig config, ChatSettings settings, KnowledgeMatcher knowledge,
                            RecipientDirectory directory) {
        this(dialogs, touches, customers, org, config, settings, knowledge, directory, TouchLeadIn.NONE);
    }

    public ResultPromptFlow(DialogStore dialogs, TouchStore touches, CustomerStore customers, OrgStore org,
                            BusinessConfig config, ChatSettings settings, KnowledgeMatcher knowledge,
                            RecipientDirectory directory, TouchLeadIn leadIn) {
        this.leadIn = leadIn;
        this.dialogs = dialogs;
        this.touches = touches;
        this.customers = customers;
        this.org = org;
        this.config = config;
        this.settings = settings;
        this.effective = new EffectiveTouchRule(config.thresholds());
        this.knowledge = knowledge;
        this.directory = directory;
    }

    @Override
    public String kind() {
        return KIND;
    }

    public static String promptIdOf(long touchId) {
        return KIND + "-" + touchId;
    }

    /** A touch ended (ingestion API, archive, schedule): one card to its rep, never two for the same touch. */
    public List<Outgoing> promptForTouch(Touch touch, long now) {
        if (touch.id() <= 0 || touch.tagged()) {
            return List.of();
        }
        return org.findRep(touch.repId()).filter(r -> r.active())
                .map(rep -> openWithLeadIn(touch, now, "30秒打卡：这次沟通结果如何？", null).stream()
                        .map(m -> directory.to(rep, m)).flatMap(Optional::stream).toList())
                .orElse(List.of());
    }

    /**
     * The lead-in (the 近30天 snapshot) followed by the result card; empty when the touch was already prompted, so
     * the lead-in is never sent without its prompt.
     */
    public List<OutgoingMessage> openWithLeadIn(Touch touch, long now, String title, String lead) {
        Optional<Card> card = open(touch, now, title, lead);
        if (card.isEmpty()) {
            return List.of();
        }
        List<OutgoingMessage> out = new ArrayList<>();
        leadIn.before(touch, now).ifPresent(out::add);
        out.add(card.get());
        return out;
    }

    /** Stores the prompt and returns its card, or empty when the touch was already prompted. */
    public Optional<Card> open(Touch touch, long now, String title, String lead) {
        PromptState state = new PromptState(promptIdOf(touch.id()), KIND, touch.repId(), STEP_TAG,
                Map.of(TOUCH, Long.toString(touch.id()), SENT, Long.toString(now)));
        if (!dialogs.create(state, settings.resultPromptTtl())) {
            return Optional.empty();
        }
        return Optional.of(card(touch, state.id(), title, lead));
    }

    Card card(Touch touch, String promptId, String title, String lead) {
        Customer customer = touch.customerId() == null ? null : customers.find(touch.customerId()).orElse(null);
        return ResultCards.prompt(title, lead, touch, customer, config.resultTags(), promptId, settings.zone());
    }

    @Override
    public List<Outgoing> onAction(ChatRequest request, PromptState prompt, String actionKey) {
        long touchId = Long.parseLong(prompt.get(TOUCH));
        if (!actionKey.startsWith(ResultCards.TAG_KEY)) {
            return request.say("这个选项我没认出来，请重新选一下这次的结果。");
        }
        Optional<Choice> tag = ChoiceMatcher.byCode(config.resultTags(), actionKey.substring(ResultCards.TAG_KEY.length()));
        if (tag.isEmpty()) {
            return touches.find(touchId).map(t -> request.reply(card(t, prompt.id(), "这个结果选项已停用，请重新选",
                    null))).orElseGet(() -> request.say("这次触达找不到了。"));
        }
        if (!touches.recordResult(touchId, tag.get().code(), null, request.now())) {
            return alreadyRecorded(request, touchId);
        }
        dialogs.save(prompt.atStep(STEP_NOTE), settings.noteTtl());
        dialogs.focus(request.repId(), prompt.id(), settings.noteTtl());
        Touch tagged = touches.find(touchId).orElseThrow();
        return request.reply(recorded(tag.get(), tagged, prompt.id()));
    }

    /** Replaces the tapped card (same prompt id), so its buttons are gone once the result is in. */
    private Card recorded(Choice tag, Touch tagged, String promptId) {
        List<String> lines = new ArrayList<>();
        int minSeconds = config.thresholds().effectiveTouchMinSeconds();
        if (effective.isEffective(tagged)) {
            lines.add("✓ 这次计入有效触达。");
        } else if (tagged.durationSeconds() == 0) {
            lines.add("没有记录交流时长，这次暂不计入有效触达（打卡时可以带上时长，如“打卡 40分钟”）。");
        } else {
            lines.add("交流不足" + minSeconds + "秒，这次不计入有效触达。");
        }
        knowledge.bestMatch(tagged).filter(m -> m.score() >= config.thresholds().knowledgeMatchMinScore())
                .ifPresent(m -> lines.add(matchLine(m)));
        lines.add("想补一句备注吗？" + noteLimit() + "字以内直接回复；不需要就回复“跳过”。");
        return new Card("已记录：" + tag.label(), Tone.SUCCESS, lines, null, null, null, promptId,
                "备注（" + noteLimit() + "字以内），或“跳过”");
    }

    static String matchLine(KnowledgeMatch match) {
        String head = "与《" + match.title() + "》匹配度 " + Formats.percent(match.score());
        if (match.talkTrack() == null) {
            return head + "，可以看看应对话术。";
        }
        return head + "，应对话术：" + match.talkTrack();
    }

    @Override
    public List<Outgoing> onText(ChatRequest request, PromptState prompt) {
        String note = request.message().text() == null ? "" : request.message().text().strip();
        if (SKIP.contains(request.text().replaceAll("[\\s?!.,。，！？~～]+$", ""))) {
            finish(request, prompt);
            return request.say("好的，这次不加备注。");
        }
        int length = TextNormalizer.length(note);
        if (length > noteLimit()) {
            return request.say("备注最多" + noteLimit() + "个字，这条有" + length + "个字，精简一下再发给我吧（不需要就回复“跳过”）。");
        }
        finish(request, prompt);
        if (touches.recordNote(Long.parseLong(prompt.get(TOUCH)), note)) {
            return request.say("备注记下了：" + note);
        }
        return request.say("这次触达已经有备注了，不用再发。");
    }

    private void finish(ChatRequest request, PromptState prompt) {
        dialogs.releaseFocus(request.repId(), prompt.id());
        dialogs.delete(prompt.id());
    }

    @Override
    public List<Outgoing> onExpired(ChatRequest request, String promptId) {
        long touchId;
        try {
            touchId = Long.parseLong(promptId.substring(KIND.length() + 1));
        } catch (NumberFormatException e) {
            return request.say("这张卡片已过期。");
        }
        Optional<Touch> touch = touches.find(touchId).filter(t -> t.repId().equals(request.repId()));
        if (touch.isEmpty()) {
            return request.say("这张卡片已过期。");
        }
        if (touch.get().tagged()) {
            return alreadyRecorded(request, touchId);
        }
        return open(touch.get(), request.now(), "30秒打卡：这次沟通结果如何？", "刚才那张卡片过期了，重新发你一张：")
                .map(request::reply).orElseGet(() -> request.say("这张卡片已过期。"));
    }

    private List<Outgoing> alreadyRecorded(ChatRequest request, long touchId) {
        return touches.find(touchId).filter(Touch::tagged)
                .map(t -> request.say("这次的结果已经记录过了（" + label(t.resultTag()) + "），不用重复选。"))
                .orElseGet(() -> request.say("这次触达找不到了。"));
    }

    private String label(String code) {
        return ChoiceMatcher.byCode(config.resultTags(), code).map(Choice::label).orElse(code);
    }

    private int noteLimit() {
        return Math.min(config.thresholds().resultNoteMaxChars(), Touch.MAX_NOTE_LENGTH);
    }
}
