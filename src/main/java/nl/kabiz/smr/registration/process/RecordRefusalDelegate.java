package nl.kabiz.smr.registration.process;

import nl.kabiz.smr.casework.Decision;
import nl.kabiz.smr.casework.process.DecidedBy;
import nl.kabiz.smr.competency.process.AssessmentProcess;
import nl.kabiz.smr.registration.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Refused (by the decision table, or by the commission member who decided): closes the case with the reason, and
 * puts the reason and the objection route the decision was recorded with on the case for the refusal email.
 */
@Component("recordRefusalDelegate")
public class RecordRefusalDelegate implements JavaDelegate {

    private final RegistrationService registrations;

    RecordRefusalDelegate(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean byCommission = execution.getVariable(RegistrationProcess.COMMISSION_DECISION) != null;
        Decision decision = registrations.refuse(execution.getProcessBusinessKey(),
                byCommission ? DecidedBy.person(execution) : RegistrationService.DECIDED_BY_RULES,
                (String) execution.getVariable(byCommission ? RegistrationProcess.COMMISSION_REASON
                        : RegistrationProcess.DECISION_REASON),
                (String) execution.getVariable(AssessmentProcess.PROFILE_VERSION));
        execution.setVariable(RegistrationProcess.REFUSAL_REASON, decision.reason());
        execution.setVariable(RegistrationProcess.OBJECTION_TEXT, decision.objectionText());
    }
}
