package com.salesbot.core.workbench;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Choice;
import com.salesbot.core.feature.common.ChoiceMatcher;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.scope.DataScope;
import java.util.Optional;

/**
 * R2 one-tap result tag from the workbench: the same store call as the chat's result card
 * ({@code TouchStore.recordResult}, tags once, a second tag is refused), checked by {@link DataScope} (a rep tags
 * their own touches, a manager the team's) and written to the audit trail with the channel it came from.
 */
public final class TagTouchResult {
    private final TouchStore touches;
    private final OrgStore org;
    private final BusinessConfig config;
    private final AuditLog audit;

    public TagTouchResult(TouchStore touches, OrgStore org, BusinessConfig config, AuditLog audit) {
        this.touches = touches;
        this.org = org;
        this.config = config;
        this.audit = audit;
    }

    public enum Outcome { TAGGED, ALREADY_TAGGED, UNKNOWN_TAG, NOT_FOUND }

    public record Result(Outcome outcome, String label) {
    }

    public Result tag(Rep requester, long touchId, String tagCode, String channel, long now) {
        Optional<Touch> touch = touches.find(touchId);
        if (touch.isEmpty()) {
            return new Result(Outcome.NOT_FOUND, null);
        }
        Rep owner = org.findRep(touch.get().repId()).orElse(null);
        if (!DataScope.canChange(requester, owner)) {
            throw new WorkbenchDenied("只能标记自己或本团队的触达结果");
        }
        Optional<Choice> tag = tagCode == null ? Optional.empty() : ChoiceMatcher.byCode(config.resultTags(), tagCode);
        if (tag.isEmpty()) {
            return new Result(Outcome.UNKNOWN_TAG, null);
        }
        if (!touches.recordResult(touchId, tag.get().code(), null, now)) {
            return new Result(Outcome.ALREADY_TAGGED, null);
        }
        audit.record(new AuditEntry(requester.id(), "touch.result", "touch", Long.toString(touchId), null,
                tag.get().code(), channel, now));
        return new Result(Outcome.TAGGED, tag.get().label());
    }
}
