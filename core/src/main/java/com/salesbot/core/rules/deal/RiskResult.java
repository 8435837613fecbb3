package com.salesbot.core.rules.deal;

/** One risk signal of a deal: raised or not, and why (Chinese). */
public record RiskResult(RiskSignal signal, boolean raised, String reason) {
}
