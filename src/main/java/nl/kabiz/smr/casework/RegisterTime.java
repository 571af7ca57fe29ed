package nl.kabiz.smr.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

/**
 * The register's time zone and how a person reads a date: days, deadlines and reminder moments are Dutch days,
 * written as long Dutch dates ("23 november 2029") whatever the JVM's own zone is.
 */
public final class RegisterTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    /** Work due on a day is due at the end of office hours (task due dates, a case's decision date). */
    public static final LocalTime END_OF_OFFICE_DAY = LocalTime.of(17, 0);

    private RegisterTime() {
    }

    /**
     * The register day of a value the engine or the database holds: a {@link Date} or {@link Instant} is read in
     * the register's zone; a {@link LocalDate} is that day; an ISO string (date or date-time) is parsed. Empty for
     * {@code null} or anything else.
     */
    public static Optional<LocalDate> day(Object value) {
        if (value instanceof LocalDate date) {
            return Optional.of(date);
        }
        return instant(value).map(i -> i.atZone(ZONE).toLocalDate()).or(() -> localDateTime(value).map(LocalDateTime::toLocalDate))
                .or(() -> isoDay(value));
    }

    /** A moment as the engine keeps timer dates and date variables ({@link Date}); {@code null} stays null. */
    public static Date toDate(OffsetDateTime time) {
        return time == null ? null : Date.from(time.toInstant());
    }

    /** A moment the engine or the database holds ({@link Date}, {@link Instant}, ISO text) as UTC; empty if none. */
    public static Optional<OffsetDateTime> moment(Object value) {
        if (value instanceof OffsetDateTime time) {
            return Optional.of(time);
        }
        return instant(value).map(i -> i.atOffset(java.time.ZoneOffset.UTC));
    }

    /** The end of office hours on a day, in the register's zone. */
    public static Date endOfOfficeDay(LocalDate day) {
        return Date.from(day.atTime(END_OF_OFFICE_DAY).atZone(ZONE).toInstant());
    }

    /** "23 november 2029"; empty text for a value without a day. */
    public static String longDate(Object value) {
        return day(value).map(LONG_DATE::format).orElse("");
    }


    private static final DateTimeFormatter TYPED_DAY = new DateTimeFormatterBuilder()
            .appendPattern("[d-M-uuuu][d/M/uuuu][d.M.uuuu][uuuu-MM-dd]")
            .toFormatter(DUTCH).withResolverStyle(ResolverStyle.STRICT);

    /**
     * A day a person typed: the Dutch way (23-11-2030, 23/11/2030, 23.11.2030) or ISO (2030-11-23, as a date field
     * sends it; a date-time is cut to its day). A day that does not exist (31-02-2030) or an American date
     * (05/31/2030) is refused with a Dutch message naming the field.
     */
    public static LocalDate parseTypedDay(String field, Object value) {
        if (value instanceof Date || value instanceof LocalDate) {
            return day(value).orElseThrow();
        }
        String text = value == null ? "" : value.toString().strip();
        if (text.isEmpty()) {
            throw new RuleViolation(field, "Vul een datum in (dd-mm-jjjj).");
        }
        if (text.length() > 10 && text.charAt(4) == '-' && text.charAt(10) == 'T') {
            text = text.substring(0, 10);
        }
        try {
            return LocalDate.parse(text, TYPED_DAY);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "'" + text + "' is geen geldige datum. Typ de datum als dd-mm-jjjj,"
                    + " bijvoorbeeld 23-11-2030.");
        }
    }


    private static Optional<Instant> instant(Object value) {
        if (value instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (value instanceof Instant instant) {
            return Optional.of(instant);
        }
        if (value instanceof OffsetDateTime time) {
            return Optional.of(time.toInstant());
        }
        if (value instanceof ZonedDateTime time) {
            return Optional.of(time.toInstant());
        }
        if (value instanceof String text) {
            try {
                return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDateTime> localDateTime(Object value) {
        if (value instanceof LocalDateTime time) {
            return Optional.of(time);
        }
        if (value instanceof String text) {
            try {
                return Optional.of(LocalDateTime.parse(text.strip()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> isoDay(Object value) {
        if (value instanceof String text) {
            try {
                return Optional.of(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
