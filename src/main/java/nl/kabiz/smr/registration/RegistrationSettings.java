package nl.kabiz.smr.registration;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code smr.registration.*}: the periods of the registration procedure, ISO-8601 durations in days/hours (e.g.
 * {@code P14D}). The BPMN reads them as {@code ${registrationSettings.documentReminder}} etc.
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

    public Duration documentDeadlineDuration() {
        return Duration.parse(documentDeadline);
    }

    // bean-style getters for the BPMN expressions
    public String getDocumentReminder() {
        return documentReminder;
    }

    public String getDocumentDeadline() {
        return documentDeadline;
    }

    public String getSupervisorReminder() {
        return supervisorReminder;
    }

    public String getAssessmentEscalation() {
        return assessmentEscalation;
    }
}
