package com.salesbot.core.chat;

import static com.salesbot.core.chat.ChatHarness.onlyCard;
import static com.salesbot.core.chat.ChatHarness.onlyText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.card.Tone;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.testdata.MutableClock;
import com.salesbot.core.testdata.RepBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The engine answers whatever features registered from outside it, and nothing it was not given. */
class FeatureRegistrationTest {
    private final MutableClock clock = MutableClock.startingAt("2026-11-27T02:00:00Z");
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final DialogStore dialogs = new DialogStore(new InMemoryKeyValueStore(clock));
    private final Rep rep = save(RepBuilder.rep("r1").name("张三").build());
    private final Rep manager = save(RepBuilder.manager("m1", "T1"));
    private final List<String> leaveArguments = new ArrayList<>();
    private final AtomicInteger payrollRuns = new AtomicInteger();

    private static final Command LEAVE = new Command("leave", List.of("请假", "/leave"), true, "【请假】如“请假 明天”",
            Set.of(Role.values()));
    private static final Command PAYROLL = new Command("payroll", List.of("核算奖金"), false, "【核算奖金】主管专用",
            Set.of(Role.MANAGER, Role.DIRECTOR));

    /** A feature the engine has never heard of: a command with arguments, a manager-only command and a prompt. */
    private final ChatFeature leave = routes -> routes
            .command(LEAVE, (request, arguments) -> {
                leaveArguments.add(arguments);
                String id = DialogStore.newPromptId("lv");
                dialogs.save(new PromptState(id, "lv", request.repId(), "CONFIRM", Map.of("when", arguments)),
                        Duration.ofMinutes(5));
                return request.reply(new Card("请假", Tone.NORMAL, List.of("确认请假：" + arguments), null, null,
                        List.of(new CardButton("ok", "确认", true)), id, null));
            })
            .command(PAYROLL, (request, arguments) -> {
                payrollRuns.incrementAndGet();
                return request.say("奖金已核算");
            })
            .prompt(new PromptHandler() {
                @Override
                public String kind() {
                    return "lv";
                }

                @Override
                public List<Reply> onAction(ChatRequest request, PromptState prompt, String actionKey) {
                    return request.say("已登记请假：" + prompt.get("when") + "（" + actionKey + "）");
                }

                @Override
                public List<Reply> onText(ChatRequest request, PromptState prompt) {
                    return request.say("请点确认");
                }

                @Override
                public List<Reply> onExpired(ChatRequest request, String promptId) {
                    return request.say("过期了");
                }
            });

    private Rep save(Rep r) {
        org.saveRep(r);
        return r;
    }

    private ConversationEngine engine(ChatFeature... features) {
        return new ConversationEngine(List.of(new IgnoreOwnAndEmpty(Set.of()), new ResolveSender(org)),
                List.of(features), dialogs, clock);
    }

    private List<Reply> say(ConversationEngine engine, Rep who, String text) {
        return engine.handle(new InboundMessage("wecom", "e" + text, who.wecomUserId(), InboundKind.TEXT, text, null,
                null, null, null, null, false, clock.millis()));
    }

    private List<Reply> tap(ConversationEngine engine, Rep who, String promptId, String key) {
        return engine.handle(new InboundMessage("wecom", "t" + promptId, who.wecomUserId(), InboundKind.CARD_ACTION,
                null, promptId, key, null, "rc", null, false, clock.millis()));
    }

    @Test
    void aFeatureRegisteredFromOutsideAnswersItsCommandWithArgumentsAndItsPrompt() {
        ConversationEngine engine = engine(leave);
        Card card = onlyCard(say(engine, rep, "请假 明天下午"));
        assertThat(card.lines()).containsExactly("确认请假：明天下午");
        assertThat(card.promptId()).startsWith("lv-");
        assertThat(onlyText(tap(engine, rep, card.promptId(), "ok"))).isEqualTo("已登记请假：明天下午（ok）");
        assertThat(onlyCard(say(engine, rep, "/leave 周五")).lines()).containsExactly("确认请假：周五");
        assertThat(leaveArguments).containsExactly("明天下午", "周五");
        assertThat(onlyCard(say(engine, rep, "请假啊哈哈哈")).lines()).as("not the command: the menu")
                .contains(Router.NOT_UNDERSTOOD);
    }

    @Test
    void withoutTheFeatureItsPhraseIsNotACommand() {
        ConversationEngine engine = engine();
        assertThat(onlyCard(say(engine, rep, "请假 明天")).lines()).containsExactly(Router.NOT_UNDERSTOOD);
        assertThat(leaveArguments).isEmpty();
    }

    @Test
    void aRoleRestrictedCommandIsRefusedBeforeItsHandlerRuns() {
        ConversationEngine engine = engine(leave);
        assertThat(onlyText(say(engine, rep, "核算奖金"))).contains("只有主管能看到和使用“核算奖金”");
        assertThat(payrollRuns).hasValue(0);
        assertThat(onlyText(say(engine, manager, "核算奖金"))).isEqualTo("奖金已核算");
        assertThat(payrollRuns).hasValue(1);
    }

    @Test
    void theHelpMenuListsTheRegisteredCommandsInOrderForTheSendersRole() {
        ChatFeature help = routes -> routes.command(Command.forEveryone("help", "【帮助】显示这个菜单", "帮助"),
                (request, arguments) -> routes.menu().show(request, true));
        ConversationEngine engine = engine(leave, help);
        assertThat(onlyCard(say(engine, manager, "帮助")).lines())
                .containsExactly("【请假】如“请假 明天”", "【核算奖金】主管专用", "【帮助】显示这个菜单");
        assertThat(onlyCard(say(engine, rep, "帮助")).lines()).as("a rep is not offered the manager's command")
                .containsExactly("【请假】如“请假 明天”", "【帮助】显示这个菜单");
        assertThat(onlyCard(engine(help, leave).handle(new InboundMessage("wecom", "x", rep.wecomUserId(),
                InboundKind.TEXT, "帮助", null, null, null, null, null, false, clock.millis()))).lines())
                .as("registration order is menu order").containsExactly("【帮助】显示这个菜单", "【请假】如“请假 明天”");
    }

    @Test
    void twoFeaturesRegisteringOnePhraseOrOnePromptKindFailAtStartUp() {
        ChatFeature samePhrase = routes -> routes.command(Command.forEveryone("holiday", null, "休假", "请 假"),
                (request, arguments) -> List.of());
        assertThatThrownBy(() -> engine(leave, samePhrase)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("请 假").hasMessageContaining("leave").hasMessageContaining("holiday");
        ChatFeature sameKind = routes -> routes.prompt(new PromptHandler() {
            @Override
            public String kind() {
                return "lv";
            }

            @Override
            public List<Reply> onAction(ChatRequest request, PromptState prompt, String actionKey) {
                return List.of();
            }

            @Override
            public List<Reply> onText(ChatRequest request, PromptState prompt) {
                return List.of();
            }

            @Override
            public List<Reply> onExpired(ChatRequest request, String promptId) {
                return List.of();
            }
        });
        assertThatThrownBy(() -> engine(leave, sameKind)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"lv\"");
        ChatFeature distinct = routes -> routes.command(Command.forEveryone("holiday", null, "休假"),
                (request, arguments) -> List.of());
        assertThat(engine(leave, distinct)).as("different phrases and kinds coexist").isNotNull();
    }
}
