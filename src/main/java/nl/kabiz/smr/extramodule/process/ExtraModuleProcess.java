package nl.kabiz.smr.extramodule.process;

/** Process key, element ids, decision keys and variable names of {@code processes/extraModuleApplication.bpmn}. */
public final class ExtraModuleProcess {

    public static final String KEY = "extraModuleApplication";

    // decision tables
    public static final String DECISION_ELIGIBILITY = "extraModuleEligibility";
    public static final String DECISION_SUPERVISOR = "extraModuleSupervisor";
    public static final String DECISION_OUTCOME = "extraModuleOutcome";

    // user tasks
    public static final String TASK_DECIDE_ADMISSION = "userTask_decideAdmission";
    public static final String TASK_REVIEW_DOCUMENTS = "userTask_reviewDocuments";
    public static final String TASK_APPROVE_SUPERVISOR = "userTask_approveSupervisor";
    public static final String TASK_REPLACE_SUPERVISOR = "userTask_replaceSupervisor";
    public static final String TASK_ASSESS_COMPETENCIES = "userTask_assessCompetencies";
    public static final String TASK_HANDLE_LATE_ASSESSMENT = "userTask_handleLateAssessment";
    public static final String TASK_DECIDE_BY_COMMISSION = "userTask_decideByCommission";

    // mail steps and end events
    public static final String SEND_CONFIRMATION = "serviceTask_sendConfirmation";
    public static final String SEND_ASSESSMENT_REQUEST = "serviceTask_sendAssessmentRequest";
    public static final String SEND_SUPERVISOR_REMINDER = "serviceTask_sendSupervisorReminder";
    public static final String SEND_APPROVAL = "serviceTask_sendApproval";
    public static final String SEND_REFUSAL = "serviceTask_sendRefusal";
    public static final String END_APPROVED = "endEvent_approved";
    public static final String END_REFUSED = "endEvent_refused";
    public static final String END_SUPERVISOR_REMINDED = "endEvent_supervisorReminded";

    // set at the start (ExtraModuleProcessAdapter)
    public static final String CASE_REFERENCE = "caseReference";
    public static final String REGISTRATION_NUMBER = "registrationNumber";
    public static final String COACH_NAME = "coachName";
    public static final String COACH_EMAIL = "coachEmail";
    public static final String MODULE = "module";
    public static final String MODULE_LABEL = "moduleLabel";
    public static final String SUPERVISOR_REGISTRATION_NUMBER = "supervisorRegistrationNumber";
    public static final String EPA_SUMMARY = "epaSummary";
    public static final String RECEIVED_DATE = "receivedDate";
    public static final String ASSESSMENT_ROUND = "assessmentRound";

    // eligibility (DMN extraModuleEligibility): in and out
    public static final String BASIS_ACTIVE = "basisActive";
    public static final String IN_TRANSITION = "inTransition";
    public static final String MODULE_PROFILE_PUBLISHED = "moduleProfilePublished";
    public static final String MODULE_TRAINING_COMPLETED = "moduleTrainingCompleted";
    public static final String EDUCATION_LEVEL = "educationLevel";
    public static final String ELIGIBILITY_DECISION = "eligibilityDecision";
    public static final String ELIGIBILITY_REASON = "eligibilityReason";

    /** Input parameter of every record step: which decision it records. */
    public static final String DECISION_POINT = "decisionPoint";

    // document review
    public static final String DOCUMENTS = "documents";
    public static final String DOCUMENT_COUNT = "documentCount";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String REVIEW_REASON = "reviewReason";
    public static final String COMPLETE = "COMPLETE";

    // supervisor
    public static final String SUPERVISOR_HOLDS_MODULE = "supervisorHoldsModule";
    public static final String SUPERVISOR_APPROVED_BY_COMMISSION = "supervisorApprovedByCommission";
    public static final String SUPERVISOR_DECISION = "supervisorDecision";
    public static final String SUPERVISOR_REASON = "supervisorReason";
    public static final String REPLACEMENT_OUTCOME = "replacementOutcome";
    public static final String NEW_SUPERVISOR_REGISTRATION_NUMBER = "newSupervisorRegistrationNumber";
    public static final String REPLACEMENT_NOTE = "replacementNote";

    // assessment (the shared delegates' variables are in competency.process.AssessmentProcess)
    public static final String ASSESSMENT_REMINDER_DATE = "assessmentReminderDate";
    public static final String ASSESSMENT_ESCALATION_DATE = "assessmentEscalationDate";
    public static final String OUTCOME_DECISION = "outcomeDecision";
    public static final String OUTCOME_REASON = "outcomeReason";

    // commission (one form for its three tasks)
    public static final String COMMISSION_QUESTION = "commissionQuestion";
    public static final String COMMISSION_DECISION = "commissionDecision";
    public static final String COMMISSION_REASON = "commissionReason";
    public static final String APPROVE = "APPROVE";

    // outcome
    public static final String REFUSAL_REASON = "refusalReason";
    public static final String OBJECTION_TEXT = "objectionText";
    public static final String REFUSED_ON = "refusedOn";
    public static final String GRANTED_ON = "grantedOn";
    public static final String ROOKVRIJE_OUDERS = "rookvrijeOuders";

    private ExtraModuleProcess() {
    }
}
