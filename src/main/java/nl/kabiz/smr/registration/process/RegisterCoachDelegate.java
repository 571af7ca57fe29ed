package nl.kabiz.smr.registration.process;

import nl.kabiz.smr.casework.process.DecidedBy;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.competency.process.AssessmentProcess;
import nl.kabiz.smr.registration.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Approved (by the decision table, or by the commission member who decided): enters the coach in the register. */
@Component("registerCoachDelegate")
public class RegisterCoachDelegate implements JavaDelegate {

    private final RegistrationService registrations;

    RegisterCoachDelegate(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean byCommission = execution.getVariable(RegistrationProcess.COMMISSION_DECISION) != null;
        Coach coach = registrations.register(execution.getProcessBusinessKey(),
                (String) execution.getVariable(AssessmentProcess.PROFILE_VERSION),
                byCommission ? DecidedBy.person(execution) : RegistrationService.DECIDED_BY_RULES,
                (String) execution.getVariable(byCommission ? RegistrationProcess.COMMISSION_REASON
                        : RegistrationProcess.DECISION_REASON));
        execution.setVariable(RegistrationProcess.REGISTRATION_NUMBER, coach.registrationNumber());
    }
}
