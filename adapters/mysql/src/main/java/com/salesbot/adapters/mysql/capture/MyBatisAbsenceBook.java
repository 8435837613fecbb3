package com.salesbot.adapters.mysql.capture;

import com.salesbot.core.capture.AbsenceBook;
import com.salesbot.core.model.Absence;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Optional;

/** Absences by rep and first day in MySQL/H2 (the table OrgStore writes). */
@Singleton
public class MyBatisAbsenceBook implements AbsenceBook {
    private final CaptureMapper mapper;

    public MyBatisAbsenceBook(CaptureMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @ReadOnly
    public Optional<Absence> find(String repId, LocalDate from) {
        return Optional.ofNullable(mapper.findAbsence(repId, from));
    }

    @Override
    @Transactional
    public boolean remove(String repId, LocalDate from) {
        return mapper.deleteAbsence(repId, from) > 0;
    }
}
