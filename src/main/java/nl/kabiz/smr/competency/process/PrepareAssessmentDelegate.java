package nl.kabiz.smr.competency.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kabiz.smr.competency.AssessmentService;
import nl.kabiz.smr.competency.CompetencyProfile;
import nl.kabiz.smr.system.TaskDueDates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Puts the profile in force on the case and sets the assessment form's fields afresh (each round starts empty):
 * one row per requirement with its full text, nothing judged yet. Every field gets a value of its own type, so
 * that the form's submission is accepted (an untyped {@code null} would be stored as type Null).
 */
@Component("prepareAssessmentDelegate")
public class PrepareAssessmentDelegate implements JavaDelegate {

    private final AssessmentService assessments;
    private final ObjectMapper objectMapper;
    private final TaskDueDates dueDates;

    PrepareAssessmentDelegate(AssessmentService assessments, ObjectMapper objectMapper, TaskDueDates dueDates) {
        this.assessments = assessments;
        this.objectMapper = objectMapper;
        this.dueDates = dueDates;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        Object module = execution.getVariable(AssessmentProcess.PROFILE_MODULE);
        CompetencyProfile profile = assessments.profileInForce(module == null ? "BASIS" : module.toString());
        execution.setVariable(AssessmentProcess.PROFILE_MODULE, profile.module());
        execution.setVariable(AssessmentProcess.PROFILE_VERSION, profile.version());
        execution.setVariable(AssessmentProcess.PROFILE_LABEL, profile.label() + " (" + profile.title() + ")");
        String rows = objectMapper.writeValueAsString(AssessmentForm.rows(profile));
        execution.setVariable(AssessmentProcess.REQUIREMENT_JUDGEMENTS, SpinValues.jsonValue(rows).create());
        execution.setVariable(AssessmentProcess.ALL_REQUIREMENTS_SUFFICIENT, false);
        execution.setVariable(AssessmentProcess.EPA_CONFIRMED, false);
        execution.setVariable(AssessmentProcess.SUPERVISOR_JUDGEMENT, Variables.stringValue(null));
        execution.setVariable(AssessmentProcess.ASSESSMENT_REMARKS, Variables.stringValue(null));
        execution.removeVariable(AssessmentProcess.SUFFICIENT_REQUIREMENTS);
        // the task's due date, set now so that the supervisor's email gives the same date as Tasklist
        execution.setVariable(AssessmentProcess.ASSESSMENT_DUE_DATE, dueDates.due(AssessmentProcess.TASK_TYPE));
    }
}
