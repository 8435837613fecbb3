package com.salesbot.core.tagging;

import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.model.TagKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags one text: rule hits (explainable, high confidence) merged with the classifier's scores. A scenario's
 * confidence is 1-(1-rule)(1-classifier) when a rule hit, else the classifier's probability; a denied rule hit
 * (不是投诉) scales the classifier's score by {@link TaggingRules#negatedFactor()}. Scenarios below
 * {@link TaggingRules#minConfidence()} are dropped. Evidence: "rule name: matched words", then the classifier's
 * strongest features. A text that reaches no scenario gets the fallback scenario (闲聊) at the minimum confidence;
 * the fallback means "no business request", so it is dropped when another scenario is kept (multi-label models).
 * A classifier that {@link TextClassifier#weighsRules() weighs the rules itself} gives the confidence directly and
 * the rule hits are shown as evidence only. With a {@link TextClassifier#multiLabel() multi-label} classifier the
 * most likely scenario is kept even below the minimum (at its own, lower, confidence): it is the message's main one.
 */
public final class Tagger {
    private static final int MAX_FEATURES = 3;
    static final String FALLBACK_EVIDENCE = "无业务场景特征";
    private static final Comparator<TagAssignment> BEST_FIRST =
            Comparator.comparingDouble(TagAssignment::confidence).reversed();

    private final RuleMatcher matcher;
    private final TextClassifier classifier;
    private final TaggingRules rules;

    public Tagger(TaggingRules rules, TextClassifier classifier) {
        this.rules = rules;
        this.matcher = new RuleMatcher(rules.rules(), rules.negation());
        this.classifier = classifier;
    }

    public TagResult tag(String text) {
        if (text == null || text.isBlank()) {
            return new TagResult(List.of(), List.of());
        }
        Map<String, Evidence> scenarios = new LinkedHashMap<>();
        List<TagAssignment> signals = new ArrayList<>(2);
        List<RuleHit> hits = matcher.match(text);
        for (RuleHit hit : hits) {
            TagRule rule = hit.rule();
            if (rule.kind() == TagKind.SIGNAL) {
                if (!hit.negated()) {
                    signals.add(new TagAssignment(rule.tag(), TagKind.SIGNAL, rule.confidence(),
                            List.of(rule.name() + ": " + hit.matched())));
                }
            } else {
                scenarios.computeIfAbsent(rule.tag(), k -> new Evidence()).add(hit);
            }
        }
        List<ClassScore> scores = classifier.classify(text, hits);
        boolean merged = !scores.isEmpty() && classifier.weighsRules();
        for (ClassScore score : scores) {
            scenarios.computeIfAbsent(score.label(), k -> new Evidence()).score = score;
        }
        List<TagAssignment> tags = new ArrayList<>(scenarios.size());
        scenarios.forEach((tag, e) -> {
            double confidence = merged ? e.probability() : e.confidence(rules.negatedFactor());
            if (confidence >= rules.minConfidence()) {
                tags.add(new TagAssignment(tag, TagKind.SCENARIO, round(confidence), e.evidence()));
            }
        });
        if (tags.isEmpty() && classifier.multiLabel() && !scores.isEmpty()) {
            ClassScore best = scores.stream().max(Comparator.comparingDouble(ClassScore::probability)).orElseThrow();
            Evidence e = scenarios.get(best.label());
            tags.add(new TagAssignment(best.label(), TagKind.SCENARIO,
                    round(merged ? e.probability() : e.confidence(rules.negatedFactor())), e.evidence()));
        }
        if (tags.size() > 1 && rules.fallback() != null) {
            tags.removeIf(t -> t.tag().equals(rules.fallback()));
        }
        if (tags.isEmpty() && rules.fallback() != null) {
            tags.add(new TagAssignment(rules.fallback(), TagKind.SCENARIO, rules.minConfidence(),
                    List.of(FALLBACK_EVIDENCE)));
        }
        tags.sort(BEST_FIRST);
        signals.sort(BEST_FIRST);
        return new TagResult(tags, signals);
    }

    private static double round(double v) {
        return Math.min(1.0, Math.round(v * 1000) / 1000.0);
    }

    /** What speaks for one scenario in one text. */
    private static final class Evidence {
        private double rule;
        private final List<String> ruleEvidence = new ArrayList<>(2);
        private String denied;
        private ClassScore score;

        void add(RuleHit hit) {
            if (hit.negated()) {
                denied = hit.rule().name() + ": " + hit.matched();
            } else {
                rule = Math.max(rule, hit.rule().confidence());
                ruleEvidence.add(hit.rule().name() + ": " + hit.matched());
            }
        }

        double probability() {
            return score == null ? 0 : score.probability();
        }

        double confidence(double negatedFactor) {
            double p = score == null ? 0 : score.probability();
            if (rule > 0) {
                return 1 - (1 - rule) * (1 - p);
            }
            return denied == null ? p : p * negatedFactor;
        }

        List<String> evidence() {
            List<String> out = new ArrayList<>(ruleEvidence);
            if (score != null) {
                int added = 0;
                for (String f : score.features()) {
                    if (added == MAX_FEATURES) {
                        break;
                    }
                    if (!inRuleEvidence(f)) {
                        out.add(f);
                        added++;
                    }
                }
            }
            return out;
        }

        private boolean inRuleEvidence(String feature) {
            for (String r : ruleEvidence) {
                if (r.contains(feature)) {
                    return true;
                }
            }
            return false;
        }
    }
}
