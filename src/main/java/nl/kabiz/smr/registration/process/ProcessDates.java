package nl.kabiz.smr.registration.process;

import java.time.OffsetDateTime;
import java.util.Date;

/** Dates as the engine wants them (timer dates); a due day is {@code RegisterTime.endOfOfficeDay}. */
final class ProcessDates {

    private ProcessDates() {
    }

    static Date of(OffsetDateTime time) {
        return time == null ? null : Date.from(time.toInstant());
    }
}
