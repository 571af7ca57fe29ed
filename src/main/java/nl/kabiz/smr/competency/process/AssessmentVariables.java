package nl.kabiz.smr.competency.process;

/**
 * The process variables of the shared supervisor assessment ({@code forms/assess-competencies.form}), the same in
 * every process that assesses competencies.
 */
public final class AssessmentVariables {

    /** In: module to assess (default BASIS). */
    public static final String PROFILE_MODULE = "profileModule";
    /** Out of prepare: the profile version in force, kept by the case. */
    public static final String PROFILE_VERSION = "profileVersion";
    public static final String PROFILE_LABEL = "profileLabel";
    /** Out of prepare: JSON list of {label, value} for the form's checklist. */
    public static final String CHECKLIST_OPTIONS = "checklistOptions";
    /** Out of prepare: JSON list of roles with their requirements (code, title, text), shown in full by the form. */
    public static final String PROFILE_ROLES = "profileRoles";
    /** In: the Camunda user id of the supervisor (assignee of the task). */
    public static final String SUPERVISOR_USER_ID = "supervisorUserId";

    /** Form fields. */
    public static final String SUFFICIENT_REQUIREMENTS = "sufficientRequirements";
    public static final String EPA_CONFIRMED = "epaConfirmed";
    public static final String SUPERVISOR_JUDGEMENT = "supervisorJudgement";
    public static final String ASSESSMENT_REMARKS = "assessmentRemarks";

    /** Out of record. */
    public static final String ASSESSMENT_ID = "assessmentId";
    public static final String ALL_REQUIREMENTS_SUFFICIENT = "allRequirementsSufficient";

    public static final String FORM_ID = "form_assessCompetencies";

    private AssessmentVariables() {
    }
}
