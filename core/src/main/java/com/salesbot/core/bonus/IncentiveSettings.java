package com.salesbot.core.bonus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Every number of R21 (config/incentives.yml). Shares are decimals (0.5 = 50%). {@link #problems()} lists what is
 * wrong, keyed by the YAML path, so the loader can name file and line.
 *
 * @param baseBonusRate        base bonus = contract amount x this (the article's 8%)
 * @param paymentShare         part released when the first payment arrives (50%)
 * @param noComplaintShare     part released after {@code noComplaintMonths} without a major complaint (30%)
 * @param renewalShare         part released at the renewal (20%)
 * @param noComplaintMonths    6
 * @param renewalMonths        12
 * @param renewalGraceDays     days after the renewal anniversary before the renewal part is forfeited
 * @param coefficientMin       0.7
 * @param coefficientMax       1.3
 * @param responseTargetMinutes first answer to a ticket within this many minutes scores 0; 0 minutes scores +1,
 *                             twice as long scores -1
 * @param kbAdoptionBaseline   adoption rate scoring 0 (1.0 scores +1, 0 scores -1 when the baseline is 0.5)
 * @param npsSwing             NPS change scoring +1 (and -swing scoring -1)
 * @param responseWeight       weight of the response score in the coefficient
 * @param kbWeight             weight of the knowledge-base adoption score
 * @param npsWeight            weight of the NPS-change score
 * @param csMinutesPerPoint    120: every full 2 hours of joint customer-success sessions is 1 point
 * @param csMaxPoints          10
 * @param csMinPoints          6: fewer points cap the month's coefficient at {@code csCap}
 * @param csCap                0.9
 * @param mentorFirstShare     15% of the mentee's first deal's bonus
 * @param mentorNextShare      5% of each of the next {@code mentorNextDeals} deals
 * @param mentorNextDeals      3
 */
public record IncentiveSettings(BigDecimal baseBonusRate, BigDecimal paymentShare, BigDecimal noComplaintShare,
                                BigDecimal renewalShare, int noComplaintMonths, int renewalMonths,
                                int renewalGraceDays, BigDecimal coefficientMin, BigDecimal coefficientMax,
                                int responseTargetMinutes, BigDecimal kbAdoptionBaseline, int npsSwing,
                                BigDecimal responseWeight, BigDecimal kbWeight, BigDecimal npsWeight,
                                int csMinutesPerPoint, int csMaxPoints, int csMinPoints, BigDecimal csCap,
                                BigDecimal mentorFirstShare, BigDecimal mentorNextShare, int mentorNextDeals) {

    /** The article's numbers. */
    public static IncentiveSettings defaults() {
        return new IncentiveSettings(d("0.08"), d("0.5"), d("0.3"), d("0.2"), 6, 12, 30, d("0.7"), d("1.3"),
                120, d("0.5"), 20, d("0.15"), d("0.15"), d("0.15"), 120, 10, 6, d("0.9"), d("0.15"), d("0.05"),
                3);
    }

    /** What is wrong, as (key, message) pairs; empty when the settings can be used. */
    public List<Issue> problems() {
        List<Issue> issues = new ArrayList<>();
        share(issues, "baseBonusRate", baseBonusRate);
        share(issues, "release.payment", paymentShare);
        share(issues, "release.noComplaint", noComplaintShare);
        share(issues, "release.renewal", renewalShare);
        if (issues.isEmpty() && paymentShare.add(noComplaintShare).add(renewalShare).compareTo(BigDecimal.ONE) != 0) {
            issues.add(new Issue("release.payment", "release shares must add up to 1, got "
                    + paymentShare.add(noComplaintShare).add(renewalShare).toPlainString()));
        }
        positive(issues, "release.noComplaintMonths", noComplaintMonths, 120);
        positive(issues, "release.renewalMonths", renewalMonths, 120);
        if (renewalGraceDays < 0 || renewalGraceDays > 365) {
            issues.add(new Issue("release.renewalGraceDays", "renewalGraceDays must be 0 to 365, got "
                    + renewalGraceDays));
        }
        if (coefficientMin.signum() <= 0 || coefficientMin.compareTo(BigDecimal.ONE) > 0) {
            issues.add(new Issue("coefficient.min", "min must be > 0 and <= 1, got " + coefficientMin));
        }
        if (coefficientMax.compareTo(BigDecimal.ONE) < 0 || coefficientMax.compareTo(BigDecimal.valueOf(3)) > 0) {
            issues.add(new Issue("coefficient.max", "max must be from 1 to 3, got " + coefficientMax));
        }
        positive(issues, "coefficient.responseTargetMinutes", responseTargetMinutes, 100_000);
        if (kbAdoptionBaseline.signum() <= 0 || kbAdoptionBaseline.compareTo(BigDecimal.ONE) >= 0) {
            issues.add(new Issue("coefficient.kbAdoptionBaseline", "kbAdoptionBaseline must be > 0 and < 1, got "
                    + kbAdoptionBaseline));
        }
        positive(issues, "coefficient.npsSwing", npsSwing, 200);
        share(issues, "coefficient.responseWeight", responseWeight);
        share(issues, "coefficient.kbWeight", kbWeight);
        share(issues, "coefficient.npsWeight", npsWeight);
        positive(issues, "collaboration.minutesPerPoint", csMinutesPerPoint, 24 * 60);
        positive(issues, "collaboration.maxPoints", csMaxPoints, 1000);
        if (csMinPoints < 0 || csMinPoints > csMaxPoints) {
            issues.add(new Issue("collaboration.minPoints", "minPoints must be 0 to maxPoints (" + csMaxPoints
                    + "), got " + csMinPoints));
        }
        if (csCap.compareTo(coefficientMin) < 0 || csCap.compareTo(coefficientMax) > 0) {
            issues.add(new Issue("collaboration.cap", "cap must lie between coefficient min and max, got " + csCap));
        }
        share(issues, "mentor.firstDealShare", mentorFirstShare);
        share(issues, "mentor.nextDealShare", mentorNextShare);
        if (mentorNextDeals < 0 || mentorNextDeals > 100) {
            issues.add(new Issue("mentor.nextDeals", "nextDeals must be 0 to 100, got " + mentorNextDeals));
        }
        return issues;
    }

    /** A problem with one setting: its YAML path and what is wrong. */
    public record Issue(String key, String message) {
    }

    private static void share(List<Issue> issues, String key, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            issues.add(new Issue(key, leaf(key) + " must be a share from 0 to 1, got " + value));
        }
    }

    private static void positive(List<Issue> issues, String key, int value, int max) {
        if (value <= 0 || value > max) {
            issues.add(new Issue(key, leaf(key) + " must be a whole number from 1 to " + max + ", got " + value));
        }
    }

    private static String leaf(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }
}
