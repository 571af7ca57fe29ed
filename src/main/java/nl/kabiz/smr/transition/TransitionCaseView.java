package nl.kabiz.smr.transition;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** {@code GET /api/transition-cases/{ref}}: where the case stands. */
public record TransitionCaseView(String caseReference, String registrationNumber, String coachName,
        TransitionStatus status, String statusLabel, OffsetDateTime openedAt, LocalDate transitionStart,
        Integer transitionYears, LocalDate deadline, List<OffsetDateTime> remindersSent,
        List<LocalDate> remindersPending, Evidence evidence, int extensionRequests, String outcomeReason,
        OffsetDateTime closedAt) {

    /** What the coach submitted. */
    public record Evidence(int rounds, String supervisorRegistrationNumber, List<Document> documents) {
    }

    public record Document(String id, String type, String typeLabel, String fileName, OffsetDateTime uploadedAt,
            String contentPath) {
    }
}
