package nl.kabiz.smr.extramodule;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.kabiz.smr.casework.Decision;
import nl.kabiz.smr.document.StoredDocument;

/** An EXTRA-module application as {@code GET /api/extra-modules/{reference}} shows it (case table only). */
public record ExtraModuleView(String reference, String registrationNumber, String coachName, String module,
        String moduleLabel, String status, String statusLabel, String supervisorRegistrationNumber,
        String profileVersion, OffsetDateTime assessmentReminderAt, OffsetDateTime assessmentEscalationAt,
        String outcomeReason, LocalDate grantedOn, OffsetDateTime openedAt, OffsetDateTime closedAt,
        List<DecisionView> decisions, List<Document> documents) {

    static ExtraModuleView of(ExtraModuleApplication a, List<Decision> decisions, List<StoredDocument> documents) {
        return new ExtraModuleView(a.reference(), a.registrationNumber(), a.coachName(), a.module().name(),
                a.module().label(), a.status().name(), a.status().label(), a.supervisorRegistrationNumber(),
                a.profileVersion(), a.assessmentReminderAt(), a.assessmentEscalationAt(), a.outcomeReason(),
                a.grantedOn(), a.openedAt(), a.closedAt(),
                decisions.stream().map(d -> new DecisionView(d.outcome(), d.reason(), d.decidedBy(), d.decidedAt(),
                        d.objectionText())).toList(),
                documents.stream().map(d -> new Document(d.id(), d.type().name(), d.typeLabel(), d.fileName(),
                        d.uploadedAt(), d.contentPath())).toList());
    }

    /** A decision on the case: what, why, who (a person, or "regeltabel ..."), when, and the objection route. */
    public record DecisionView(String outcome, String reason, String decidedBy, OffsetDateTime decidedAt,
            String objectionText) {
    }

    public record Document(String id, String type, String typeLabel, String fileName, OffsetDateTime uploadedAt,
            String contentPath) {
    }
}
