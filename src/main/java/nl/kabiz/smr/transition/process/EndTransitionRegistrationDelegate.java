package nl.kabiz.smr.transition.process;

import nl.kabiz.smr.transition.TransitionCaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends the coach's registration after the confirmed deadline; sets the objection route for the email. */
@Component("endTransitionRegistrationDelegate")
public class EndTransitionRegistrationDelegate implements JavaDelegate {

    private final TransitionCaseService cases;

    public EndTransitionRegistrationDelegate(TransitionCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        TransitionCaseService.Ended ended = cases.endRegistration(execution.getProcessBusinessKey(),
                (String) execution.getVariable(TransitionProcess.REGISTRATION_NUMBER));
        execution.setVariable(TransitionProcess.REGISTRATION_ENDED_ON, ended.endedOn().toString());
        execution.setVariable(TransitionProcess.OBJECTION_TEXT, ended.objectionText());
    }
}
