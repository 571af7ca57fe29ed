package nl.kabiz.smr.transition;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code smr.transition.*}: the transition arrangement's configuration.
 *
 * @param startDate day the transition period starts; null: the day each case opens
 * @param gracePeriod minimum time between opening a case and its deadline (for a start date in the past)
 * @param reminderTime time of day at which reminder emails go out
 * @param taskPeriod time a case worker or the commission has for a transition task
 * @param bulkBatchSize cases opened per transaction by a bulk start
 * @param maxExtension the latest new deadline the commission may grant, counted from the current deadline
 * @param bulkWorkers batch workers of a bulk start running side by side, each opening its own share of the coaches
 */
@ConfigurationProperties("smr.transition")
public record TransitionSettings(LocalDate startDate, Period gracePeriod, LocalTime reminderTime, Period taskPeriod,
        Integer bulkBatchSize, Period maxExtension, Integer bulkWorkers) {

    public TransitionSettings {
        gracePeriod = gracePeriod == null ? Period.ofMonths(6) : gracePeriod;
        reminderTime = reminderTime == null ? LocalTime.of(9, 0) : reminderTime;
        taskPeriod = taskPeriod == null ? Period.ofDays(14) : taskPeriod;
        bulkBatchSize = bulkBatchSize == null ? 50 : bulkBatchSize;
        maxExtension = maxExtension == null ? Period.ofYears(1) : maxExtension;
        bulkWorkers = bulkWorkers == null ? 2 : bulkWorkers;
        if (maxExtension.isNegative() || maxExtension.isZero()) {
            throw new IllegalArgumentException("smr.transition.max-extension must be positive, e.g. P1Y");
        }
        if (gracePeriod.isNegative() || taskPeriod.isNegative() || taskPeriod.isZero()) {
            throw new IllegalArgumentException("smr.transition.grace-period and task-period must be positive");
        }
        if (bulkBatchSize < 1 || bulkBatchSize > 1000) {
            throw new IllegalArgumentException("smr.transition.bulk-batch-size must be between 1 and 1000");
        }
        if (bulkWorkers < 1 || bulkWorkers > 32) {
            throw new IllegalArgumentException("smr.transition.bulk-workers must be between 1 and 32");
        }
    }
}
