package com.salesbot.adapters.mysql.deal;

import java.time.LocalDate;

/** Plain rows MyBatis fills (columns to camelCase fields); the stores turn them into core records. */
public final class DealRows {
    private DealRows() {
    }

    public static final class DealRow {
        String id;
        String customerId;
        String repId;
        String opportunityId;
        long amountFen;
        LocalDate signedOn;
        String productLine;
        String annexName;
        boolean annexSignedByBoth;
        LocalDate implementationWeek;
        boolean csmBeforeSigning;
        long firstPaymentFen;
        LocalDate firstPaymentOn;
        String firstPaymentReceipt;
        boolean payAfterTrial;
        String renewalOf;
        long createdAt;
    }

    public static final class RoleRow {
        String dealId;
        String role;
        String evidence;
    }

    public static final class ReviewRow {
        String dealId;
        String repId;
        String teamId;
        String status;
        String reasons;
        long enteredAt;
        String decidedBy;
        long decidedAt;
        String note;
    }

    public static final class TicketRow {
        String id;
        String customerId;
        String repId;
        long openedAt;
        long firstResponseAt;
        long closedAt;
        boolean major;
        String summary;
    }

    public static final class SessionRow {
        String id;
        String repId;
        String customerId;
        LocalDate heldOn;
        int minutes;
        String topic;
    }

    public static final class NpsRow {
        String customerId;
        String surveyMonth;
        int nps;
    }

    public static final class KbRow {
        String repId;
        String adoptionMonth;
        int suggested;
        int adopted;
    }

    public static final class MentorRow {
        String menteeId;
        String mentorId;
        LocalDate since;
        String setBy;
        long createdAt;
    }

    public static final class LedgerRow {
        String dealId;
        String part;
        String beneficiaryId;
        boolean mentorShare;
        long amountFen;
        String state;
        LocalDate settledOn;
        String payoutMonth;
        String reason;
        long recordedAt;
    }
}
