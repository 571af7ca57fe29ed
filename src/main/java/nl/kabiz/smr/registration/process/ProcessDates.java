package nl.kabiz.smr.registration.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Date;
import nl.kabiz.smr.system.RegisterTime;

/** Dates as the engine wants them (task due dates, timer dates). */
final class ProcessDates {

    /** A decision due on a day is due at the end of office hours. */
    static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    private ProcessDates() {
    }

    static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(RegisterTime.ZONE).toInstant());
    }

    static Date of(OffsetDateTime time) {
        return time == null ? null : Date.from(time.toInstant());
    }
}
