package nl.kabiz.smr.registration.process;

import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.registration.RegistrationApplication;
import nl.kabiz.smr.registration.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The case waits for the coach: suspends the handling period; the reminder and the deadline the case gets are the
 * moments the timers wait for.
 */
@Component("suspendHandlingPeriodDelegate")
public class SuspendHandlingPeriodDelegate implements JavaDelegate {

    private final RegistrationService registrations;

    SuspendHandlingPeriodDelegate(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RegistrationApplication.Deadlines deadlines = registrations.waitForDocuments(
                execution.getProcessBusinessKey(), (String) execution.getVariable(RegistrationProcess.MISSING_DOCUMENTS));
        execution.setVariable(RegistrationProcess.DOCUMENT_REMINDER_AT,
                RegisterTime.toDate(deadlines.documentReminder()));
        execution.setVariable(RegistrationProcess.DOCUMENT_DEADLINE, RegisterTime.toDate(deadlines.documentDeadline()));
    }
}
