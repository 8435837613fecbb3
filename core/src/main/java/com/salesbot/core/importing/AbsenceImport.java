package com.salesbot.core.importing;

import com.salesbot.core.capture.Absences;
import com.salesbot.core.model.Absence;
import com.salesbot.core.port.OrgStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Import of absences (leave, training) from an HR system: columns repId, from, to (dates, both inclusive; to
 * defaults to from). Importing the same rep and first day again replaces the end. Every row is audited as a change
 * by "api".
 */
final class AbsenceImport {
    static final int MAX_DAYS = 366;

    private final OrgStore org;
    private final Absences absences;
    private final BatchImporter batches;
    private final Clock clock;

    AbsenceImport(OrgStore org, Absences absences, BatchImporter batches, Clock clock) {
        this.org = org;
        this.absences = absences;
        this.batches = batches;
        this.clock = clock;
    }

    ImportReport absences(List<Map<String, String>> rows) {
        long now = clock.millis();
        return batches.run("absences", rows, this::absence, a -> Absences.subjectId(a.repId(), a.from()), "from",
                a -> absences.save(a, "api", "api", now));
    }

    private Absence absence(RowFields f) {
        String repId = f.required("repId", 64);
        if (repId != null && org.findRep(repId).isEmpty()) {
            f.error("repId", "人员不存在，请先导入人员: " + repId);
        }
        LocalDate from = f.date("from", true);
        LocalDate to = f.date("to", false);
        if (from == null || repId == null) {
            return null;
        }
        LocalDate end = to == null ? from : to;
        if (end.isBefore(from)) {
            f.error("to", "结束日期早于开始日期");
            return null;
        }
        if (ChronoUnit.DAYS.between(from, end) + 1 > MAX_DAYS) {
            f.error("to", "一条请假最长 " + MAX_DAYS + " 天");
            return null;
        }
        return new Absence(repId, from, end);
    }
}
