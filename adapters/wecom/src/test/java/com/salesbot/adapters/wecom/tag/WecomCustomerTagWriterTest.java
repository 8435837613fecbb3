package com.salesbot.adapters.wecom.tag;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.salesbot.adapters.wecom.support.FakeWecomServer;
import com.salesbot.adapters.wecom.support.WecomFixture;
import com.salesbot.core.messaging.SendResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WecomCustomerTagWriterTest {
    private static final String GROUP = "销售助手";
    private static final String LIST = "/cgi-bin/externalcontact/get_corp_tag_list";
    private static final String ADD = "/cgi-bin/externalcontact/add_corp_tag";
    private static final String MARK = "/cgi-bin/externalcontact/mark_tag";
    private WecomFixture f;
    private WecomCustomerTagWriter writer;

    @BeforeEach
    void setUp() throws Exception {
        f = new WecomFixture();
        writer = new WecomCustomerTagWriter(f.cp, f.kv, GROUP);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private List<String> markedIds(int index) {
        JsonObject body = f.fake.marks().get(index).json();
        return body.getAsJsonArray("add_tag").asList().stream().map(e -> e.getAsString()).toList();
    }

    @Test
    void firstUseCreatesTheGroupAndTagsThenMarksTheContact() {
        assertThat(writer.markTags("rep001", "wmEXT1", List.of("询价", "投诉"))).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.violations()).isEmpty();
        JsonObject add = f.fake.requests(ADD).get(0).json();
        assertThat(add.get("group_name").getAsString()).isEqualTo(GROUP);
        assertThat(add.getAsJsonArray("tag")).hasSize(2);
        Map<String, String> ids = f.fake.tagIds(GROUP);
        assertThat(ids).containsOnlyKeys("询价", "投诉");
        JsonObject mark = f.fake.marks().get(0).json();
        assertThat(mark.get("userid").getAsString()).isEqualTo("rep001");
        assertThat(mark.get("external_userid").getAsString()).isEqualTo("wmEXT1");
        assertThat(markedIds(0)).containsExactly(ids.get("询价"), ids.get("投诉"));
    }

    @Test
    void tagIdsAreCachedSoTheNextMarkIsOneCall() {
        writer.markTags("rep001", "wmEXT1", List.of("询价"));
        int before = f.fake.requests().size();
        assertThat(writer.markTags("rep002", "wmEXT2", List.of("询价"))).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.requests().subList(before, f.fake.requests().size()))
                .extracting(FakeWecomServer.Request::path).containsExactly(MARK);
        assertThat(f.kv.get("wecom:corp-tag:" + FakeWecomServer.CORP + ":" + GROUP + ":询价"))
                .contains(f.fake.tagIds(GROUP).get("询价"));
    }

    @Test
    void existingTagsAreReusedAndOnlyMissingOnesCreated() {
        f.fake.addGroup(GROUP, "询价");
        String existing = f.fake.tagIds(GROUP).get("询价");
        assertThat(writer.markTags("rep001", "wmEXT1", List.of("询价", "续费"))).isEqualTo(new SendResult.Sent());
        JsonObject add = f.fake.requests(ADD).get(0).json();
        assertThat(add.getAsJsonArray("tag")).hasSize(1);
        assertThat(add.getAsJsonArray("tag").get(0).getAsJsonObject().get("name").getAsString()).isEqualTo("续费");
        assertThat(markedIds(0)).containsExactly(existing, f.fake.tagIds(GROUP).get("续费"));
    }

    @Test
    void sameNameInAnotherGroupIsNotOurs() {
        f.fake.addGroup("客户等级", "询价");
        writer.markTags("rep001", "wmEXT1", List.of("询价"));
        assertThat(f.fake.requests(ADD)).hasSize(1);
        assertThat(markedIds(0)).containsExactly(f.fake.tagIds(GROUP).get("询价"));
    }

    @Test
    void tagCreatedConcurrentlyByAnotherInstanceIsLookedUpAgain() {
        f.fake.addGroup(GROUP, "投诉");
        f.fake.failNext(LIST, 0, "ok"); // this instance's first look sees no tags yet
        f.fake.failNext(ADD, 40071, "tag name already exists");
        assertThat(writer.markTags("rep001", "wmEXT1", List.of("投诉"))).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.requests(LIST)).hasSize(2);
        assertThat(markedIds(0)).containsExactly(f.fake.tagIds(GROUP).get("投诉"));
    }

    @Test
    void tagDeletedInTheConsoleIsResolvedAgain() {
        f.kv.put("wecom:corp-tag:" + FakeWecomServer.CORP + ":" + GROUP + ":续费", "et_deleted",
                java.time.Duration.ofHours(1));
        assertThat(writer.markTags("rep001", "wmEXT1", List.of("续费"))).isEqualTo(new SendResult.Sent());
        assertThat(f.fake.requests(MARK)).hasSize(2);
        assertThat(markedIds(0)).containsExactly(f.fake.tagIds(GROUP).get("续费"));
    }

    @Test
    void platformErrorsAreClassified() {
        writer.markTags("rep001", "wmEXT1", List.of("询价"));
        f.fake.failNext(MARK, 84061, "not external contact");
        assertThat(writer.markTags("rep001", "wmBAD", List.of("询价"))).isInstanceOf(SendResult.Permanent.class);
        f.fake.failNext(MARK, 45009, "api freq out of limit");
        assertThat(writer.markTags("rep001", "wmEXT1", List.of("询价"))).isInstanceOf(SendResult.Retry.class);
    }

    @Test
    void tagNamesUpToThirtyCharactersAreAccepted() {
        String thirty = "标".repeat(30);
        assertThat(writer.markTags("rep001", "wmEXT1", List.of(thirty))).isEqualTo(new SendResult.Sent());
        int calls = f.fake.requests().size();
        assertThat(writer.markTags("rep001", "wmEXT1", List.of(thirty + "签"))).isInstanceOf(SendResult.Permanent.class);
        assertThat(writer.markTags("rep001", "wmEXT1", List.of(" "))).isInstanceOf(SendResult.Permanent.class);
        assertThat(writer.markTags("rep001", "wmEXT1", List.of())).isInstanceOf(SendResult.Permanent.class);
        assertThat(f.fake.requests()).hasSize(calls);
    }
}
