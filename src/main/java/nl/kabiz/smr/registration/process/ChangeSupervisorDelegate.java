package nl.kabiz.smr.registration.process;

import nl.kabiz.smr.registration.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The case worker named another supervisor: it goes on the case, and the procedure checks them again. */
@Component("changeSupervisorDelegate")
public class ChangeSupervisorDelegate implements JavaDelegate {

    private final RegistrationService registrations;

    ChangeSupervisorDelegate(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String number = ((String) execution.getVariable(RegistrationProcess.NEW_SUPERVISOR_REGISTRATION_NUMBER))
                .trim().toUpperCase(java.util.Locale.ROOT);
        registrations.changeSupervisor(execution.getProcessBusinessKey(), number);
        execution.setVariable(RegistrationProcess.SUPERVISOR_REGISTRATION_NUMBER, number);
    }
}
