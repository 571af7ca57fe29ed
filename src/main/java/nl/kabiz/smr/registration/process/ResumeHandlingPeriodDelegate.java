package nl.kabiz.smr.registration.process;

import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.registration.HandlingPeriod;
import nl.kabiz.smr.registration.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The coach sent documents: the handling period runs again and the due date of the tasks moves with it. */
@Component("resumeHandlingPeriodDelegate")
public class ResumeHandlingPeriodDelegate implements JavaDelegate {

    private final RegistrationService registrations;

    ResumeHandlingPeriodDelegate(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandlingPeriod period = registrations.documentsReceived(execution.getProcessBusinessKey());
        execution.setVariable(RegistrationProcess.DECISION_DUE_DATE, RegisterTime.endOfOfficeDay(period.dueDate()));
        execution.setVariable(RegistrationProcess.DAYS_SUSPENDED, period.daysSuspended());
        execution.removeVariable(RegistrationProcess.DOCUMENT_REMINDER_AT);
        execution.removeVariable(RegistrationProcess.DOCUMENT_DEADLINE);
    }
}
