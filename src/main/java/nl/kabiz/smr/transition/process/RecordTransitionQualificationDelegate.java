package nl.kabiz.smr.transition.process;

import nl.kabiz.smr.transition.TransitionCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records in the register that the coach qualified under the profile version used in the assessment. */
@Component("recordTransitionQualificationDelegate")
public class RecordTransitionQualificationDelegate implements JavaDelegate {

    private final TransitionCaseService cases;

    public RecordTransitionQualificationDelegate(TransitionCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        java.time.LocalDate on = cases.recordQualification(execution.getProcessBusinessKey(),
                (String) execution.getVariable(TransitionProcess.REGISTRATION_NUMBER),
                (String) execution.getVariable("profileVersion"));
        execution.setVariable(TransitionProcess.QUALIFIED_ON, on.toString());
    }
}
