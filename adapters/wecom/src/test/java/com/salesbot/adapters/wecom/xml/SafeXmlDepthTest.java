package com.salesbot.adapters.wecom.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SafeXmlDepthTest {
    private static String nested(int depth) {
        return "<a>".repeat(depth) + "x" + "</a>".repeat(depth);
    }

    @Test
    void depthIsCountedOverTagsOnly() {
        assertThat(SafeXml.nestingDepth("<xml><ToUserName><![CDATA[<<<a>b>]]></ToUserName><Br/></xml>"))
                .isEqualTo(2);
        assertThat(SafeXml.nestingDepth("<?xml version=\"1.0\"?><!-- <a><b><c> --><xml><A>1</A></xml>")).isEqualTo(2);
        assertThat(SafeXml.nestingDepth(nested(32))).isEqualTo(32);
    }

    @Test
    void nestingUpToTheLimitParsesAndOneDeeperIsRefusedBeforeTheParser() {
        assertThat(SafeXml.rootFields("<xml>" + nested(SafeXml.MAX_DEPTH - 1) + "</xml>")).containsKey("a");
        assertThatThrownBy(() -> SafeXml.rootFields("<xml>" + nested(SafeXml.MAX_DEPTH) + "</xml>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested deeper");
    }

    @Test
    void hundredThousandLevelsAreRefusedWithoutAStackOverflow() {
        assertThatThrownBy(() -> SafeXml.rootFields(nested(100_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nested deeper");
    }
}
