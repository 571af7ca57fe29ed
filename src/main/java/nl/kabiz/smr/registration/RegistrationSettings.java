package nl.kabiz.smr.registration;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code smr.registration.*}: the periods of the registration procedure, ISO-8601 durations in days/hours (e.g.
 * {@code P14D}). The domain turns them into absolute deadlines on the case, which the model's timers wait for.
 *
 * @param documentReminder after how long a case that waits for documents sends the coach a reminder
 * @param documentDeadline after how long a case that waits for documents closes as "niet in behandeling genomen"
 * @param supervisorReminder after how long an open supervisor assessment sends the supervisor a reminder
 * @param assessmentEscalation after how long an open supervisor assessment goes to a case worker (escalation)
 * @param minimumAge youngest plausible applicant, in years
 * @param maximumAge oldest plausible applicant, in years
 */
@ConfigurationProperties("smr.registration")
public record RegistrationSettings(String documentReminder, String documentDeadline, String supervisorReminder,
        String assessmentEscalation, int minimumAge, int maximumAge) {

    public RegistrationSettings {
        Duration reminder = parse("document-reminder", documentReminder);
        Duration deadline = parse("document-deadline", documentDeadline);
        Duration supervisor = parse("supervisor-reminder", supervisorReminder);
        Duration escalation = parse("assessment-escalation", assessmentEscalation);
        if (reminder.compareTo(deadline) >= 0) {
            throw new IllegalArgumentException("smr.registration.document-reminder must be shorter than document-deadline");
        }
        if (supervisor.compareTo(escalation) >= 0) {
            throw new IllegalArgumentException(
                    "smr.registration.supervisor-reminder must be shorter than assessment-escalation");
        }
        if (minimumAge < 16 || maximumAge <= minimumAge) {
            throw new IllegalArgumentException("smr.registration.minimum-age/maximum-age are implausible");
        }
    }

    private static Duration parse(String name, String value) {
        try {
            Duration duration = Duration.parse(value);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("smr.registration." + name + " must be positive");
            }
            return duration;
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("smr.registration." + name
                    + " must be an ISO-8601 duration in days or hours, such as P14D: " + value, e);
        }
    }

    public Duration documentReminderDuration() {
        return Duration.parse(documentReminder);
    }

    public Duration documentDeadlineDuration() {
        return Duration.parse(documentDeadline);
    }

    public Duration supervisorReminderDuration() {
        return Duration.parse(supervisorReminder);
    }

    public Duration assessmentEscalationDuration() {
        return Duration.parse(assessmentEscalation);
    }
}
