package com.salesbot.adapters.wecom.send;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.WecomFixture;
import com.salesbot.core.card.TextMessage;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Trap 12: WxJava logs request URLs with access_token. The recommended levels keep tokens out of the logs. */
class SecretLoggingTest {
    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    private final Logger wxjava = context.getLogger("me.chanjar.weixin");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level rootBefore;
    private Level wxjavaBefore;
    private WecomFixture f;

    @BeforeEach
    void setUp() throws Exception {
        rootBefore = root.getLevel();
        wxjavaBefore = wxjava.getLevel();
        appender.start();
        root.addAppender(appender);
        f = new WecomFixture();
    }

    @AfterEach
    void tearDown() {
        root.detachAppender(appender);
        root.setLevel(rootBefore);
        wxjava.setLevel(wxjavaBefore);
        f.close();
    }

    private String exerciseErrorsAndCollectLogs() {
        f.sender.send("rep001", new TextMessage("取 token"));
        f.fake.failNext("/cgi-bin/message/send", 40014, "invalid access_token");
        f.sender.send("rep001", new TextMessage("刷新"));
        f.fake.failNext("/cgi-bin/message/send", 60111, "no such user");
        f.sender.send("rep001", new TextMessage("永久失败"));
        List<ILoggingEvent> events = appender.list;
        return events.stream().map(e -> e.getLoggerName() + " " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }

    private List<String> tokensIssued() {
        return f.fake.requests("/cgi-bin/message/send").stream().map(r -> r.query().get("access_token")).distinct()
                .toList();
    }

    @Test
    void recommendedLevelsKeepTokensAndSecretOutOfTheLogs() {
        root.setLevel(Level.DEBUG);
        wxjava.setLevel(Level.ERROR);
        String logs = exerciseErrorsAndCollectLogs();
        assertThat(logs).contains("wecom send failed"); // our own warning is there ...
        for (String token : tokensIssued()) {
            assertThat(logs).doesNotContain(token); // ... but no token
        }
        assertThat(logs).doesNotContain(FakeWecomServer.SECRET);
    }

    @Test
    void wxJavaAtWarnDoesLeakTheTokenWhichIsWhyTheBotMustRaiseIt() {
        wxjava.setLevel(Level.WARN);
        String logs = exerciseErrorsAndCollectLogs();
        assertThat(tokensIssued()).anyMatch(logs::contains);
    }
}
