package com.salesbot.bot.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.adapters.wecom.archive.ChatRecords;
import com.salesbot.adapters.wecom.support.Vectors;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.quote.IssueQuote;
import com.salesbot.core.quote.Quote;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R12 round trip in the running application: a quote issued by the bot (real PDF), sent by the rep as a file in a
 * WeCom chat and read back from the conversation archive (md5sum of the file, as WeCom reports it), is not flagged;
 * a modified copy of the PDF and the genuine PDF sent to another customer are flagged.
 */
class QuoteRoundTripTest {
    static final String FLAG = "合规-报价单未登记";

    @TempDir
    Path dir;

    @Test
    void anIssuedQuotePassesAModifiedCopyOrAnotherCustomerIsFlagged() throws Exception {
        Map<String, Object> p = new HashMap<>();
        p.put("wecom.corp-id", "ww_quote_test");
        p.put("wecom.agent-id", "1000002");
        p.put("wecom.secret", "app-secret-1");
        p.put("wecom.token", "tok");
        p.put("wecom.aes-key", Vectors.A_KEY);
        p.put("wecom.api-base-url", "http://127.0.0.1:9");
        p.put("wecom.msgaudit.initial-delay", "1h");
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        p.put("wecom.msgaudit.secret", "archive-secret-77");
        p.put("wecom.msgaudit.private-key", "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(g.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        p.put("wecom.msgaudit.lib-path", Files.writeString(dir.resolve("libWeWorkFinanceSdk_Java.so"), "x")
                .toString());
        p.put("archive-test.canned", "true");
        String u = UUID.randomUUID().toString().substring(0, 8);
        try (ApplicationContext ctx = ApplicationContext.builder().environments("test").properties(p).start()) {
            OrgStore org = ctx.getBean(OrgStore.class);
            org.saveTeam(new Team("qt-t-" + u, "报价组"));
            Rep rep = new Rep("qt-r-" + u, "报价销售", "qt-t-" + u, Role.REP, "qt_rep_" + u, null,
                    LocalDate.of(2025, 1, 1), true);
            org.saveRep(rep);
            CustomerStore customers = ctx.getBean(CustomerStore.class);
            customers.save(new Customer("qt-c1-" + u, "报价客户甲", rep.id(), "wmQt1" + u, "制造业", "A", 0, false));
            customers.save(new Customer("qt-c2-" + u, "报价客户乙", rep.id(), "wmQt2" + u, "制造业", "A", 0, false));

            IssueQuote.Issued issued = ctx.getBean(IssueQuote.class).issue(rep, new IssueQuote.Request(
                    "qt-c1-" + u, List.of(new IssueQuote.Item("crm_pro", 20)), 10), "api");
            Quote quote = issued.quote();
            byte[] modified = Arrays.copyOf(issued.pdf(), issued.pdf().length + 1);
            modified[modified.length - 1] = '\n';

            CannedConversationArchive archive = ctx.getBean(CannedConversationArchive.class);
            long t = 1_780_000_000_000L;
            archive.records.add(file(101, "qt_rep_" + u, "wmQt1" + u, t, quote.fileName(), quote.md5()));
            archive.records.add(file(102, "qt_rep_" + u, "wmQt1" + u, t + 60_000, quote.fileName(),
                    IssueQuote.md5(modified)));
            archive.records.add(file(103, "qt_rep_" + u, "wmQt2" + u, t + 120_000, quote.fileName(), quote.md5()));
            assertThat(ctx.getBean(ArchivePullJob.class).runUnlocked().stored()).isEqualTo(3);

            ConversationStore conversations = ctx.getBean(ConversationStore.class);
            List<ChatMessage> toFirst = conversations.messagesOf(
                    conversations.latestOf(rep.id(), "qt-c1-" + u).orElseThrow().id());
            assertThat(toFirst).extracting(ChatMessage::text)
                    .containsExactly("[文件] " + quote.fileName(), "[文件] " + quote.fileName());
            assertThat(tags(toFirst.get(0))).doesNotContain(FLAG);
            assertThat(tags(toFirst.get(1))).contains(FLAG);
            List<ChatMessage> toSecond = conversations.messagesOf(
                    conversations.latestOf(rep.id(), "qt-c2-" + u).orElseThrow().id());
            assertThat(tags(toSecond.get(0))).contains(FLAG);
        }
    }

    private static List<String> tags(ChatMessage m) {
        return m.tags().stream().map(TagAssignment::tag).toList();
    }

    /** A file record as WeCom's archive decrypts it, read through the production mapping. */
    private static com.salesbot.core.archive.ArchivedMessage file(long seq, String from, String to, long at,
                                                                  String name, String md5) {
        String json = "{\"msgid\":\"qt-msg-" + seq + "-" + to + "\",\"action\":\"send\",\"from\":\"" + from
                + "\",\"tolist\":[\"" + to + "\"],\"roomid\":\"\",\"msgtime\":" + at + ",\"msgtype\":\"file\","
                + "\"file\":{\"md5sum\":\"" + md5 + "\",\"filename\":\"" + name + "\",\"fileext\":\"pdf\","
                + "\"filesize\":1024,\"sdkfileid\":\"sdk-" + seq + "\"}}";
        return ChatRecords.fromPlainText(seq, json);
    }
}
