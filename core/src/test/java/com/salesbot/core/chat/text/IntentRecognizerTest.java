package com.salesbot.core.chat.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntentRecognizerTest {
    private final IntentRecognizer recognizer = new IntentRecognizer();

    private IntentMatch recognize(String raw) {
        return recognizer.recognize(TextNormalizer.normalize(raw));
    }

    @ParameterizedTest
    @CsvSource({
            "目标, TARGET", "我的目标, TARGET", "目标呢, TARGET", "看下目标, TARGET", "目標, TARGET",
            "我的目标呢？, TARGET", "帮我看看目标完成情况, TARGET", "目表, TARGET", "/target, TARGET", "／ｔａｒｇｅｔ, TARGET",
            "@销售助手 目标, TARGET", "　目标！, TARGET", "我的业绩怎么样, TARGET",
            "团队目标, TEAM_TARGET", "團隊目標, TEAM_TARGET", "/team, TEAM_TARGET", "看下我们组的目标, TEAM_TARGET",
            "团对目标, TEAM_TARGET",
            "录线索, LEAD", "錄線索, LEAD", "新线索, LEAD", "/lead, LEAD", "录个线索吧, LEAD", "绿线索, LEAD",
            "打卡, CHECKIN", "拜访完成, CHECKIN", "拜訪完成, CHECKIN", "/checkin, CHECKIN", "打个卡, CHECKIN",
            "对比, COMPARE", "對比, COMPARE", "我的对比, COMPARE", "/compare, COMPARE", "看下对比, COMPARE",
            "帮助, HELP", "幫助, HELP", "/help, HELP", "HELP, HELP", "？, HELP", "你好, HELP"})
    void understandsTheCommandsAsPeopleTypeThem(String text, Intent intent) {
        assertThat(recognize(text).intent()).isEqualTo(intent);
    }

    @ParameterizedTest
    @ValueSource(strings = {"对比了三家报价", "客户说目标不明确", "预算未明确", "明天再打卡吧我先走了", "/unknown", "线索太少了怎么办"})
    void leavesOrdinarySentencesAlone(String text) {
        assertThat(recognize(text).intent()).isEqualTo(Intent.UNKNOWN);
    }

    @Test
    void readsTheNameOfAnotherPerson() {
        assertThat(recognize("张三的目标")).isEqualTo(new IntentMatch(Intent.TARGET, "张三"));
        assertThat(recognize("看下李四的目标呢")).isEqualTo(new IntentMatch(Intent.TARGET, "李四"));
        assertThat(recognize("目标 王五")).isEqualTo(new IntentMatch(Intent.TARGET, "王五"));
        assertThat(recognize("/target 王五")).isEqualTo(new IntentMatch(Intent.TARGET, "王五"));
        assertThat(recognize("我的目标")).isEqualTo(IntentMatch.of(Intent.TARGET));
    }

    @Test
    void readsTheMinutesOfACheckIn() {
        assertThat(recognize("打卡 40分钟")).isEqualTo(new IntentMatch(Intent.CHECKIN, "40"));
        assertThat(recognize("拜访完成４５分钟")).isEqualTo(new IntentMatch(Intent.CHECKIN, "45"));
        assertThat(recognize("/checkin 30")).isEqualTo(new IntentMatch(Intent.CHECKIN, "30"));
        assertThat(recognize("打卡")).isEqualTo(IntentMatch.of(Intent.CHECKIN));
    }
}
