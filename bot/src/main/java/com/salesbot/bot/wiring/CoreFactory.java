package com.salesbot.bot.wiring;

import com.salesbot.adapters.config.ConfigException;
import com.salesbot.adapters.config.YamlConfigLoader;
import com.salesbot.bot.startup.InvalidSettingException;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.query.ComparisonQuery;
import com.salesbot.core.query.TargetHealthQuery;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.stream.Collectors;

/** Plain core objects as beans: clock, business configuration, calendar and the rule queries. */
@Factory
public class CoreFactory {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    ZoneId businessZone(@Value("${salesbot.zone:Asia/Shanghai}") String zone) {
        return ZoneId.of(zone);
    }

    /** Loads config/ at start-up; every problem is listed with file and line, and start-up stops. */
    @Singleton
    BusinessConfig businessConfig(@Value("${salesbot.config-dir:./config}") String dir) {
        try {
            return new YamlConfigLoader().load(Path.of(dir));
        } catch (ConfigException e) {
            String problems = e.problems().stream().map(Object::toString)
                    .collect(Collectors.joining("\n  ", "\n  ", ""));
            throw new InvalidSettingException("salesbot.config-dir",
                    e.problems().size() + " problem(s) in the business configuration:" + problems);
        }
    }

    @Singleton
    BusinessCalendar businessCalendar(BusinessConfig config, ZoneId zone) {
        return new BusinessCalendar(zone, config.calendar().holidays(), config.calendar().makeUpWorkdays());
    }

    @Singleton
    TargetHealthQuery targetHealthQuery(TargetStore targets, PaymentStore payments, OpportunityStore opportunities,
                                        BusinessConfig config, ZoneId zone) {
        return new TargetHealthQuery(targets, payments, opportunities, config.thresholds(), zone);
    }

    @Singleton
    ComparisonQuery comparisonQuery(OrgStore org, TouchStore touches, LeadStore leads, OpportunityStore opportunities,
                                    PaymentStore payments, BusinessConfig config, BusinessCalendar calendar,
                                    Clock clock) {
        return new ComparisonQuery(org, touches, leads, opportunities, payments, config, calendar, clock);
    }
}
