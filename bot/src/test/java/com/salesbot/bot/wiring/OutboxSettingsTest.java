package com.salesbot.bot.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.messaging.OutboxDelivery;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** salesbot.outbox.mark-linger reaches the delivery and is refused outside 0-1 s, with the setting's name. */
class OutboxSettingsTest {
    @Test
    void aMarkLingerWithinOneSecondIsTakenAndALongerOneIsRefusedByName() {
        try (ApplicationContext ok = ApplicationContext.run(Map.of("salesbot.outbox.mark-linger", "200ms",
                "datasources.default.url", h2("outboxsettings0")), "test")) {
            assertThat(ok.getBean(OutboxDelivery.class).markLinger()).isEqualTo(Duration.ofMillis(200));
        }
        // refused whether the delivery is created while the context starts or when it is first asked for
        assertThatThrownBy(() -> {
            try (ApplicationContext tooLong = ApplicationContext.run(Map.of("salesbot.outbox.mark-linger", "5s",
                    "datasources.default.url", h2("outboxsettings1")), "test")) {
                tooLong.getBean(OutboxDelivery.class);
            }
        }).hasStackTraceContaining("salesbot.outbox.mark-linger must be between 0 and 1s");
    }

    /** A database of its own, so the two contexts do not share one. */
    private static String h2(String name) {
        return "jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                + "NON_KEYWORDS=DAY,VALUE,USER,YEAR,MONTH,HOUR,MINUTE,SECOND;DB_CLOSE_DELAY=-1";
    }
}
