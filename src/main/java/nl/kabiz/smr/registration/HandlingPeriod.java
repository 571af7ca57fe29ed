package nl.kabiz.smr.registration;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * KABIZ's handling period (behandeltermijn): a decision is due a number of days after the application. While the
 * case waits for the coach (hersteltermijn) the period is suspended; when the coach answers, the due date moves by
 * the days waited.
 *
 * @param dueDate the day the decision is due
 * @param waitingSince the day the case started waiting for the coach, or null when the period runs
 * @param daysSuspended days the period was suspended so far, in total
 */
public record HandlingPeriod(LocalDate dueDate, LocalDate waitingSince, int daysSuspended) {

    public HandlingPeriod {
        Objects.requireNonNull(dueDate, "dueDate");
        if (daysSuspended < 0) {
            throw new IllegalArgumentException("daysSuspended < 0");
        }
    }

    /** The period of an application received today. */
    public static HandlingPeriod start(LocalDate received, int periodDays) {
        if (periodDays <= 0) {
            throw new IllegalArgumentException("The handling period must be positive");
        }
        return new HandlingPeriod(received.plusDays(periodDays), null, 0);
    }

    public boolean isSuspended() {
        return waitingSince != null;
    }

    /** The case starts waiting for the coach today; suspending a suspended period changes nothing. */
    public HandlingPeriod suspend(LocalDate today) {
        return isSuspended() ? this : new HandlingPeriod(dueDate, today, daysSuspended);
    }

    /** The coach answered today: the due date moves by the days waited. Resuming a running period changes nothing. */
    public HandlingPeriod resume(LocalDate today) {
        if (!isSuspended()) {
            return this;
        }
        int waited = (int) Math.max(0, ChronoUnit.DAYS.between(waitingSince, today));
        return new HandlingPeriod(dueDate.plusDays(waited), null, daysSuspended + waited);
    }
}
