package com.salesbot.core.audit;

import com.salesbot.core.model.Require;

/**
 * One change made by a person (in chat, by API, in the workbench) or by the bot on someone's behalf.
 *
 * @param actorId     the person who made the change (rep id), or "api" / "system"
 * @param action      stable English verb-noun, e.g. "lead.advance", "deal.review.approve", "absence.create"
 * @param subjectType what was changed: "lead", "opportunity", "customer", "deal", "absence", "target-plan", ...
 * @param subjectId   the changed record's id
 * @param before      a short JSON or text picture of the relevant fields before, null when created
 * @param after       the same after the change, null when deleted
 * @param channel     wecom, dingtalk, sandbox, api, workbench or system
 * @param at          epoch ms
 */
public record AuditEntry(String actorId, String action, String subjectType, String subjectId, String before,
                         String after, String channel, long at) {
    public AuditEntry {
        Require.text(actorId, "audit actor");
        Require.text(action, "audit action");
        Require.text(subjectType, "audit subject type");
        Require.text(subjectId, "audit subject id");
        Require.text(channel, "audit channel");
        Require.notNegative(at, "audit time");
    }
}
