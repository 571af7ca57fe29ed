package nl.kabiz.smr.registration.process;

import nl.kabiz.smr.casework.process.DecidedBy;
import nl.kabiz.smr.registration.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The deadline for the missing documents passed: the case closes as "niet in behandeling genomen", decided by the
 * case worker whose review asked for them.
 */
@Component("closeNotConsideredDelegate")
public class CloseNotConsideredDelegate implements JavaDelegate {

    private final RegistrationService registrations;

    CloseNotConsideredDelegate(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registrations.closeNotConsidered(execution.getProcessBusinessKey(), DecidedBy.person(execution));
    }
}
