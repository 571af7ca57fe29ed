package nl.kabiz.smr.competency.process;

import java.util.Map;
import nl.kabiz.smr.competency.AssessmentService;
import nl.kabiz.smr.system.TaskFormCheck;
import org.springframework.stereotype.Component;

/** An inconsistent assessment is refused on the form, in Dutch, before the task completes. */
@Component
class AssessmentFormCheck implements TaskFormCheck {

    private final AssessmentService assessments;

    AssessmentFormCheck(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public String formId() {
        return AssessmentProcess.FORM_ID;
    }

    @Override
    public void check(Map<String, Object> values) {
        String module = (String) values.get(AssessmentProcess.PROFILE_MODULE);
        String version = (String) values.get(AssessmentProcess.PROFILE_VERSION);
        if (module == null || version == null) {
            return; // not prepared: the process itself refuses it
        }
        // an inconsistent assessment throws a RuleViolation on requirementJudgements
        assessments.check(module, version, AssessmentForm.read(values, assessments.profile(module, version).codes()));
    }
}
