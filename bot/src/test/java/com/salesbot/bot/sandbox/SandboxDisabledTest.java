package com.salesbot.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "salesbot.sandbox.enabled", value = "false")
class SandboxDisabledTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    ApplicationContext context;

    @Test
    void everySandboxPathIsNotFoundAndTheChannelIsAbsent() {
        for (String path : new String[]{"/sandbox", "/sandbox/assets/sandbox.js", "/sandbox/api/people"}) {
            assertThatThrownBy(() -> client.toBlocking().exchange(HttpRequest.GET(path), String.class))
                    .as(path).isInstanceOfSatisfying(HttpClientResponseException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode()));
        }
        assertThat(context.containsBean(SandboxSender.class)).isFalse();
        assertThat(context.containsBean(SandboxInboundDecoder.class)).isFalse();
    }
}
