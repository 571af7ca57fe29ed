package nl.kabiz.smr.transition.process;

import nl.kabiz.smr.casework.Decision;
import nl.kabiz.smr.casework.process.DecidedBy;
import nl.kabiz.smr.transition.TransitionCaseSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the commission's refusal of an extension (who, why) and gives the letter its objection route. */
@Component("refuseExtensionDelegate")
public class RefuseExtensionDelegate implements JavaDelegate {

    private final TransitionCaseSteps cases;

    public RefuseExtensionDelegate(TransitionCaseSteps cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Decision refusal = cases.refuseExtension(execution.getProcessBusinessKey(), DecidedBy.person(execution),
                (String) execution.getVariable(TransitionProcess.EXTENSION_DECISION_REASON));
        execution.setVariable(TransitionProcess.OBJECTION_TEXT, refusal.objectionText());
    }
}
