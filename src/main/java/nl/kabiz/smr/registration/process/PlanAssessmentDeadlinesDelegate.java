package nl.kabiz.smr.registration.process;

import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.registration.RegistrationApplication;
import nl.kabiz.smr.registration.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A round of the supervisor's assessment starts: the case gets the moments the supervisor is reminded and the
 * assessment escalates, which the assessment task's timers wait for.
 */
@Component("planAssessmentDeadlinesDelegate")
public class PlanAssessmentDeadlinesDelegate implements JavaDelegate {

    private final RegistrationService registrations;

    PlanAssessmentDeadlinesDelegate(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        RegistrationApplication.Deadlines deadlines = registrations.startAssessment(execution.getProcessBusinessKey());
        execution.setVariable(RegistrationProcess.SUPERVISOR_REMINDER_AT,
                RegisterTime.toDate(deadlines.supervisorReminder()));
        execution.setVariable(RegistrationProcess.ASSESSMENT_ESCALATION_AT,
                RegisterTime.toDate(deadlines.assessmentEscalation()));
    }
}
