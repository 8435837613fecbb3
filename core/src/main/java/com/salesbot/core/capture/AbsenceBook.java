package com.salesbot.core.capture;

import com.salesbot.core.model.Absence;
import java.time.LocalDate;
import java.util.Optional;

/** Reading one absence back and taking it away again (撤销); absences are written with {@code OrgStore.saveAbsence}. */
public interface AbsenceBook {
    Optional<Absence> find(String repId, LocalDate from);

    /** @return true when it existed */
    boolean remove(String repId, LocalDate from);
}
