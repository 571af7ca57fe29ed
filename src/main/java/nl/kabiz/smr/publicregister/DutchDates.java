package nl.kabiz.smr.publicregister;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the public reads them: {@code 1 juli 2025}. */
final class DutchDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private DutchDates() {
    }

    static String format(LocalDate day) {
        return day == null ? "" : LONG.format(day);
    }
}
