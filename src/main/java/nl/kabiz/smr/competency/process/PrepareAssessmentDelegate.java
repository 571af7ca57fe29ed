package nl.kabiz.smr.competency.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.kabiz.smr.competency.AssessmentService;
import nl.kabiz.smr.competency.CompetencyProfile;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** Puts the profile in force and its checklist on the case, before the supervisor assessment. */
@Component("prepareAssessmentDelegate")
public class PrepareAssessmentDelegate implements JavaDelegate {

    private final AssessmentService assessments;
    private final ObjectMapper objectMapper;

    PrepareAssessmentDelegate(AssessmentService assessments, ObjectMapper objectMapper) {
        this.assessments = assessments;
        this.objectMapper = objectMapper;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        Object module = execution.getVariable(AssessmentVariables.PROFILE_MODULE);
        CompetencyProfile profile = assessments.profileInForce(module == null ? "BASIS" : module.toString());
        execution.setVariable(AssessmentVariables.PROFILE_MODULE, profile.module());
        execution.setVariable(AssessmentVariables.PROFILE_VERSION, profile.version());
        execution.setVariable(AssessmentVariables.PROFILE_LABEL, profile.label() + " (" + profile.title() + ")");
        String options = objectMapper.writeValueAsString(
                assessments.checklistOptions(profile.module(), profile.version()));
        execution.setVariable(AssessmentVariables.CHECKLIST_OPTIONS, SpinValues.jsonValue(options).create());
        String roles = objectMapper.writeValueAsString(assessments.roles(profile.module(), profile.version()));
        execution.setVariable(AssessmentVariables.PROFILE_ROLES, SpinValues.jsonValue(roles).create());
    }
}
