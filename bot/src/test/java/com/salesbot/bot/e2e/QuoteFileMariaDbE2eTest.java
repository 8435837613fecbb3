package com.salesbot.bot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.salesbot.adapters.wecom.archive.ChatRecords;
import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.Vectors;
import com.salesbot.bot.archive.CannedConversationArchive;
import com.salesbot.core.archive.ArchivePull;
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
import com.salesbot.core.quote.QuoteStore;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 报价 by taps end to end on the real MariaDB over signed WeCom callbacks: customer, item, quantity, discount within
 * the rep's range, 生成报价; the outbox delivers the PDF as a WeCom file message (media/upload type=file, then
 * msgtype=file) whose bytes are the registered quote, and that file, sent on to the customer and read back from the
 * conversation archive, is not flagged by the compliance scan.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuoteFileMariaDbE2eTest implements TestPropertyProvider {
    private static final String SEND = "/cgi-bin/message/send";
    private static final String UPDATE = "/cgi-bin/message/update_template_card";
    private static final String UPLOAD = "/cgi-bin/media/upload";
    private static final String FLAG = "合规-报价单未登记";
    private static final String REP_USER = "quote_rep";
    private static final String EXTERNAL = "wmQuoteE2e1";
    private final FakeWecomServer fake = startFake();
    private final AtomicLong msgIds = new AtomicLong(7_500_000_000_000_000_000L + System.nanoTime() % 1_000_000);
    private final AtomicLong codes = new AtomicLong();
    private Path dir;

    @Inject
    EmbeddedServer server;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    QuoteStore quotes;
    @Inject
    CannedConversationArchive archive;
    @Inject
    ArchivePull pull;
    @Inject
    ConversationStore conversations;

    private WecomCallbacks callbacks;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = MariaDbE2e.database();
        p.put("wecom.corp-id", FakeWecomServer.CORP);
        p.put("wecom.agent-id", Integer.toString(FakeWecomServer.AGENT));
        p.put("wecom.secret", FakeWecomServer.SECRET);
        p.put("wecom.token", WecomCallbacks.TOKEN);
        p.put("wecom.aes-key", Vectors.A_KEY);
        p.put("wecom.api-base-url", fake.baseUrl());
        p.put("salesbot.pump.interval", "200ms");
        // the conversation archive (canned records read through the production mapping), pulled by the test
        try {
            dir = Files.createTempDirectory("quote-e2e-");
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            p.put("wecom.msgaudit.secret", "archive-secret-78");
            p.put("wecom.msgaudit.private-key", "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(g.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            p.put("wecom.msgaudit.lib-path", Files.writeString(dir.resolve("libWeWorkFinanceSdk_Java.so"), "x")
                    .toString());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        p.put("wecom.msgaudit.initial-delay", "1h");
        p.put("archive-test.canned", "true");
        return p;
    }

    @BeforeAll
    void seed() {
        org.saveTeam(new Team("qe-t1", "报价组"));
        org.saveRep(new Rep("qe-r1", "孙丽", "qe-t1", Role.REP, REP_USER, null, LocalDate.of(2025, 1, 2), true));
        customers.save(new Customer("qe-c1", "东海精工", "qe-r1", EXTERNAL, "制造业", "A", 0, false));
        callbacks = new WecomCallbacks(server.getURI(), FakeWecomServer.CORP, WecomCallbacks.TOKEN, Vectors.A_KEY);
    }

    @AfterAll
    void stop() throws IOException {
        fake.close();
        if (dir != null) {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    @Test
    void aQuoteByTapsArrivesAsAWecomFileThatTheComplianceScanAccepts() throws Exception {
        say(REP_USER, "报价");
        JsonObject first = awaitCard(1);
        assertThat(first.getAsJsonArray("button_list").toString()).contains("cust:qe-c1");
        String task = first.get("task_id").getAsString();

        tap(task, "cust:qe-c1");
        assertThat(awaitCard(2).getAsJsonArray("button_list").toString()).contains("item:crm_pro");
        tap(task, "item:crm_pro");
        awaitCard(3);
        tap(task, "qty:20");
        assertThat(awaitCard(4).getAsJsonArray("button_list").toString()).contains("next");
        tap(task, "next");
        // REP's range is 10% (config/pricing/price-list.yml): 9折 offered, 85折 not
        String discounts = awaitCard(5).getAsJsonArray("button_list").toString();
        assertThat(discounts).contains("disc:10").doesNotContain("disc:15");
        tap(task, "disc:10");
        awaitCard(6);
        tap(task, "issue");

        Await.until("the quote PDF as a file message", () -> sends().stream()
                .anyMatch(j -> "file".equals(j.get("msgtype").getAsString())));
        JsonObject fileMessage = sends().stream().filter(j -> "file".equals(j.get("msgtype").getAsString()))
                .findFirst().orElseThrow();
        String mediaId = fileMessage.getAsJsonObject("file").get("media_id").getAsString();
        assertThat(fake.requests(UPLOAD)).anySatisfy(r -> assertThat(r.query()).containsEntry("type", "file"));
        FakeWecomServer.UploadedFile uploaded = fake.files().get(mediaId);
        assertThat(uploaded).isNotNull();
        String number = uploaded.fileName().replace("报价单-", "").replace(".pdf", "");
        Quote quote = quotes.find(number).orElseThrow();
        assertThat(quote.customerId()).isEqualTo("qe-c1");
        assertThat(quote.discountPercent()).isEqualTo(10);
        assertThat(IssueQuote.sha256(uploaded.content())).as("the sent file is the registered one")
                .isEqualTo(quote.sha256());
        assertThat(new String(uploaded.content(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(fake.violations()).isEmpty();

        // the rep forwards exactly that file to the customer; the archive reports its md5sum
        archive.records.add(file(9001, REP_USER, EXTERNAL, System.currentTimeMillis(), uploaded.fileName(),
                IssueQuote.md5(uploaded.content())));
        pull.pullUntilCaughtUp(10);
        List<ChatMessage> sent = conversations.messagesOf(
                conversations.latestOf("qe-r1", "qe-c1").orElseThrow().id());
        assertThat(sent).extracting(ChatMessage::text).contains("[文件] " + uploaded.fileName());
        assertThat(sent).allSatisfy(m -> assertThat(m.tags().stream().map(TagAssignment::tag)).doesNotContain(FLAG));
    }

    private static com.salesbot.core.archive.ArchivedMessage file(long seq, String from, String to, long at,
                                                                  String name, String md5) {
        String json = "{\"msgid\":\"qe-msg-" + seq + "\",\"action\":\"send\",\"from\":\"" + from
                + "\",\"tolist\":[\"" + to + "\"],\"roomid\":\"\",\"msgtime\":" + at + ",\"msgtype\":\"file\","
                + "\"file\":{\"md5sum\":\"" + md5 + "\",\"filename\":\"" + name + "\",\"fileext\":\"pdf\","
                + "\"filesize\":1024,\"sdkfileid\":\"sdk-" + seq + "\"}}";
        return ChatRecords.fromPlainText(seq, json);
    }

    private void say(String user, String text) {
        assertThat(callbacks.deliver(WecomCallbacks.text(FakeWecomServer.CORP, user, text, msgIds.incrementAndGet(),
                System.currentTimeMillis() / 1000)).post().status()).isEqualTo(200);
    }

    private void tap(String task, String key) {
        String code = "RC_quote_" + codes.incrementAndGet();
        fake.issueResponseCode(code);
        assertThat(callbacks.deliver(WecomCallbacks.cardClick(FakeWecomServer.CORP, REP_USER, task, key, code,
                System.currentTimeMillis() / 1000)).post().status()).isEqualTo(200);
    }

    /** Everything the rep got in order: message/send bodies and update_template_card cards. */
    private List<JsonObject> sends() {
        List<JsonObject> out = new ArrayList<>();
        for (FakeWecomServer.Request r : fake.requests()) {
            if (r.path().equals(SEND) && REP_USER.equals(r.json().get("touser").getAsString())) {
                out.add(r.json());
            } else if (r.path().equals(UPDATE) && r.json().getAsJsonArray("userids").toString().contains(REP_USER)
                    && r.json().has("template_card")) {
                JsonObject wrapped = new JsonObject();
                wrapped.addProperty("msgtype", "template_card");
                wrapped.add("template_card", r.json().getAsJsonObject("template_card"));
                out.add(wrapped);
            }
        }
        return out;
    }

    private List<JsonObject> cards() {
        return sends().stream().filter(j -> "template_card".equals(j.get("msgtype").getAsString()))
                .map(j -> j.getAsJsonObject("template_card")).toList();
    }

    private JsonObject awaitCard(int count) {
        Await.until(count + " card(s)", () -> cards().size() >= count);
        return cards().get(count - 1);
    }

    private static FakeWecomServer startFake() {
        try {
            return new FakeWecomServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
