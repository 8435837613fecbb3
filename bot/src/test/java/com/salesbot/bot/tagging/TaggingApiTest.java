package com.salesbot.bot.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(environments = "test", transactional = false)
@Property(name = "salesbot.api-token", value = TaggingApiTest.TOKEN)
class TaggingApiTest {
    static final String TOKEN = "tagging-test-token";

    @Inject
    @Client("/")
    HttpClient client;

    private <T> T post(String path, Object body, Class<T> type) {
        return client.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(TOKEN), type);
    }

    @Test
    void previewAnswersScenariosBestFirstWithEvidenceAndSignals() {
        TagPreviewResponse r = post("/api/tag", Map.of("text", "不是投诉哈，想问下专业版多少钱，太贵的话我们就不考虑了"),
                TagPreviewResponse.class);
        assertThat(r.scenarios()).isNotEmpty();
        assertThat(r.scenarios().get(0).tag()).isEqualTo("询价");
        assertThat(r.scenarios().get(0).evidence()).anyMatch(e -> e.startsWith("询价-"));
        assertThat(r.scenarios()).noneMatch(t -> t.tag().equals("投诉"));
        assertThat(r.scenarios()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
        assertThat(r.signals()).extracting(TagView::tag).containsExactly("价格敏感");
    }

    @Test
    void previewOfARepMessageShowsComplianceHitsUnlessItIsTheCustomers() {
        TagPreviewResponse out = post("/api/tag", Map.of("text", "我们保证最低价"), TagPreviewResponse.class);
        assertThat(out.signals()).extracting(TagView::tag).contains("合规-非授权政策表述");
        TagPreviewResponse in = post("/api/tag", Map.of("text", "我们保证最低价", "direction", "IN"),
                TagPreviewResponse.class);
        assertThat(in.signals()).extracting(TagView::tag).doesNotContain("合规-非授权政策表述");
    }

    @Test
    void previewRejectsAnEmptyText() {
        assertThatThrownBy(() -> post("/api/tag", Map.of("text", " "), String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode()));
    }

    @Test
    void ingestionKeepsValidRowsReportsBadOnesAndIsIdempotent() {
        long t0 = 1_780_000_000_000L;
        Map<String, Object> body = Map.of("messages", List.of(
                Map.of("clientMsgId", "api-test-1", "channel", "phone", "repId", "rep-api", "customerId", "cus-api",
                        "direction", "IN", "sentAt", t0, "text", "合同下个月到期，续费怎么走"),
                Map.of("clientMsgId", "api-test-2", "repId", "rep-api", "customerId", "cus-api", "direction", "IN",
                        "text", "没有时间"),
                Map.of("clientMsgId", "api-test-3", "channel", "phone", "repId", "rep-api", "customerId", "cus-api",
                        "direction", "OUT", "sentAt", t0 + 60_000, "text", "好的，我把续约合同发您")));
        IngestResponse first = post("/api/conversations", body, IngestResponse.class);
        assertThat(first.stored()).isEqualTo(2);
        assertThat(first.invalid()).isEqualTo(1);
        assertThat(first.results().get(1).errors()).containsExactly("sentAt 必须是正的毫秒时间戳");
        assertThat(first.results().get(0).tags()).extracting(TagView::tag).contains("续费");
        assertThat(first.results().get(0).conversationId()).isEqualTo(first.results().get(2).conversationId());

        IngestResponse again = post("/api/conversations", body, IngestResponse.class);
        assertThat(again.stored()).isZero();
        assertThat(again.duplicates()).isEqualTo(2);
    }

    @Test
    void ingestionNeedsAToken() {
        assertThatThrownBy(() -> client.toBlocking().retrieve(HttpRequest.POST("/api/conversations",
                Map.of("messages", List.of())), String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
    }
}
