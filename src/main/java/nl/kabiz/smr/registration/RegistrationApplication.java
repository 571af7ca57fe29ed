package nl.kabiz.smr.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One application for registration, as stored in {@code registration_application}. */
public record RegistrationApplication(String reference, RegistrationStatus status, String firstName,
        String lastName, String email, String phone, LocalDate dateOfBirth, String postalCode, String city,
        EducationLevel educationLevel, boolean healthcareProfessional, String profession, String bigNumber,
        boolean smrInProfessionalEducation, String training, String supervisorRegistrationNumber, EpaCounts epa,
        String trainingRoute, HandlingPeriod handlingPeriod, OffsetDateTime documentDeadline,
        String missingDocuments, String decidedBy, String decisionReason, String registrationNumber,
        String profileVersion, String submittedBy, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        OffsetDateTime closedAt) {

    /** The same application in another (open) status. */
    public RegistrationApplication withStatus(RegistrationStatus newStatus, OffsetDateTime now) {
        return new RegistrationApplication(reference, newStatus, firstName, lastName, email, phone, dateOfBirth, postalCode, city, educationLevel, healthcareProfessional, profession, bigNumber, smrInProfessionalEducation, training, supervisorRegistrationNumber, epa, trainingRoute, handlingPeriod, documentDeadline, missingDocuments, decidedBy, decisionReason, registrationNumber, profileVersion, submittedBy, createdAt, now, closedAt);
    }

    public RegistrationApplication withTrainingRoute(String route, OffsetDateTime now) {
        return new RegistrationApplication(reference, status, firstName, lastName, email, phone, dateOfBirth, postalCode, city, educationLevel, healthcareProfessional, profession, bigNumber, smrInProfessionalEducation, training, supervisorRegistrationNumber, epa, route, handlingPeriod, documentDeadline, missingDocuments, decidedBy, decisionReason, registrationNumber, profileVersion, submittedBy, createdAt, now, closedAt);
    }

    public RegistrationApplication withSupervisor(String number, OffsetDateTime now) {
        return new RegistrationApplication(reference, status, firstName, lastName, email, phone, dateOfBirth, postalCode, city, educationLevel, healthcareProfessional, profession, bigNumber, smrInProfessionalEducation, training, number, epa, trainingRoute, handlingPeriod, documentDeadline, missingDocuments, decidedBy, decisionReason, registrationNumber, profileVersion, submittedBy, createdAt, now, closedAt);
    }

    /** The case waits for the coach: the handling period is suspended until the deadline. */
    public RegistrationApplication waitingForDocuments(HandlingPeriod suspended, OffsetDateTime deadline,
            String missing, OffsetDateTime now) {
        return new RegistrationApplication(reference, RegistrationStatus.WAITING_FOR_DOCUMENTS, firstName, lastName, email, phone, dateOfBirth, postalCode, city, educationLevel, healthcareProfessional, profession, bigNumber, smrInProfessionalEducation, training, supervisorRegistrationNumber, epa, trainingRoute, suspended, deadline, missing, decidedBy, decisionReason, registrationNumber, profileVersion, submittedBy, createdAt, now, closedAt);
    }

    /** The coach sent documents: the handling period runs again. */
    public RegistrationApplication documentsReceived(HandlingPeriod resumed, OffsetDateTime now) {
        return new RegistrationApplication(reference, RegistrationStatus.IN_REVIEW, firstName, lastName, email, phone, dateOfBirth, postalCode, city, educationLevel, healthcareProfessional, profession, bigNumber, smrInProfessionalEducation, training, supervisorRegistrationNumber, epa, trainingRoute, resumed, null, missingDocuments, decidedBy, decisionReason, registrationNumber, profileVersion, submittedBy, createdAt, now, closedAt);
    }

    /** The case is closed with a final status. */
    public RegistrationApplication closed(RegistrationStatus finalStatus, String by, String reason, String number,
            String version, OffsetDateTime now) {
        if (!finalStatus.isClosed()) {
            throw new IllegalArgumentException(finalStatus + " does not close a case");
        }
        return new RegistrationApplication(reference, finalStatus, firstName, lastName, email, phone, dateOfBirth, postalCode, city, educationLevel, healthcareProfessional, profession, bigNumber, smrInProfessionalEducation, training, supervisorRegistrationNumber, epa, trainingRoute, handlingPeriod, null, missingDocuments, by, reason, number, version, submittedBy, createdAt, now, now);
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** The EPA counts the coach reported. */
    public record EpaCounts(int coachingHours, int clients, int clientsLimitedHealthLiteracy, int intakes,
            int integralTrajectories, int pharmacotherapyTrajectories, int referrals) {

        /** A readable Dutch summary for the supervisor's form. */
        public String summary() {
            return "Coachingsuren: " + coachingHours
                    + "\nCliënten: " + clients
                    + "\n  waarvan met beperkte gezondheidsvaardigheden: " + clientsLimitedHealthLiteracy
                    + "\nIntakes: " + intakes
                    + "\nIntegrale trajecten: " + integralTrajectories
                    + "\nTrajecten met farmacotherapie: " + pharmacotherapyTrajectories
                    + "\nVerwijzingen (comorbiditeit, verslaving, zwangerschap): " + referrals;
        }
    }
}
