package nl.kabiz.smr.transition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.casework.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * The dates of a transition case: its deadline, its reminder dates, and the due dates of its tasks. The deadline
 * is the last day on which the coach can still qualify; the case expires at the start of the next day
 * (Europe/Amsterdam). The process keeps every one of these as an absolute date in the case (never a duration), so
 * that a migration to a newer process version moves nothing. Bean {@code transitionSchedule} in BPMN expressions.
 */
@Component("transitionSchedule")
public class TransitionSchedule {

    private static final ZoneId ZONE = RegisterTime.ZONE;

    private final TransitionSettings settings;
    private final Clock clock;

    public TransitionSchedule(TransitionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The first day of the transition period: the configured start, or today. */
    public LocalDate transitionStart() {
        return settings.startDate() != null ? settings.startDate() : today();
    }

    /**
     * Start plus the years of DMN {@code transitionApplicability}, but never earlier than today plus the grace
     * period (a configured start in the past never gives a deadline in the past).
     */
    public LocalDate deadline(int transitionYears) {
        if (transitionYears < 1) {
            throw new IllegalArgumentException("transitionYears must be at least 1, was " + transitionYears);
        }
        LocalDate regular = transitionStart().plusYears(transitionYears);
        LocalDate earliest = today().plus(settings.gracePeriod());
        return regular.isBefore(earliest) ? earliest : regular;
    }

    /** The moment the case expires: the start of the day after the deadline. */
    public Date expiresAt(LocalDate deadline) {
        return Date.from(deadline.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    /** The moment a reminder for that day goes out. */
    public Date reminderMoment(LocalDate day) {
        return Date.from(day.atTime(settings.reminderTime()).atZone(ZONE).toInstant());
    }

    /**
     * The reminder days still to come: deadline minus each number of months (DMN {@code reminderSchedule}), only
     * those whose moment lies after now, earliest first, without duplicates.
     */
    public List<LocalDate> pendingReminders(LocalDate deadline, Collection<Integer> monthsBefore) {
        return stillToCome(monthsBefore.stream().filter(Objects::nonNull).filter(m -> m > 0).distinct()
                .map(deadline::minusMonths));
    }

    /**
     * Of the planned reminder days (earliest first), those after the one just sent whose moment still lies after
     * now: a reminder whose day passed while the job could not run is not sent late.
     */
    public List<LocalDate> remindersToCome(List<LocalDate> planned, LocalDate sent) {
        return stillToCome(planned.stream().filter(day -> day.isAfter(sent)));
    }

    /** The days whose reminder moment lies after now, earliest first. */
    private List<LocalDate> stillToCome(Stream<LocalDate> days) {
        Instant now = clock.instant();
        return days.filter(day -> reminderMoment(day).toInstant().isAfter(now)).sorted().toList();
    }

    /** The start of a day (Europe/Amsterdam), as the date variable a case keeps. */
    public Date startOfDay(LocalDate day) {
        return Date.from(day.atStartOfDay(ZONE).toInstant());
    }

    /** Whether the moment has passed (BPMN: {@code ${transitionSchedule.hasPassed(deadlineExpiresAt)}}). */
    public boolean hasPassed(Date moment) {
        return moment != null && !clock.instant().isBefore(moment.toInstant());
    }

    /** Due date of a commission decision on an extension: the task period, but not after the deadline expires. */
    public Date decisionDue(Date expiresAt) {
        Date regular = taskDue();
        return expiresAt != null && expiresAt.before(regular) && expiresAt.after(Date.from(clock.instant()))
                ? expiresAt : regular;
    }

    /** Due date of a case worker or commission task opened now. */
    public Date taskDue() {
        return Date.from(ZonedDateTime.now(clock.withZone(ZONE)).plus(settings.taskPeriod()).toInstant());
    }

    /**
     * Checks a new deadline granted by the commission, as typed ({@code 23-11-2030}) or as a date: a day that
     * exists, after the current deadline and today, and no later than the current deadline plus
     * {@code smr.transition.max-extension}. Throws {@link RuleViolation} on {@value #FIELD_NEW_DEADLINE} in Dutch.
     */
    public LocalDate extendedDeadline(LocalDate current, Object requested) {
        if (requested == null || requested.toString().isBlank()) {
            throw new RuleViolation(FIELD_NEW_DEADLINE, "Vul de nieuwe uiterste datum in bij een verlenging (dd-mm-jjjj).");
        }
        LocalDate day = RegisterTime.parseTypedDay(FIELD_NEW_DEADLINE, requested);
        if (!day.isAfter(current)) {
            throw new RuleViolation(FIELD_NEW_DEADLINE, "De nieuwe uiterste datum (" + RegisterTime.longDate(day)
                    + ") moet na de huidige uiterste datum (" + RegisterTime.longDate(current) + ") liggen.");
        }
        if (!day.isAfter(today())) {
            throw new RuleViolation(FIELD_NEW_DEADLINE, "De nieuwe uiterste datum moet in de toekomst liggen.");
        }
        LocalDate latest = latestExtension(current);
        if (day.isAfter(latest)) {
            throw new RuleViolation(FIELD_NEW_DEADLINE, "De nieuwe uiterste datum (" + RegisterTime.longDate(day)
                    + ") ligt te ver weg: verlengen kan tot uiterlijk " + RegisterTime.longDate(latest) + ".");
        }
        return day;
    }

    /** The latest new deadline an extension may give: the current deadline plus {@code max-extension}. */
    public LocalDate latestExtension(LocalDate current) {
        return current.plus(settings.maxExtension());
    }

    /** The form field of the new deadline. */
    public static final String FIELD_NEW_DEADLINE = "newDeadline";
}
