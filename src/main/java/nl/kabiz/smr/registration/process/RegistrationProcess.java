package nl.kabiz.smr.registration.process;

/** Process key, element ids, message and variable names of {@code processes/coachRegistration.bpmn}. */
public final class RegistrationProcess {

    public static final String KEY = "coachRegistration";

    // messages
    public static final String MESSAGE_DOCUMENTS_UPLOADED = "documentsUploaded";

    // user tasks
    public static final String TASK_REVIEW_DOCUMENTS = "userTask_reviewDocuments";
    public static final String TASK_REPLACE_SUPERVISOR = "userTask_replaceSupervisor";
    public static final String TASK_ASSESS_COMPETENCIES = "userTask_assessCompetencies";
    public static final String TASK_HANDLE_LATE_ASSESSMENT = "userTask_handleLateAssessment";
    public static final String TASK_DECIDE_BY_COMMISSION = "userTask_decideByCommission";
    public static final String RECEIVE_AWAIT_DOCUMENTS = "receiveTask_awaitDocuments";

    // end events
    public static final String END_REGISTERED = "endEvent_registered";
    public static final String END_REFUSED = "endEvent_refused";
    public static final String END_NOT_CONSIDERED = "endEvent_notConsidered";
    public static final String END_NO_SUPERVISOR = "endEvent_noSupervisor";
    public static final String END_DOCUMENT_REMINDER_SENT = "endEvent_documentReminderSent";
    public static final String END_SUPERVISOR_REMINDED = "endEvent_supervisorReminded";

    // variables set at the start
    public static final String CASE_REFERENCE = "caseReference";
    public static final String COACH_NAME = "coachName";
    public static final String COACH_EMAIL = "coachEmail";
    public static final String COACH_CITY = "coachCity";
    public static final String EDUCATION_LEVEL = "educationLevel";
    public static final String EDUCATION_LEVEL_LABEL = "educationLevelLabel";
    public static final String HEALTHCARE_PROFESSIONAL = "healthcareProfessional";
    public static final String SMR_IN_PROFESSIONAL_EDUCATION = "smrInProfessionalEducation";
    public static final String PROFESSION = "profession";
    public static final String BIG_NUMBER = "bigNumber";
    public static final String TRAINING = "training";
    public static final String SUPERVISOR_REGISTRATION_NUMBER = "supervisorRegistrationNumber";
    public static final String EPA_SUMMARY = "epaSummary";
    public static final String EPA_PREFIX = "epa";
    public static final String DECISION_DUE_DATE = "decisionDueDate";
    public static final String REVIEW_ROUND = "reviewRound";
    public static final String ASSESSMENT_ROUND = "assessmentRound";
    public static final String DOCUMENTS = "documents";
    public static final String DOCUMENT_COUNT = "documentCount";

    // decisions and forms
    public static final String ROUTE = "route";
    public static final String ROUTE_LABEL = "routeLabel";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String REVIEW_COMPLETE = "COMPLETE";
    public static final String REVIEW_INCOMPLETE = "INCOMPLETE";
    public static final String MISSING_DOCUMENTS = "missingDocuments";
    /** What the previous review round asked the coach for (shown in the next round). */
    public static final String PREVIOUS_REQUEST = "previousRequest";
    /** When the current review round began (documents received later are new in the next round). */
    public static final String REVIEW_STARTED_AT = "reviewStartedAt";
    public static final String TRAINING_COMPLETED = "trainingCompleted";
    public static final String DOCUMENT_DEADLINE = "documentDeadline";
    public static final String DAYS_SUSPENDED = "daysSuspended";
    public static final String ELIGIBLE = "eligible";
    public static final String NEW_SUPERVISOR_REGISTRATION_NUMBER = "newSupervisorRegistrationNumber";
    /** Replacement task: {@code NEW_SUPERVISOR} or {@code NO_SUPERVISOR} (the case closes), and the case worker's note. */
    public static final String REPLACEMENT_OUTCOME = "replacementOutcome";
    public static final String REPLACEMENT_NOTE = "replacementNote";
    public static final String LATE_ASSESSMENT_OUTCOME = "lateAssessmentOutcome";
    public static final String EPA_MINIMUMS_MET = "epaMinimumsMet";
    public static final String EPA_SHORTFALL = "epaShortfall";
    public static final String DECISION = "decision";
    public static final String DECISION_REASON = "decisionReason";
    public static final String COMMISSION_DECISION = "commissionDecision";
    public static final String COMMISSION_REASON = "commissionReason";
    public static final String REGISTRATION_NUMBER = "registrationNumber";
    public static final String REFUSAL_REASON = "refusalReason";
    public static final String OBJECTION_TEXT = "objectionText";

    private RegistrationProcess() {
    }
}
