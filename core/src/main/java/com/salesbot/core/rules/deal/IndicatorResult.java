package com.salesbot.core.rules.deal;

/** One indicator of a deal: met or not, and why (Chinese, shown to the rep and manager). */
public record IndicatorResult(HealthIndicator indicator, boolean met, String reason) {
}
