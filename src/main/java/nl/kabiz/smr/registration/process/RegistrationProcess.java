package nl.kabiz.smr.registration.process;

/** Process key, element ids, message and variable names of {@code processes/coachRegistration.bpmn}. */
public final class RegistrationProcess {

    public static final String KEY = "coachRegistration";

    // messages
    public static final String MESSAGE_DOCUMENTS_UPLOADED = "documentsUploaded";

    // steps where a case waits for the coach's documents
    public static final String TASK_REVIEW_DOCUMENTS = "userTask_reviewDocuments";
    public static final String RECEIVE_AWAIT_DOCUMENTS = "receiveTask_awaitDocuments";

    /**
     * Extension property ({@code camunda:property}) of every step the case waits in: the case's open status there,
     * a {@code RegistrationStatus} name, set by {@link RegistrationStatusListener}.
     */
    public static final String STATUS_PROPERTY = "registrationStatus";

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
    public static final String EPA_COACHING_HOURS = "epaCoachingHours";
    public static final String EPA_CLIENTS = "epaClients";
    public static final String EPA_CLIENTS_LIMITED_HEALTH_LITERACY = "epaClientsLimitedHealthLiteracy";
    public static final String EPA_INTAKES = "epaIntakes";
    public static final String EPA_INTEGRAL_TRAJECTORIES = "epaIntegralTrajectories";
    public static final String EPA_PHARMACOTHERAPY_TRAJECTORIES = "epaPharmacotherapyTrajectories";
    public static final String EPA_REFERRALS = "epaReferrals";
    public static final String EPA_SUMMARY = "epaSummary";
    public static final String DECISION_DUE_DATE = "decisionDueDate";
    public static final String REVIEW_ROUND = "reviewRound";
    public static final String ASSESSMENT_ROUND = "assessmentRound";
    public static final String DOCUMENTS = "documents";
    public static final String DOCUMENT_COUNT = "documentCount";

    // decisions, forms and deadlines
    public static final String ROUTE = "route";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    public static final String MISSING_DOCUMENTS = "missingDocuments";
    /** What the previous review round asked the coach for (shown in the next round). */
    public static final String PREVIOUS_REQUEST = "previousRequest";
    /** When the current review round began (documents received later are new in the next round). */
    public static final String REVIEW_STARTED_AT = "reviewStartedAt";
    public static final String TRAINING_COMPLETED = "trainingCompleted";
    /** Timer {@code timer_documentReminder}: the case's moment to remind the coach of the missing documents. */
    public static final String DOCUMENT_REMINDER_AT = "documentReminderAt";
    /** Timer {@code timer_documentDeadline} and the mails: the case's deadline for the missing documents. */
    public static final String DOCUMENT_DEADLINE = "documentDeadline";
    /** Timer {@code timer_supervisorReminder}: the case's moment to remind the supervisor of the assessment. */
    public static final String SUPERVISOR_REMINDER_AT = "supervisorReminderAt";
    /** Timer {@code timer_assessmentEscalation}: the case's moment the assessment goes to a case worker. */
    public static final String ASSESSMENT_ESCALATION_AT = "assessmentEscalationAt";
    public static final String DAYS_SUSPENDED = "daysSuspended";
    public static final String NEW_SUPERVISOR_REGISTRATION_NUMBER = "newSupervisorRegistrationNumber";
    /** Replacement task: {@code NEW_SUPERVISOR} or {@code NO_SUPERVISOR} (the case closes), and the case worker's note. */
    public static final String REPLACEMENT_OUTCOME = "replacementOutcome";
    public static final String REPLACEMENT_NOTE = "replacementNote";
    public static final String DECISION_REASON = "decisionReason";
    public static final String COMMISSION_DECISION = "commissionDecision";
    public static final String COMMISSION_REASON = "commissionReason";
    public static final String REGISTRATION_NUMBER = "registrationNumber";
    public static final String REFUSAL_REASON = "refusalReason";
    public static final String OBJECTION_TEXT = "objectionText";

    private RegistrationProcess() {
    }
}
