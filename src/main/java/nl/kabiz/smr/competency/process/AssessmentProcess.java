package nl.kabiz.smr.competency.process;

/**
 * The constants of the shared supervisor assessment step (task {@code userTask_assessCompetencies}, form
 * {@code forms/assess-competencies.form}): the same task id and variables in every process that assesses
 * competencies.
 */
public final class AssessmentProcess {

    /** In: module to assess (default BASIS). */
    public static final String PROFILE_MODULE = "profileModule";
    /** Out of prepare: the profile version in force, kept by the case. */
    public static final String PROFILE_VERSION = "profileVersion";
    public static final String PROFILE_LABEL = "profileLabel";
    /**
     * Out of prepare, in from the form: JSON list, one row per requirement (code, roleNumber, roleTitle, title,
     * full text) with the supervisor's {@code judgement} (SUFFICIENT / INSUFFICIENT) and optional {@code remark}.
     */
    public static final String REQUIREMENT_JUDGEMENTS = "requirementJudgements";
    /** In: the Camunda user id of the supervisor (assignee of the task). */
    public static final String SUPERVISOR_USER_ID = "supervisorUserId";

    /** Form fields. "All requirements sufficient" in one step (also set by record: whether all were). */
    public static final String ALL_REQUIREMENTS_SUFFICIENT = "allRequirementsSufficient";
    /** API callers may send the sufficient codes as a list instead of {@link #REQUIREMENT_JUDGEMENTS}. */
    public static final String SUFFICIENT_REQUIREMENTS = "sufficientRequirements";
    public static final String EPA_CONFIRMED = "epaConfirmed";
    public static final String SUPERVISOR_JUDGEMENT = "supervisorJudgement";
    public static final String ASSESSMENT_REMARKS = "assessmentRemarks";

    /** Out of record. */
    public static final String ASSESSMENT_ID = "assessmentId";
    /** Out of record: one Dutch line for the commission (overall judgement, EPA confirmation, shortfalls). */
    public static final String ASSESSMENT_OVERVIEW = "assessmentOverview";
    /** Out of record: JSON list, per requirement: code, title, judgementLabel (voldoende/onvoldoende), remark. */
    public static final String ASSESSMENT_ROWS = "assessmentRows";
    /** Out of record: "positief" / "negatief". */
    public static final String SUPERVISOR_JUDGEMENT_LABEL = "supervisorJudgementLabel";

    /** Out of prepare: the assessment task's due date (the model's {@code camunda:dueDate}, and in the email). */
    public static final String ASSESSMENT_DUE_DATE = "assessmentDueDate";

    public static final String FORM_ID = "form_assessCompetencies";
    /** The assessment task's id in every process ({@code smr.tasks.due.assessCompetencies}). */
    public static final String TASK_TYPE = "userTask_assessCompetencies";

    private AssessmentProcess() {
    }
}
