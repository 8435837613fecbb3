package com.salesbot.bot.workbench;

import com.salesbot.adapters.dingtalk.DingtalkSettings;
import com.salesbot.adapters.dingtalk.signin.DingtalkIdentityResolver;
import com.salesbot.adapters.dingtalk.token.DingtalkAccessTokenProvider;
import com.salesbot.adapters.wecom.oauth.WecomIdentityResolver;
import com.salesbot.bot.api.EmbeddedDefault;
import com.salesbot.bot.wiring.Lazy;
import com.salesbot.charts.HeatmapRenderer;
import com.salesbot.charts.PhoneChartTheme;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.push.ComplianceAlerts;
import com.salesbot.core.query.TargetHealthQuery;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.bonus.BonusBook;
import com.salesbot.core.bonus.LtvBoard;
import com.salesbot.core.deal.DealDesk;
import com.salesbot.core.feature.targets.CapabilityService;
import com.salesbot.core.feature.targets.GrowthAccount;
import com.salesbot.core.feature.targets.TargetSandboxService;
import com.salesbot.core.workbench.TagTouchResult;
import com.salesbot.core.workbench.WorkbenchDeals;
import com.salesbot.core.workbench.WorkbenchTargets;
import com.salesbot.core.workbench.WorkbenchPeople;
import com.salesbot.core.workbench.WorkbenchQueries;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import me.chanjar.weixin.cp.api.WxCpService;
import org.slf4j.LoggerFactory;

/** The workbench page: core's queries and use cases, the signed session, and each platform's sign-in. */
@Factory
public class WorkbenchFactory {
    @Singleton
    WorkbenchPeople workbenchPeople(OrgStore org, @Value("${salesbot.admins:}") List<String> admins) {
        return new WorkbenchPeople(org, new HashSet<>(admins));
    }

    @Singleton
    WorkbenchQueries workbenchQueries(OrgStore org, TouchStore touches, LeadStore leads, CustomerStore customers,
                                      TargetHealthQuery health, BusinessConfig config, BusinessCalendar calendar,
                                      @Value("${salesbot.push.closed-stages:}") List<String> closedStages,
                                      BeanProvider<ComplianceAlerts> compliance) {
        return new WorkbenchQueries(org, touches, leads, customers, health, config, calendar,
                new HashSet<>(closedStages), compliance.isPresent() ? compliance.get() : ComplianceAlerts.NONE);
    }

    @Singleton
    TagTouchResult tagTouchResult(TouchStore touches, OrgStore org, BusinessConfig config,
                                  BeanProvider<AuditLog> audit) {
        return new TagTouchResult(touches, org, config, audit.get());
    }

    /**
     * Session key: {@code salesbot.workbench.session-secret}, else {@code salesbot.link-secret}, else random per
     * start (sessions then end at a restart and are not shared between instances; a warning says so).
     */
    @Singleton
    WorkbenchSessions workbenchSessions(@Nullable @Value("${salesbot.workbench.session-secret:}") String own,
                                        @Nullable @Value("${salesbot.link-secret:}") String linkSecret,
                                        @Value("${salesbot.workbench.session-ttl:8h}") Duration ttl,
                                        @Nullable @Value("${salesbot.public-url:}") String publicUrl,
                                        Clock clock, KeyValueStore kv) {
        String secret = own != null && !own.isBlank() ? own : linkSecret;
        byte[] key;
        if (secret == null || secret.isBlank()) {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            LoggerFactory.getLogger(WorkbenchFactory.class).warn("neither salesbot.workbench.session-secret nor "
                    + "salesbot.link-secret is set: workbench sessions end when the bot restarts");
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
        if (key.length < 16) {
            throw new com.salesbot.bot.startup.InvalidSettingException("salesbot.workbench.session-secret",
                    "needs at least 16 characters");
        }
        boolean secure = publicUrl != null && publicUrl.startsWith("https://");
        return new WorkbenchSessions(key, ttl, secure, clock, kv);
    }

    @Singleton
    WorkbenchSettings workbenchSettings(@Nullable @Value("${salesbot.public-url:}") String publicUrl,
                                        @Nullable @Value("${salesbot.sandbox.enabled:}") String sandbox,
                                        @Nullable @Value("${wecom.corp-id:}") String wecomCorpId,
                                        @Nullable @Value("${dingtalk.app-key:}") String dingtalkAppKey,
                                        @Nullable @Value("${dingtalk.corp-id:}") String dingtalkCorpId,
                                        @Value("${salesbot.workbench.dingtalk-jsapi-url:"
                                                + WorkbenchSettings.DINGTALK_JSAPI + "}") String jsapi) {
        return new WorkbenchSettings(publicUrl, EmbeddedDefault.decide(sandbox, wecomCorpId, dingtalkAppKey),
                dingtalkCorpId, jsapi);
    }

    @Singleton
    @Requires(property = "wecom.corp-id")
    WecomIdentityResolver wecomIdentity(WxCpService cp,
                                        @Nullable @Value("${wecom.oauth-base-url:}") String authorizeBaseUrl) {
        return new WecomIdentityResolver(cp, authorizeBaseUrl);
    }

    @Singleton
    @Requires(property = "dingtalk.app-key")
    DingtalkIdentityResolver dingtalkIdentity(DingtalkSettings settings, DingtalkAccessTokenProvider tokens) {
        return new DingtalkIdentityResolver(settings, tokens::get);
    }

    @Singleton
    WorkbenchDeals workbenchDeals(DealDesk desk, BonusBook book, LtvBoard ltv, OrgStore org,
                                  BusinessCalendar calendar) {
        return new WorkbenchDeals(desk, book, ltv, org, calendar);
    }

    @Singleton
    WorkbenchTargets workbenchTargets(TargetSandboxService sandbox, CapabilityService capability, GrowthAccount growth,
                                      OrgStore org, BusinessCalendar calendar) {
        return new WorkbenchTargets(sandbox, capability, growth, org, calendar);
    }

    @Singleton
    WorkbenchCharts workbenchCharts() {
        return new WorkbenchCharts(Lazy.of(() -> new HeatmapRenderer(PhoneChartTheme.shared())));
    }
}
