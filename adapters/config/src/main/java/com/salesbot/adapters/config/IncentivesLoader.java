package com.salesbot.adapters.config;

import com.salesbot.core.bonus.IncentiveSettings;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code incentives.yml} (R21: staged release, coefficient, customer-success points, mentor shares). A missing
 * file or key keeps the article's default; unknown keys, bad values and inconsistent settings (shares not adding up
 * to 1, a cap outside the coefficient range) are all reported with file and line in one {@link ConfigException}.
 */
public final class IncentivesLoader {
    public static final String FILE = "incentives.yml";
    private static final List<String> TOP = List.of("baseBonusRate", "release", "coefficient", "collaboration",
            "mentor");
    private static final Map<String, List<String>> GROUPS = Map.of(
            "release", List.of("payment", "noComplaint", "renewal", "noComplaintMonths", "renewalMonths",
                    "renewalGraceDays"),
            "coefficient", List.of("min", "max", "responseTargetMinutes", "kbAdoptionBaseline", "npsSwing",
                    "responseWeight", "kbWeight", "npsWeight"),
            "collaboration", List.of("minutesPerPoint", "maxPoints", "minPoints", "cap"),
            "mentor", List.of("firstDealShare", "nextDealShare", "nextDeals"));

    public IncentiveSettings load(Path dir) {
        String shown = dir.normalize().toString();
        String display = (shown.isEmpty() ? "." : shown) + "/" + FILE;
        Problems problems = new Problems(List.of(display));
        IncentiveSettings settings = read(dir, display, problems);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.sorted());
        }
        return settings;
    }

    /** Reads and checks the file, adding every problem to {@code problems}; also used by the folder loader. */
    static IncentiveSettings read(Path dir, String display, Problems problems) {
        SourceIndex index = new SourceIndex(Map.of("baseBonusRate", display, "release", display,
                "coefficient", display, "collaboration", display, "mentor", display));
        YamlSource source = new YamlSource(display, YamlFiles.compose(dir.resolve(FILE), display, problems)
                .orElse(null), problems, index);
        Values v = new Values(source, source.top(TOP));
        IncentiveSettings d = IncentiveSettings.defaults();
        IncentiveSettings settings = new IncentiveSettings(
                v.decimal("baseBonusRate", d.baseBonusRate()),
                v.decimal("release.payment", d.paymentShare()),
                v.decimal("release.noComplaint", d.noComplaintShare()),
                v.decimal("release.renewal", d.renewalShare()),
                v.whole("release.noComplaintMonths", d.noComplaintMonths()),
                v.whole("release.renewalMonths", d.renewalMonths()),
                v.whole("release.renewalGraceDays", d.renewalGraceDays()),
                v.decimal("coefficient.min", d.coefficientMin()),
                v.decimal("coefficient.max", d.coefficientMax()),
                v.whole("coefficient.responseTargetMinutes", d.responseTargetMinutes()),
                v.decimal("coefficient.kbAdoptionBaseline", d.kbAdoptionBaseline()),
                v.whole("coefficient.npsSwing", d.npsSwing()),
                v.decimal("coefficient.responseWeight", d.responseWeight()),
                v.decimal("coefficient.kbWeight", d.kbWeight()),
                v.decimal("coefficient.npsWeight", d.npsWeight()),
                v.whole("collaboration.minutesPerPoint", d.csMinutesPerPoint()),
                v.whole("collaboration.maxPoints", d.csMaxPoints()),
                v.whole("collaboration.minPoints", d.csMinPoints()),
                v.decimal("collaboration.cap", d.csCap()),
                v.decimal("mentor.firstDealShare", d.mentorFirstShare()),
                v.decimal("mentor.nextDealShare", d.mentorNextShare()),
                v.whole("mentor.nextDeals", d.mentorNextDeals()));
        if (source.errors() == 0) {
            for (IncentiveSettings.Issue issue : settings.problems()) {
                ConfigProblem at = index.locate(new com.salesbot.core.config.ConfigIssue(issue.key(),
                        issue.message()));
                problems.add(at.file(), at.line(), at.message());
            }
        }
        return settings;
    }

    /** Typed reads of {@code group.key} paths, each recording its line. */
    private static final class Values {
        private final YamlSource source;
        private final Map<String, NodeTuple> top;
        private final Map<String, Map<String, NodeTuple>> groups = new java.util.HashMap<>();

        Values(YamlSource source, Map<String, NodeTuple> top) {
            this.source = source;
            this.top = top;
            for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
                NodeTuple tuple = top.get(group.getKey());
                if (tuple != null) {
                    source.mark(group.getKey(), tuple.getKeyNode());
                    groups.put(group.getKey(), source.keys(tuple.getValueNode(), group.getValue()).orElse(Map.of()));
                }
            }
        }

        private Optional<NodeTuple> find(String path) {
            int dot = path.indexOf('.');
            if (dot < 0) {
                return Optional.ofNullable(top.get(path));
            }
            return Optional.ofNullable(groups.getOrDefault(path.substring(0, dot), Map.of())
                    .get(path.substring(dot + 1)));
        }

        BigDecimal decimal(String path, BigDecimal fallback) {
            return find(path).flatMap(t -> source.<BigDecimal>parsed(t.getValueNode(), path,
                            IncentivesLoader::toDecimal, leaf(path) + " must be a decimal number such as 0.3"))
                    .orElse(fallback);
        }

        int whole(String path, int fallback) {
            return find(path).flatMap(t -> source.<Integer>parsed(t.getValueNode(), path, Scalars::toInt,
                    leaf(path) + " must be a whole number")).orElse(fallback);
        }

        private static String leaf(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }

    private static Optional<BigDecimal> toDecimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
