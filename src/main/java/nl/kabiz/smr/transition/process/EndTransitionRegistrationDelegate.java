package nl.kabiz.smr.transition.process;

import nl.kabiz.smr.casework.process.DecidedBy;
import nl.kabiz.smr.transition.TransitionCaseSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Ends the coach's registration after the case worker confirmed the deadline passed (recorded as that person's
 * decision) and gives the letter the day and the objection route.
 */
@Component("endTransitionRegistrationDelegate")
public class EndTransitionRegistrationDelegate implements JavaDelegate {

    private final TransitionCaseSteps cases;

    public EndTransitionRegistrationDelegate(TransitionCaseSteps cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TransitionCaseSteps.Ended ended = cases.endRegistration(execution.getProcessBusinessKey(),
                DecidedBy.person(execution), (String) execution.getVariable(TransitionProcess.END_REMARKS));
        execution.setVariable(TransitionProcess.REGISTRATION_ENDED_ON, ended.endedOn().toString());
        execution.setVariable(TransitionProcess.OBJECTION_TEXT, ended.objectionText());
        execution.setVariable(TransitionProcess.ENDED_WITH_REGISTRATION, ended.alsoEndedText());
    }
}
