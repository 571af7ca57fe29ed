package nl.kabiz.smr.registration.process;

import nl.kabiz.smr.casework.process.DecidedBy;
import nl.kabiz.smr.registration.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The coach has no other supervisor: the case closes as "niet in behandeling genomen", decided by the case worker
 * who recorded it, with their note.
 */
@Component("closeWithoutSupervisorDelegate")
public class CloseWithoutSupervisorDelegate implements JavaDelegate {

    private final RegistrationService registrations;

    CloseWithoutSupervisorDelegate(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        registrations.closeWithoutSupervisor(execution.getProcessBusinessKey(), DecidedBy.person(execution),
                (String) execution.getVariable(RegistrationProcess.REPLACEMENT_NOTE));
    }
}
