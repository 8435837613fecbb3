package com.salesbot.core.tagging;

import com.salesbot.core.model.Direction;
import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.model.TagKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags one message: scenarios and signals from the {@link Tagger}; for outgoing messages (rep → customer) also the
 * R12 compliance scan, each hit becoming a signal with its excerpt as evidence.
 */
public final class MessageTagger {
    private final Tagger tagger;
    private final ComplianceScanner compliance;

    public CompliancePolicy compliancePolicy() {
        return compliance.policy();
    }

    public MessageTagger(Tagger tagger, ComplianceScanner compliance) {
        this.tagger = tagger;
        this.compliance = compliance;
    }

    public TaggedMessage tag(String text, Direction direction, Attachment attachment, boolean ndaSigned) {
        return tag(text, direction, attachment, ndaSigned, null);
    }

    /** {@code customerId}: the customer the message is to or from; the issued quotes of that customer count. */
    public TaggedMessage tag(String text, Direction direction, Attachment attachment, boolean ndaSigned,
                             String customerId) {
        TagResult result = tagger.tag(text);
        if (direction != Direction.OUT) {
            return new TaggedMessage(result, List.of());
        }
        List<ComplianceHit> hits = compliance.scan(text, attachment, ndaSigned, customerId);
        if (hits.isEmpty()) {
            return new TaggedMessage(result, hits);
        }
        List<TagAssignment> signals = new ArrayList<>(result.signals());
        for (ComplianceHit hit : hits) {
            signals.add(new TagAssignment(hit.kind().tag(), TagKind.SIGNAL, 1.0,
                    List.of(hit.matched(), hit.excerpt())));
        }
        return new TaggedMessage(new TagResult(result.scenarios(), signals), hits);
    }
}
