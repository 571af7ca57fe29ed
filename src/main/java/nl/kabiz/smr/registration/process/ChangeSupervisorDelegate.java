package nl.kabiz.smr.registration.process;

import nl.kabiz.smr.registration.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The case worker named another supervisor: the number goes on the case (normalised there, once), and the procedure
 * checks them again.
 */
@Component("changeSupervisorDelegate")
public class ChangeSupervisorDelegate implements JavaDelegate {

    private final RegistrationService registrations;

    ChangeSupervisorDelegate(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = registrations.changeSupervisor(execution.getProcessBusinessKey(),
                (String) execution.getVariable(RegistrationProcess.NEW_SUPERVISOR_REGISTRATION_NUMBER));
        execution.setVariable(RegistrationProcess.SUPERVISOR_REGISTRATION_NUMBER, number);
    }
}
