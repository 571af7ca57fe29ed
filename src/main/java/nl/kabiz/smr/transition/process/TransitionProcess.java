package nl.kabiz.smr.transition.process;

import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/** Keys, element ids, message names and variable names of {@code transitionCase} and {@code transitionBulkStart}. */
public final class TransitionProcess {

    public static final String PROCESS_KEY = "transitionCase";
    public static final String BULK_START_PROCESS_KEY = "transitionBulkStart";
    public static final String BULK_START_BUSINESS_KEY_PREFIX = "TRANS-BULK-";

    public static final String DECISION_APPLICABILITY = "transitionApplicability";

    public static final String MESSAGE_EVIDENCE_SUBMITTED = "transitionEvidenceSubmitted";
    public static final String MESSAGE_EXTENSION_REQUESTED = "transitionExtensionRequested";

    // element ids
    public static final String TASK_SEND_START_LETTER = "serviceTask_sendStartLetter";
    public static final String TASK_SEND_REMINDER = "serviceTask_sendReminder";
    public static final String TASK_TAKE_NEXT_REMINDER = "serviceTask_takeNextReminder";
    public static final String TIMER_REMINDER_DUE = "timer_reminderDue";
    public static final String GATEWAY_JOIN_REMINDERS = "gateway_joinReminders";
    public static final String GATEWAY_REMINDER_PENDING = "gateway_reminderPending";
    public static final String TASK_START_NEXT_BATCH = "serviceTask_startNextBatch";
    public static final String TASK_SEND_START_LETTERS = "serviceTask_sendStartLetters";
    public static final String TASK_RETRY_START_LETTER = "serviceTask_retryStartLetter";

    // variables set at start (the model's inputs; the case table is the truth)
    public static final String CASE_REFERENCE = "caseReference";
    public static final String COACH_NAME = "coachName";
    public static final String COACH_EMAIL = "coachEmail";
    public static final String REGISTRATION_NUMBER = "registrationNumber";
    public static final String INITIAL_REGISTRATION_DATE = "initialRegistrationDate";
    public static final String BULK_START_ID = "bulkStartId";
    /** The bulk start worker an instance of {@code transitionBulkStart} is (0 ..); absent: 0 (runs before issue 12). */
    public static final String BULK_WORKER = "bulkWorker";
    public static final String EVIDENCE_ROUND = "evidenceRound";
    public static final String EXTENSION_ROUND = "extensionRound";
    // DMN transitionApplicability
    public static final String TRANSITION_REQUIRED = "transitionRequired";
    public static final String TRANSITION_YEARS = "transitionYears";
    /** Transient (never stored): the case was opened by a bulk start, whose batch sends its start letter. */
    public static final String START_LETTER_BY_BATCH = "startLetterByBatch";
    // dates of the timers, mails and forms (absolute, copied from the case)
    public static final String DEADLINE = "deadline";
    public static final String DEADLINE_EXPIRES_AT = "deadlineExpiresAt";
    public static final String DEADLINE_LABEL = "deadlineLabel";
    public static final String LATEST_EXTENSION_LABEL = "latestExtensionLabel";
    /** DMN reminderSchedule's months before the deadline, as a JSON list. */
    public static final String REMINDER_MONTHS_BEFORE = "reminderMonthsBefore";
    public static final String NEXT_REMINDER_AT = "nextReminderAt";
    public static final String NEXT_REMINDER_DATE = "nextReminderDate";
    // evidence
    public static final String SUPERVISOR_REGISTRATION_NUMBER = "supervisorRegistrationNumber";
    public static final String EPA_SUMMARY = "epaSummary";
    /** The case's documents for the review and commission forms ({@code FormDocumentList}). */
    public static final String DOCUMENTS = "documents";
    public static final String EVIDENCE_REVIEW = "evidenceReview";
    public static final String REVIEW_REMARKS = "reviewRemarks";
    /** The previous review's remarks (what the coach was asked for), shown in the next review. */
    public static final String PREVIOUS_REVIEW_REMARKS = "previousReviewRemarks";
    public static final String REFER_TO_COMMISSION = "referToCommission";
    public static final String SUPERVISOR_ELIGIBLE = "supervisorEligible";
    public static final String TRANSITION_OUTCOME = "transitionOutcome";
    public static final String OUTCOME_REASON = "outcomeReason";
    public static final String COMMISSION_DECISION = "commissionDecision";
    public static final String COMMISSION_REASON = "commissionReason";
    public static final String PROFILE_VERSION = "profileVersion";
    // extension
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String EXTENSION_DECISION = "extensionDecision";
    public static final String NEW_DEADLINE = "newDeadline";
    public static final String EXTENSION_DECISION_REASON = "extensionDecisionReason";
    // end
    public static final String END_REMARKS = "endRemarks";
    public static final String QUALIFIED_ON = "qualifiedOn";
    public static final String REGISTRATION_ENDED_ON = "registrationEndedOn";
    /** What ended with the registration besides BASIS ("EXTRA-Zwanger en Rookvrije Ouders"), or empty text. */
    public static final String ENDED_WITH_REGISTRATION = "endedWithRegistration";
    public static final String OBJECTION_TEXT = "objectionText";
    // bulk start
    public static final String MORE_TO_START = "moreToStart";
    /** The cases the last batch opened (a JSON list of references), whose start letters the next job sends. */
    public static final String BATCH_CASES = "batchCases";
    /** Transient: the cases whose start letter the batch did not send, each retried alone. */
    public static final String START_LETTERS_TO_RETRY = "startLettersToRetry";
    /** The case whose start letter one retry sends (the multi-instance element). */
    public static final String LETTER_CASE_REFERENCE = "letterCaseReference";

    /**
     * Per-round variables cleared when new evidence arrives, so that nothing of the previous round lingers. Each is
     * cleared to an empty value <em>of its own type</em>: an untyped {@code null} would be stored with type Null,
     * and the engine then refuses the value a form submits for it (a JSON list, a date).
     */
    static final Map<String, TypedValue> EVIDENCE_ROUND_CLEARED = Map.ofEntries(
            Map.entry(EVIDENCE_REVIEW, Variables.stringValue(null)),
            Map.entry(REVIEW_REMARKS, Variables.stringValue(null)),
            Map.entry(REFER_TO_COMMISSION, Variables.booleanValue(null)),
            Map.entry(SUPERVISOR_ELIGIBLE, Variables.booleanValue(null)),
            Map.entry(TRANSITION_OUTCOME, Variables.stringValue(null)),
            Map.entry(OUTCOME_REASON, Variables.stringValue(null)),
            Map.entry(COMMISSION_DECISION, Variables.stringValue(null)),
            Map.entry(COMMISSION_REASON, Variables.stringValue(null)));
    /** Per-round variables of an extension request, cleared the same way. */
    static final Map<String, TypedValue> EXTENSION_ROUND_CLEARED = Map.of(
            EXTENSION_DECISION, Variables.stringValue(null),
            NEW_DEADLINE, Variables.stringValue(null),
            EXTENSION_DECISION_REASON, Variables.stringValue(null));

    private TransitionProcess() {
    }
}
