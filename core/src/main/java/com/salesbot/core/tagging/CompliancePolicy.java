package com.salesbot.core.tagging;

import java.util.EnumMap;
import java.util.Map;

/**
 * What happens with each kind of R12 hit (config/tagging/compliance/policy.tsv): {@link Handling#ALERT} alerts the
 * rep's managers at once and keeps the line for the next morning's digest, {@link Handling#DIGEST} only keeps the
 * line for the digest, {@link Handling#OFF} does not check that kind at all. Default: typed prices go to the digest,
 * everything else alerts.
 */
public record CompliancePolicy(Map<ComplianceKind, Handling> handling) {
    public enum Handling { ALERT, DIGEST, OFF }

    public CompliancePolicy {
        EnumMap<ComplianceKind, Handling> all = new EnumMap<>(ComplianceKind.class);
        for (ComplianceKind k : ComplianceKind.values()) {
            all.put(k, k == ComplianceKind.TYPED_PRICE ? Handling.DIGEST : Handling.ALERT);
        }
        all.putAll(handling);
        handling = Map.copyOf(all);
    }

    public static CompliancePolicy defaults() {
        return new CompliancePolicy(Map.of());
    }

    public Handling of(ComplianceKind kind) {
        return handling.get(kind);
    }

    public boolean checks(ComplianceKind kind) {
        return of(kind) != Handling.OFF;
    }

    public boolean alertsAtOnce(ComplianceKind kind) {
        return of(kind) == Handling.ALERT;
    }
}
