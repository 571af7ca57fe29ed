package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import nl.kabiz.smr.transition.TransitionCaseSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records in the register that the coach qualified under the profile version used in the assessment. */
@Component("recordTransitionQualificationDelegate")
public class RecordTransitionQualificationDelegate implements JavaDelegate {

    private final TransitionCaseSteps cases;

    public RecordTransitionQualificationDelegate(TransitionCaseSteps cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate on = cases.recordQualification(execution.getProcessBusinessKey(),
                (String) execution.getVariable(TransitionProcess.PROFILE_VERSION));
        execution.setVariable(TransitionProcess.QUALIFIED_ON, on.toString());
    }
}
