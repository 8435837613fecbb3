package com.salesbot.core.query;

import com.salesbot.core.chat.port.Comparison;
import com.salesbot.core.chat.port.ComparisonSource;
import com.salesbot.core.config.Benchmark;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.IndustryBenchmarks;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.rules.compare.ComparisonMetric;
import com.salesbot.core.rules.compare.ComparisonView;
import com.salesbot.core.rules.compare.RepPerformance;
import com.salesbot.core.rules.compare.RepPerformanceCalculator;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * R18 我的对比 for one rep and month: loads the team's data once and applies the comparison rules. Metrics
 * without data on either side are left out rather than shown as zero.
 */
public final class ComparisonQuery implements ComparisonSource {
    private final OrgStore org;
    private final TouchStore touches;
    private final LeadStore leads;
    private final OpportunityStore opportunities;
    private final PaymentStore payments;
    private final RepPerformanceCalculator performance;
    private final ComparisonView view;
    private final IndustryBenchmarks benchmarks;
    private final BusinessCalendar calendar;
    private final Clock clock;

    public ComparisonQuery(OrgStore org, TouchStore touches, LeadStore leads, OpportunityStore opportunities,
                           PaymentStore payments, BusinessConfig config, BusinessCalendar calendar, Clock clock) {
        this.org = org;
        this.touches = touches;
        this.leads = leads;
        this.opportunities = opportunities;
        this.payments = payments;
        this.calendar = calendar;
        this.performance = new RepPerformanceCalculator(calendar, new EffectiveTouchRule(config.thresholds()));
        this.view = new ComparisonView(config.thresholds());
        this.benchmarks = config.benchmarks();
        this.clock = clock;
    }

    @Override
    public List<Comparison> compare(Rep rep, YearMonth month) {
        List<Rep> team = rep.teamId() == null ? List.of(rep) : org.repsOfTeam(rep.teamId()).stream()
                .filter(r -> SalesMembers.counts(r) || r.id().equals(rep.id()))
                .toList();
        Set<String> ids = team.stream().map(Rep::id).collect(Collectors.toSet());
        long from = calendar.startOf(month.atDay(1));
        long to = Math.min(clock.millis() + 1, calendar.startOf(month.plusMonths(1).atDay(1)));
        List<Lead> teamLeads = new ArrayList<>();
        List<Opportunity> teamOpps = new ArrayList<>();
        for (String id : ids) {
            teamLeads.addAll(leads.ofOwner(id));
            teamOpps.addAll(opportunities.ofOwner(id));
        }
        Map<String, RepPerformance> perf = performance.compute(team,
                touches.between(from, to).stream().filter(t -> ids.contains(t.repId())).toList(), teamLeads,
                teamOpps, payments.between(from, to).stream().filter(p -> ids.contains(p.repId())).toList(),
                from, to);
        Double repurchase = benchmarks.find(com.salesbot.core.config.IndustryBenchmarks.REPURCHASE_RATE)
                .map(Benchmark::value).orElse(null);
        List<Comparison> out = new ArrayList<>();
        for (var c : view.compare(rep.id(), perf, repurchase)) {
            if (c.mine() == null || c.reference() == null) {
                continue;
            }
            boolean industry = c.benchmark() != null;
            out.add(new Comparison(c.metric().label(), c.mine(), c.reference(),
                    industry ? "行业基准（" + benchmarks.industry() + "）" : "同组TOP3", unit(c.metric()),
                    c.metric().higherIsBetter()));
        }
        return out;
    }

    private static Comparison.Unit unit(ComparisonMetric metric) {
        return switch (metric) {
            case LEAD_CONVERSION, WIN_RATE, REPURCHASE_RATE -> Comparison.Unit.PERCENT;
            case AVERAGE_DEAL_FEN -> Comparison.Unit.FEN;
            case EFFECTIVE_TOUCHES, CYCLE_DAYS -> Comparison.Unit.NUMBER;
        };
    }
}
