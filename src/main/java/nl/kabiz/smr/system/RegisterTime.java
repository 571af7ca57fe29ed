package nl.kabiz.smr.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
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
    private static final DateTimeFormatter LONG_DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", DUTCH);

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

    /** "23 november 2029"; empty text for a value without a day. */
    public static String longDate(Object value) {
        return day(value).map(LONG_DATE::format).orElse("");
    }

    /** "23 november 2029 om 09:00" in the register's zone; a bare day gives only the date. */
    public static String longDateTime(Object value) {
        Optional<Instant> instant = instant(value);
        if (instant.isPresent()) {
            return LONG_DATE_TIME.format(instant.get().atZone(ZONE));
        }
        return localDateTime(value).map(LONG_DATE_TIME::format).orElseGet(() -> longDate(value));
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

    /** The instant a day starts in the register's zone (a deadline "until and including day X" ends at day X+1). */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
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
