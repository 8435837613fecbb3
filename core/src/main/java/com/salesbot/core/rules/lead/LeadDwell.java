package com.salesbot.core.rules.lead;

import com.salesbot.core.model.Lead;

/** A lead and the whole calendar days it has stayed in its current stage (R6). */
public record LeadDwell(Lead lead, long days) {
}
