package nl.kabiz.smr.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Consumer;

/**
 * One application for registration, as stored in {@code registration_application}: the case's only record of its
 * status, handling period, deadlines and outcome. Every change is a copy through {@link Builder}, the one place that
 * lists the fields.
 */
public record RegistrationApplication(String reference, RegistrationStatus status, String firstName,
        String lastName, String email, String phone, LocalDate dateOfBirth, String postalCode, String city,
        EducationLevel educationLevel, boolean healthcareProfessional, String profession, String bigNumber,
        boolean smrInProfessionalEducation, String training, String supervisorRegistrationNumber, EpaCounts epa,
        String trainingRoute, HandlingPeriod handlingPeriod, Deadlines deadlines, String missingDocuments,
        String decidedBy, String decisionReason, String registrationNumber, String profileVersion,
        String submittedBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime closedAt) {

    /** An empty builder, for an application read from the table. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * A new application from the portal's (validated) request: trimmed, the phone number without separators, the
     * postal code as stored; status {@code RECEIVED}.
     */
    static RegistrationApplication received(String reference, RegistrationRequest request, HandlingPeriod period,
            String submittedBy, OffsetDateTime now) {
        RegistrationRequest.Epa epa = request.epa();
        Builder a = new Builder();
        a.reference = reference;
        a.status = RegistrationStatus.RECEIVED;
        a.firstName = request.firstName().trim();
        a.lastName = request.lastName().trim();
        a.email = request.email().trim();
        a.phone = request.phone().replaceAll("[ -]", "");
        a.dateOfBirth = request.dateOfBirth();
        a.postalCode = ApplicationPolicy.normalizePostalCode(request.postalCode());
        a.city = request.city().trim();
        a.educationLevel = EducationLevel.fromCode(request.educationLevel()).orElseThrow();
        a.healthcareProfessional = request.healthcareProfessional();
        a.profession = blankToNull(request.profession());
        a.bigNumber = blankToNull(request.bigNumber());
        a.smrInProfessionalEducation = request.smrInProfessionalEducation();
        a.training = request.training().trim();
        a.supervisorRegistrationNumber = request.supervisorRegistrationNumber();
        a.epa = new EpaCounts(epa.coachingHours(), epa.clients(), epa.clientsLimitedHealthLiteracy(), epa.intakes(),
                epa.integralTrajectories(), epa.pharmacotherapyTrajectories(), epa.referrals());
        a.handlingPeriod = period;
        a.submittedBy = submittedBy;
        a.createdAt = now;
        a.updatedAt = now;
        return a.build();
    }

    /** The same application in another open status. */
    public RegistrationApplication withStatus(RegistrationStatus newStatus, OffsetDateTime now) {
        if (newStatus.isClosed()) {
            throw new IllegalArgumentException(newStatus + " closes a case: that is a decision");
        }
        return with(now, b -> b.status = newStatus);
    }

    public RegistrationApplication withTrainingRoute(String route, OffsetDateTime now) {
        return with(now, b -> b.trainingRoute = route);
    }

    public RegistrationApplication withSupervisor(String number, OffsetDateTime now) {
        return with(now, b -> b.supervisorRegistrationNumber = number);
    }

    /** The case waits for the coach: the handling period is suspended, the reminder and the deadline are set. */
    public RegistrationApplication waitingForDocuments(HandlingPeriod suspended, OffsetDateTime reminder,
            OffsetDateTime deadline, String missing, OffsetDateTime now) {
        return with(now, b -> {
            b.handlingPeriod = suspended;
            b.deadlines = deadlines.waitingForDocuments(reminder, deadline);
            b.missingDocuments = missing;
        });
    }

    /** The coach sent documents: the handling period runs again, the document deadlines are gone. */
    public RegistrationApplication documentsReceived(HandlingPeriod resumed, OffsetDateTime now) {
        return with(now, b -> {
            b.handlingPeriod = resumed;
            b.deadlines = deadlines.documentsReceived();
        });
    }

    /** A round of the supervisor's assessment starts: when the supervisor is reminded, when it escalates. */
    public RegistrationApplication assessmentStarted(OffsetDateTime reminder, OffsetDateTime escalation,
            OffsetDateTime now) {
        return with(now, b -> b.deadlines = deadlines.assessment(reminder, escalation));
    }

    /** The case is closed with a final status: who decided (a person, or a rule table) and why. */
    public RegistrationApplication closed(RegistrationStatus finalStatus, String by, String reason, String number,
            String version, OffsetDateTime now) {
        if (!finalStatus.isClosed()) {
            throw new IllegalArgumentException(finalStatus + " does not close a case");
        }
        return with(now, b -> {
            b.status = finalStatus;
            b.deadlines = Deadlines.NONE;
            b.decidedBy = by;
            b.decisionReason = reason;
            b.registrationNumber = number;
            b.profileVersion = version;
            b.closedAt = now;
        });
    }

    /** While the case waits for documents: the day it closes as "niet in behandeling genomen". */
    public OffsetDateTime documentDeadline() {
        return deadlines.documentDeadline();
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private RegistrationApplication with(OffsetDateTime now, Consumer<Builder> change) {
        Builder builder = new Builder(this);
        change.accept(builder);
        builder.updatedAt = now;
        return builder.build();
    }

    /**
     * The deadlines the procedure's timers wait for, absolute moments kept on the case so that they outlast a
     * deployment; {@code null} when not running.
     *
     * @param documentReminder when a case that waits for documents reminds the coach
     * @param documentDeadline when a case that waits for documents closes as "niet in behandeling genomen"
     * @param supervisorReminder when an open assessment reminds the supervisor
     * @param assessmentEscalation when an open assessment goes to a case worker
     */
    public record Deadlines(OffsetDateTime documentReminder, OffsetDateTime documentDeadline,
            OffsetDateTime supervisorReminder, OffsetDateTime assessmentEscalation) {

        public static final Deadlines NONE = new Deadlines(null, null, null, null);

        Deadlines waitingForDocuments(OffsetDateTime reminder, OffsetDateTime deadline) {
            return new Deadlines(reminder, deadline, supervisorReminder, assessmentEscalation);
        }

        Deadlines documentsReceived() {
            return new Deadlines(null, null, supervisorReminder, assessmentEscalation);
        }

        Deadlines assessment(OffsetDateTime reminder, OffsetDateTime escalation) {
            return new Deadlines(documentReminder, documentDeadline, reminder, escalation);
        }
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

    /** The fields of an application, for a new one and for each copy: the one constructor call. */
    static final class Builder {
        String reference;
        RegistrationStatus status;
        String firstName;
        String lastName;
        String email;
        String phone;
        LocalDate dateOfBirth;
        String postalCode;
        String city;
        EducationLevel educationLevel;
        boolean healthcareProfessional;
        String profession;
        String bigNumber;
        boolean smrInProfessionalEducation;
        String training;
        String supervisorRegistrationNumber;
        EpaCounts epa;
        String trainingRoute;
        HandlingPeriod handlingPeriod;
        Deadlines deadlines = Deadlines.NONE;
        String missingDocuments;
        String decidedBy;
        String decisionReason;
        String registrationNumber;
        String profileVersion;
        String submittedBy;
        OffsetDateTime createdAt;
        OffsetDateTime updatedAt;
        OffsetDateTime closedAt;

        private Builder() {
        }

        private Builder(RegistrationApplication a) {
            reference = a.reference;
            status = a.status;
            firstName = a.firstName;
            lastName = a.lastName;
            email = a.email;
            phone = a.phone;
            dateOfBirth = a.dateOfBirth;
            postalCode = a.postalCode;
            city = a.city;
            educationLevel = a.educationLevel;
            healthcareProfessional = a.healthcareProfessional;
            profession = a.profession;
            bigNumber = a.bigNumber;
            smrInProfessionalEducation = a.smrInProfessionalEducation;
            training = a.training;
            supervisorRegistrationNumber = a.supervisorRegistrationNumber;
            epa = a.epa;
            trainingRoute = a.trainingRoute;
            handlingPeriod = a.handlingPeriod;
            deadlines = a.deadlines;
            missingDocuments = a.missingDocuments;
            decidedBy = a.decidedBy;
            decisionReason = a.decisionReason;
            registrationNumber = a.registrationNumber;
            profileVersion = a.profileVersion;
            submittedBy = a.submittedBy;
            createdAt = a.createdAt;
            updatedAt = a.updatedAt;
            closedAt = a.closedAt;
        }

        RegistrationApplication build() {
            return new RegistrationApplication(reference, status, firstName, lastName, email, phone, dateOfBirth,
                    postalCode, city, educationLevel, healthcareProfessional, profession, bigNumber,
                    smrInProfessionalEducation, training, supervisorRegistrationNumber, epa, trainingRoute,
                    handlingPeriod, deadlines, missingDocuments, decidedBy, decisionReason, registrationNumber,
                    profileVersion, submittedBy, createdAt, updatedAt, closedAt);
        }
    }
}
