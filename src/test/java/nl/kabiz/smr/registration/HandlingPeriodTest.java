package nl.kabiz.smr.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The handling period and its suspension while the case waits for the coach (hersteltermijn). */
class HandlingPeriodTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @Test
    void startsWithTheConfiguredNumberOfDays() {
        HandlingPeriod period = HandlingPeriod.start(RECEIVED, 56);
        assertThat(period.dueDate()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(period.isSuspended()).isFalse();
        assertThat(period.daysSuspended()).isZero();
    }

    @Test
    void theDueDateMovesByTheDaysWaited() {
        HandlingPeriod suspended = HandlingPeriod.start(RECEIVED, 56).suspend(LocalDate.of(2026, 3, 10));
        assertThat(suspended.isSuspended()).isTrue();
        assertThat(suspended.dueDate()).isEqualTo(LocalDate.of(2026, 4, 27));
        HandlingPeriod resumed = suspended.resume(LocalDate.of(2026, 3, 22));
        assertThat(resumed.isSuspended()).isFalse();
        assertThat(resumed.dueDate()).isEqualTo(LocalDate.of(2026, 5, 9));
        assertThat(resumed.daysSuspended()).isEqualTo(12);
    }

    @Test
    void suspensionsAddUp() {
        HandlingPeriod period = HandlingPeriod.start(RECEIVED, 56)
                .suspend(LocalDate.of(2026, 3, 10)).resume(LocalDate.of(2026, 3, 15))
                .suspend(LocalDate.of(2026, 4, 1)).resume(LocalDate.of(2026, 4, 4));
        assertThat(period.daysSuspended()).isEqualTo(8);
        assertThat(period.dueDate()).isEqualTo(LocalDate.of(2026, 5, 5));
    }

    @Test
    void answeringTheSameDayCostsNothing() {
        HandlingPeriod period = HandlingPeriod.start(RECEIVED, 56).suspend(RECEIVED).resume(RECEIVED);
        assertThat(period.dueDate()).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(period.daysSuspended()).isZero();
    }

    @Test
    void suspendingTwiceKeepsTheFirstDayAndResumingARunningPeriodChangesNothing() {
        HandlingPeriod suspended = HandlingPeriod.start(RECEIVED, 56).suspend(LocalDate.of(2026, 3, 10));
        assertThat(suspended.suspend(LocalDate.of(2026, 3, 20))).isEqualTo(suspended);
        HandlingPeriod running = HandlingPeriod.start(RECEIVED, 56);
        assertThat(running.resume(LocalDate.of(2026, 3, 20))).isEqualTo(running);
    }

    @Test
    void aPeriodMustBePositive() {
        assertThatThrownBy(() -> HandlingPeriod.start(RECEIVED, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
