package nl.kabiz.smr.transition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.document.StoredDocument;

/**
 * What the transition domain needs of the process engine, owned by the domain and implemented in its
 * {@code process} package: open a case and a bulk run, ask DMN {@code transitionApplicability}, and hand the
 * portal's evidence and extension requests to a waiting case. A case that does not wait for them answers
 * {@link nl.kabiz.smr.casework.CaseConflict}; everything runs in the caller's transaction.
 */
public interface TransitionProcedure {

    /** DMN {@code transitionApplicability} for a first registration date. */
    Applicability applicability(LocalDate initialRegistrationDate);

    /** Starts the procedure of a case whose row exists already. */
    void startCase(String caseReference, Coach coach);

    /**
     * The message key of each case's start letter: the key its procedure's own start-letter step sends it under, so
     * that a letter sent for the batch and the step never both go out. Cases whose procedure does not run (ended at
     * once as not applicable) are left out.
     */
    Map<String, String> startLetterKeys(Collection<String> caseReferences);

    /** Starts one batch worker of a bulk start; its first batch runs as a job after this transaction. */
    void startBulkRun(long bulkStartId, int worker);

    /** Resumes a case that waits for evidence. */
    void submitEvidence(String caseReference, EvidenceRound evidence);

    /** Hands an extension request to the commission. */
    void requestExtension(String caseReference, int request, String reason);

    /** Outcome of DMN transitionApplicability. */
    record Applicability(boolean required, int years) {
    }

    /**
     * One round of evidence as the reviewer sees it.
     *
     * @param documents every document of the case, the new ones included
     * @param previousRound when the previous round's evidence arrived (documents after it are new); null in round 1
     * @param previousReviewRemarks what the previous review asked the coach for; null in round 1
     */
    record EvidenceRound(int round, String supervisorRegistrationNumber, String epaSummary,
            List<StoredDocument> documents, Instant previousRound, String previousReviewRemarks) {
    }
}
