package nl.kabiz.smr.registration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.kabiz.smr.document.StoredDocument;

/** What {@code GET /api/registrations/{ref}} shows: status (code and Dutch label), documents, deadlines, outcome. */
public record RegistrationView(String reference, String status, String statusLabel, Applicant applicant,
        String educationLevel, String educationLevelLabel, boolean healthcareProfessional, String profession,
        String bigNumber, boolean smrInProfessionalEducation, String training, String trainingRoute,
        String supervisorRegistrationNumber, RegistrationApplication.EpaCounts epa, List<Document> documents,
        String missingDocuments, OffsetDateTime openDeadline, LocalDate decisionDueDate, boolean handlingSuspended,
        int daysSuspended, String registrationNumber, String decisionReason, OffsetDateTime submittedAt,
        OffsetDateTime closedAt) {

    public record Applicant(String firstName, String lastName, String email, String phone, LocalDate dateOfBirth,
            String postalCode, String city) {
    }

    public record Document(String id, String type, String typeLabel, String fileName, String mediaType,
            long sizeBytes, String sha256, OffsetDateTime uploadedAt, String contentPath) {

        static Document of(StoredDocument d) {
            return new Document(d.id(), d.type().name(), d.typeLabel(), d.fileName(), d.mediaType(), d.sizeBytes(),
                    d.sha256(), d.uploadedAt(), d.contentPath());
        }
    }

    static RegistrationView of(RegistrationApplication a, List<StoredDocument> documents) {
        boolean waiting = a.status() == RegistrationStatus.WAITING_FOR_DOCUMENTS;
        return new RegistrationView(a.reference(), a.status().name(), a.status().label(),
                new Applicant(a.firstName(), a.lastName(), a.email(), a.phone(), a.dateOfBirth(), a.postalCode(),
                        a.city()),
                a.educationLevel().code(), a.educationLevel().label(), a.healthcareProfessional(), a.profession(),
                a.bigNumber(), a.smrInProfessionalEducation(), a.training(), a.trainingRoute(),
                a.supervisorRegistrationNumber(), a.epa(), documents.stream().map(Document::of).toList(),
                waiting ? a.missingDocuments() : null, waiting ? a.documentDeadline() : null,
                a.status().isClosed() ? null : a.handlingPeriod().dueDate(), a.handlingPeriod().isSuspended(),
                a.handlingPeriod().daysSuspended(), a.registrationNumber(),
                a.status().isClosed() ? a.decisionReason() : null, a.createdAt(), a.closedAt());
    }
}
