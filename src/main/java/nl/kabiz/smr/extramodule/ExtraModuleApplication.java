package nl.kabiz.smr.extramodule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.kabiz.smr.coach.Module;

/**
 * One application for an EXTRA module: a row of {@code extra_module_application}, the only truth about the case.
 *
 * @param reference {@code EXTRA-<module>-<registration number>-<n>}, the business key the coach quotes
 * @param assessmentReminderAt when the supervisor gets a reminder (the model's timer date); null outside an assessment
 * @param assessmentEscalationAt when a case worker gets the late assessment (the model's timer date)
 * @param grantedOn the day the module was added to the register; null unless approved
 */
public record ExtraModuleApplication(String reference, String registrationNumber, Module module, int sequenceNumber,
        ExtraModuleStatus status, String coachName, String coachEmail, String supervisorRegistrationNumber,
        String epaSummary, String profileVersion, OffsetDateTime assessmentReminderAt,
        OffsetDateTime assessmentEscalationAt, String outcomeReason, LocalDate grantedOn, String submittedBy,
        OffsetDateTime openedAt, OffsetDateTime updatedAt, OffsetDateTime closedAt) {

    /** {@code EXTRA-ZWANGER-SMR-123456-1}. */
    public static String reference(Module module, String registrationNumber, int sequenceNumber) {
        return "EXTRA-" + module.name().substring("EXTRA_".length()) + "-" + registrationNumber + "-" + sequenceNumber;
    }

    ExtraModuleApplication with(ExtraModuleStatus newStatus, OffsetDateTime now) {
        return new ExtraModuleApplication(reference, registrationNumber, module, sequenceNumber, newStatus, coachName,
                coachEmail, supervisorRegistrationNumber, epaSummary, profileVersion, assessmentReminderAt,
                assessmentEscalationAt, outcomeReason, grantedOn, submittedBy, openedAt, now,
                newStatus.isClosed() ? now : closedAt);
    }

    ExtraModuleApplication withSupervisor(String number, OffsetDateTime now) {
        return new ExtraModuleApplication(reference, registrationNumber, module, sequenceNumber,
                ExtraModuleStatus.SUPERVISOR_CHECK, coachName, coachEmail, number, epaSummary, profileVersion, null,
                null, outcomeReason, grantedOn, submittedBy, openedAt, now, closedAt);
    }

    ExtraModuleApplication withAssessment(String version, OffsetDateTime reminderAt, OffsetDateTime escalationAt,
            OffsetDateTime now) {
        return new ExtraModuleApplication(reference, registrationNumber, module, sequenceNumber,
                ExtraModuleStatus.ASSESSMENT, coachName, coachEmail, supervisorRegistrationNumber, epaSummary, version,
                reminderAt, escalationAt, outcomeReason, grantedOn, submittedBy, openedAt, now, closedAt);
    }

    ExtraModuleApplication closed(ExtraModuleStatus outcome, String reason, LocalDate granted, OffsetDateTime now) {
        return new ExtraModuleApplication(reference, registrationNumber, module, sequenceNumber, outcome, coachName,
                coachEmail, supervisorRegistrationNumber, epaSummary, profileVersion, null, null, reason, granted,
                submittedBy, openedAt, now, now);
    }
}
