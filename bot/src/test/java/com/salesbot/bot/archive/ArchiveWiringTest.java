package com.salesbot.bot.archive;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.salesbot.adapters.wecom.support.Vectors;
import com.salesbot.core.archive.ArchivePull;
import com.salesbot.core.archive.ArchivedMessage;
import com.salesbot.core.archive.ConversationArchive;
import com.salesbot.core.archive.PullReport;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Direction;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Archive pulling in the running application: off without config or library, on (and feeding tagging) with. */
class ArchiveWiringTest {
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger statusLogger = (Logger) LoggerFactory.getLogger(ArchiveStatusLog.class);

    @TempDir
    Path dir;

    @BeforeEach
    void captureLogs() {
        logs.start();
        statusLogger.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        statusLogger.detachAppender(logs);
    }

    private static Map<String, Object> wecom() {
        Map<String, Object> p = new HashMap<>();
        p.put("wecom.corp-id", "ww_archive_test");
        p.put("wecom.agent-id", "1000002");
        p.put("wecom.secret", "app-secret-1");
        p.put("wecom.token", "tok");
        p.put("wecom.aes-key", Vectors.A_KEY);
        p.put("wecom.api-base-url", "http://127.0.0.1:9");
        p.put("wecom.msgaudit.initial-delay", "1h");
        return p;
    }

    private static Map<String, Object> msgaudit(String libPath) throws NoSuchAlgorithmException {
        Map<String, Object> p = wecom();
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        p.put("wecom.msgaudit.secret", "archive-secret-77");
        p.put("wecom.msgaudit.private-key", "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(g.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        p.put("wecom.msgaudit.lib-path", libPath);
        return p;
    }

    private static ApplicationContext start(Map<String, Object> properties) {
        return ApplicationContext.builder().environments("test").properties(properties).start();
    }

    private List<ILoggingEvent> statusLines() {
        return logs.list.stream().filter(e -> e.getFormattedMessage().startsWith("WeCom conversation archive"))
                .toList();
    }

    @Test
    void theEmbeddedDefaultSaysNothingAndHasNoJob() {
        try (ApplicationContext ctx = start(Map.of())) {
            assertThat(ctx.containsBean(ArchivePullJob.class)).isFalse();
            assertThat(statusLines()).isEmpty();
        }
    }

    @Test
    void weComWithoutArchiveSettingsStartsAndSaysOnceAtInfoThatPullingIsOff() {
        try (ApplicationContext ctx = start(wecom())) {
            assertThat(ctx.isRunning()).isTrue();
            assertThat(ctx.containsBean(ArchivePullJob.class)).isFalse();
            assertThat(ctx.containsBean(ConversationArchive.class)).isFalse();
            assertThat(statusLines()).singleElement().satisfies(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.INFO);
                assertThat(e.getFormattedMessage())
                        .startsWith("WeCom conversation archive pulling is off: not configured");
            });
        }
    }

    @Test
    void aMissingLibraryStartsTheBotWarnsOnceAndCreatesNoJob() throws Exception {
        String missing = dir.resolve("libWeWorkFinanceSdk_Java.so").toString();
        try (ApplicationContext ctx = start(msgaudit(missing))) {
            assertThat(ctx.isRunning()).isTrue();
            assertThat(ctx.containsBean(ArchivePullJob.class)).isFalse();
            assertThat(ctx.containsBean(ArchivePull.class)).isFalse();
            assertThat(statusLines()).singleElement().satisfies(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.WARN);
                assertThat(e.getFormattedMessage()).isEqualTo("WeCom conversation archive pulling is off: "
                        + "library file " + missing + " does not exist");
                assertThat(e.getFormattedMessage()).doesNotContain("archive-secret-77");
            });
        }
    }

    @Test
    void withTheLibraryTheJobFeedsArchivedMessagesIntoTagging() throws Exception {
        Path lib = Files.writeString(dir.resolve("libWeWorkFinanceSdk_Java.so"), "placeholder");
        Map<String, Object> p = msgaudit(lib.toString());
        p.put("archive-test.canned", "true");
        try (ApplicationContext ctx = start(p)) {
            assertThat(statusLines()).singleElement().satisfies(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.INFO);
                assertThat(e.getFormattedMessage()).isEqualTo("WeCom conversation archive pulling is on, every 1m");
            });
            OrgStore org = ctx.getBean(OrgStore.class);
            org.saveTeam(new Team("arc-t1", "存档组"));
            org.saveRep(new Rep("arc-r1", "存档销售", "arc-t1", Role.REP, "arc_rep_1", null,
                    LocalDate.of(2025, 1, 1), true));
            ctx.getBean(CustomerStore.class).save(new Customer("arc-c1", "存档客户", "arc-r1", "wmArcCustomer1",
                    "制造业", "A", 0, false));
            CannedConversationArchive archive = ctx.getBean(CannedConversationArchive.class);
            long t = 1_780_000_000_000L;
            archive.records.add(new ArchivedMessage(11, "arc-msg-11", "wmArcCustomer1", List.of("arc_rep_1"), null,
                    t, "text", "你们这套系统一年多少钱"));
            archive.records.add(new ArchivedMessage(12, "arc-msg-12", "arc_rep_1", List.of("wmArcCustomer1"), null,
                    t + 60_000, "text", "我把报价单发给您"));
            archive.records.add(new ArchivedMessage(13, "arc-msg-13", "wmSomeoneElse", List.of("arc_rep_1"), null,
                    t + 120_000, "text", "你好"));

            ArchivePullJob job = ctx.getBean(ArchivePullJob.class);
            PullReport first = job.runUnlocked();
            PullReport again = job.runUnlocked();

            assertThat(first.stored()).isEqualTo(2);
            assertThat(first.skippedTotal()).isEqualTo(1);
            assertThat(first.toSeq()).isEqualTo(13);
            assertThat(again.fetched()).isZero();
            ConversationStore conversations = ctx.getBean(ConversationStore.class);
            long conversationId = conversations.latestOf("arc-r1", "arc-c1").orElseThrow().id();
            assertThat(conversations.messagesOf(conversationId)).extracting(ChatMessage::direction)
                    .containsExactly(Direction.IN, Direction.OUT);
            assertThat(conversations.messagesOf(conversationId).get(0).tags()).isNotEmpty();
        }
    }

    @Test
    void withAFakeLibraryFileTheRealArchiveFailsThePullWithoutCrashingTheBot() throws Exception {
        Path lib = Files.writeString(dir.resolve("libWeWorkFinanceSdk_Java.so"), "not an ELF file");
        try (ApplicationContext ctx = start(msgaudit(lib.toString()))) {
            ArchivePull pull = ctx.getBean(ArchivePull.class);
            long before = pull.cursor();
            assertThat(ctx.getBean(ArchivePullJob.class).runUnlocked()).isNull();
            assertThat(pull.cursor()).isEqualTo(before);
        }
    }
}
