package com.salesbot.core.bonus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The inputs of the coefficient and the mentor shares: CS sessions, NPS, KB adoption, mentorships. */
public interface IncentiveStore {
    /** Upsert by id. */
    void saveSession(CsSession session);

    /** Sessions held in [from, to). */
    List<CsSession> sessions(LocalDate from, LocalDate to);

    /** Upsert by customer and month. */
    void saveNps(NpsScore score);

    /** Scores of the months from..to inclusive. */
    List<NpsScore> nps(YearMonth from, YearMonth to);

    /** Upsert by rep and month. */
    void saveKbAdoption(KbAdoption adoption);

    List<KbAdoption> kbAdoption(YearMonth from, YearMonth to);

    /** Upsert by mentee: a rep has at most one mentor. */
    void saveMentorship(Mentorship mentorship);

    List<Mentorship> mentorships();
}
