package com.salesbot.bot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every way a request can fail answers the one {@link ApiError} shape with a short code and a human message, and no
 * exception text (parser positions, class names, the exception's own message) reaches the client.
 */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "salesbot.api-token", value = ErrorBodyTest.TOKEN)
@Property(name = "error-probe.enabled", value = "true")
class ErrorBodyTest {
    static final String TOKEN = "error-body-test-token";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    JsonMapper json;

    private record Refusal(int status, String contentType, String body, Map<String, Object> fields) {
    }

    @SuppressWarnings("unchecked")
    private Refusal refuse(MutableHttpRequest<?> request) throws IOException {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request.bearerAuth(TOKEN), Argument.STRING, Argument.STRING));
        assertThat(e).as("the request should fail").isNotNull();
        String body = e.getResponse().getBody(String.class).orElse("");
        Map<String, Object> fields = json.readValue(body, Map.class);
        String type = e.getResponse().getContentType().map(MediaType::getName).orElse("");
        return new Refusal(e.getStatus().getCode(), type, body, fields);
    }

    private static void assertNoExceptionText(Refusal r) {
        assertThat(r.contentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(r.fields()).containsOnlyKeys("error", "message");
        assertThat(r.fields().get("error").toString()).matches("[a-z_]+");
        assertThat(r.fields().get("message").toString()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception", "exception", "at com.", "at io.", "Unexpected", "line:",
                "column", "Failed to convert", "hunter2", "_embedded", "_links");
    }

    @Test
    void malformedJsonOnTheApiIs400JsonWithoutParserText() throws IOException {
        Refusal r = refuse(HttpRequest.POST("/api/tag", "{\"text\": \"报价多少\",,}")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsEntry("error", "bad_json");
        assertNoExceptionText(r);
    }

    @Test
    void aJsonBodyOfTheWrongShapeIs400WithoutParserText() throws IOException {
        Refusal r = refuse(HttpRequest.POST("/api/tag", "[1, 2, 3]").contentType(MediaType.APPLICATION_JSON_TYPE));
        assertThat(r.status()).isEqualTo(400);
        assertNoExceptionText(r);
    }

    @Test
    void aWrongContentTypeIs415() throws IOException {
        Refusal r = refuse(HttpRequest.POST("/api/tag", "text=报价").contentType(MediaType.APPLICATION_FORM_URLENCODED));
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.fields()).containsEntry("error", "unsupported_media_type");
        assertNoExceptionText(r);
    }

    @Test
    void aQueryValueThatIsNotANumberIs400() throws IOException {
        Refusal r = refuse(HttpRequest.GET("/sandbox/api/messages?as=demo-r11&after=yesterday"));
        assertThat(r.status()).isEqualTo(400);
        assertNoExceptionText(r);
    }

    @Test
    void anUnknownRouteIs404Json() throws IOException {
        Refusal r = refuse(HttpRequest.GET("/api/no-such-thing"));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.fields()).containsEntry("error", "not_found");
        assertNoExceptionText(r);
    }

    @Test
    void aWrongMethodIs405Json() throws IOException {
        Refusal r = refuse(HttpRequest.GET("/api/tag"));
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.fields()).containsEntry("error", "method_not_allowed");
        assertNoExceptionText(r);
    }

    @Test
    void anUncaughtExceptionIs500WithAFixedMessage() throws IOException {
        Refusal r = refuse(HttpRequest.GET("/api/error-probe/boom"));
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.fields()).containsEntry("error", "internal_error");
        assertNoExceptionText(r);
        assertThat(r.body()).doesNotContain("connection refused", "IllegalState");
    }

    @Test
    void aControllerRefusalKeepsItsOwnCodeAndMessageInTheSameShape() throws IOException {
        Refusal r = refuse(HttpRequest.POST("/api/tag", Map.of("text", " ")));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fields()).containsEntry("error", "invalid_request").containsEntry("message", "text 不能为空");
        assertNoExceptionText(r);
    }
}
