package com.salesbot.core.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.text.TextNormalizer;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.feature.checkin.CheckinFlow;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Recognition of the product's commands from the phrases and shapes their features register. */
class CommandRecognitionTest {
    private final Router router = router();

    private static Router router() {
        ChatHarness h = new ChatHarness();
        ChatPorts ports = new ChatPorts(h.org, h.customers, h.leads, h.touches, h.kv, (rep, month) -> Optional.empty(),
                (rep, month) -> java.util.List.of(), note -> { }, null, null);
        DialogStore dialogs = new DialogStore(h.kv);
        Router router = new Router(dialogs);
        ChatHarness.features(ports, BusinessConfig.defaults(), ChatSettings.defaults(), dialogs)
                .forEach(f -> f.register(router));
        return router;
    }

    private Optional<CommandRecognizer.Match<String>> recognize(String raw) {
        return router.recognize(TextNormalizer.normalize(raw));
    }

    private String command(String raw) {
        return recognize(raw).map(CommandRecognizer.Match::target).orElse("none");
    }

    @ParameterizedTest
    @CsvSource({
            "目标, target", "我的目标, target", "目标呢, target", "看下目标, target", "目標, target",
            "我的目标呢？, target", "帮我看看目标完成情况, target", "目表, target", "/target, target", "／ｔａｒｇｅｔ, target",
            "@销售助手 目标, target", "　目标！, target", "我的业绩怎么样, target",
            "团队目标, team-target", "團隊目標, team-target", "/team, team-target", "看下我们组的目标, team-target",
            "团对目标, team-target", "目标 团队, team-target",
            "录线索, lead", "錄線索, lead", "新线索, lead", "/lead, lead", "录个线索吧, lead", "绿线索, lead",
            "打卡, checkin", "拜访完成, checkin", "拜訪完成, checkin", "/checkin, checkin", "打个卡, checkin",
            "对比, compare", "對比, compare", "我的对比, compare", "/compare, compare", "看下对比, compare",
            "帮助, help", "幫助, help", "/help, help", "HELP, help", "？, help", "你好, help"})
    void understandsTheCommandsAsPeopleTypeThem(String text, String command) {
        assertThat(command(text)).isEqualTo(command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"对比了三家报价", "客户说目标不明确", "预算未明确", "明天再打卡吧我先走了", "/unknown", "线索太少了怎么办",
            "对比 三家", "录线索 张三"})
    void leavesOrdinarySentencesAlone(String text) {
        assertThat(recognize(text)).isEmpty();
    }

    @Test
    void readsTheNameOfAnotherPerson() {
        assertThat(recognize("张三的目标")).contains(new CommandRecognizer.Match<>("target", "张三"));
        assertThat(recognize("看下李四的目标呢")).contains(new CommandRecognizer.Match<>("target", "李四"));
        assertThat(recognize("目标 王五")).contains(new CommandRecognizer.Match<>("target", "王五"));
        assertThat(recognize("/target 王五")).contains(new CommandRecognizer.Match<>("target", "王五"));
        assertThat(recognize("我的目标")).contains(new CommandRecognizer.Match<>("target", ""));
    }

    @Test
    void readsTheMinutesOfACheckIn() {
        assertThat(minutes("打卡 40分钟")).isEqualTo(40);
        assertThat(minutes("拜访完成４５分钟")).isEqualTo(45);
        assertThat(minutes("/checkin 30")).isEqualTo(30);
        assertThat(minutes("打卡")).isZero();
        assertThat(recognize("打卡")).contains(new CommandRecognizer.Match<>("checkin", ""));
    }

    private int minutes(String raw) {
        CommandRecognizer.Match<String> match = recognize(raw).orElseThrow();
        assertThat(match.target()).isEqualTo("checkin");
        return CheckinFlow.minutes(match.arguments());
    }
}
