package com.salesbot.core.chat;

import com.salesbot.core.chat.port.ApplicationNoteStore;
import com.salesbot.core.chat.port.ChartPort;
import com.salesbot.core.chat.port.ComparisonSource;
import com.salesbot.core.chat.port.KnowledgeMatcher;
import com.salesbot.core.chat.port.TargetHealthSource;
import com.salesbot.core.model.Require;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;

/**
 * Everything the conversation engine talks to. Charts and knowledge matching are optional (null = none).
 *
 * @param targets     R9/R10 figures from the target rules
 * @param comparisons R18 figures from the comparison rules
 */
public record ChatPorts(OrgStore org, CustomerStore customers, LeadStore leads, TouchStore touches, KeyValueStore kv,
                        TargetHealthSource targets, ComparisonSource comparisons, ApplicationNoteStore notes,
                        ChartPort charts, KnowledgeMatcher knowledge) {
    public ChatPorts {
        Require.present(org, "org store");
        Require.present(customers, "customer store");
        Require.present(leads, "lead store");
        Require.present(touches, "touch store");
        Require.present(kv, "key-value store");
        Require.present(targets, "target health source");
        Require.present(comparisons, "comparison source");
        Require.present(notes, "application note store");
        charts = charts == null ? ChartPort.NONE : charts;
        knowledge = knowledge == null ? KnowledgeMatcher.NONE : knowledge;
    }
}
