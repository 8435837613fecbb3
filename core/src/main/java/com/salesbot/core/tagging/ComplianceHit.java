package com.salesbot.core.tagging;

/**
 * One R12 finding.
 *
 * @param matched what triggered it: the phrase, the parameter or the file name
 * @param excerpt the surrounding words, for the manager's alert
 */
public record ComplianceHit(ComplianceKind kind, String matched, String excerpt) {
}
