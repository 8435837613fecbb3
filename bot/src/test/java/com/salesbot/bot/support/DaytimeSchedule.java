package com.salesbot.bot.support;

import com.salesbot.adapters.config.YamlConfigLoader;
import com.salesbot.bot.wiring.CoreFactory;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.ScheduleSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Tests run at any hour, but the shipped quiet hours (21:00-08:00 business time) defer every push to the window's
 * end, so a test that waits for a manager's card would pass by day and time out by night. With
 * {@code salesbot.test.daytime=true} (application-test.yml sets it for every bot test) the business configuration is
 * the shipped one with the quiet window moved to start 6 hours after the context starts, so no test run falls into
 * it. Tests of quiet hours themselves set the property to false or drive core with explicit times.
 */
@Factory
@Requires(property = DaytimeSchedule.PROPERTY, value = "true")
public class DaytimeSchedule {
    public static final String PROPERTY = "salesbot.test.daytime";

    @Singleton
    @Replaces(factory = CoreFactory.class, bean = BusinessConfig.class)
    BusinessConfig businessConfig(@Value("${salesbot.config-dir:./config}") String dir,
                                  @Value("${salesbot.zone:Asia/Shanghai}") String zone) {
        BusinessConfig shipped = new YamlConfigLoader().load(Path.of(dir));
        ScheduleSettings s = shipped.schedule();
        LocalTime now = ZonedDateTime.now(ZoneId.of(zone)).toLocalTime().withSecond(0).withNano(0);
        LocalTime start = now.plusHours(6);
        LocalTime end = now.plusHours(7);
        return new BusinessConfig(shipped.resultTags(), shipped.stages(), shipped.leadSources(), shipped.scenarios(),
                shipped.calendar(), shipped.benchmarks(),
                new ScheduleSettings(s.digestTime(), start, end, s.monthlyPushDay()), shipped.thresholds());
    }
}
