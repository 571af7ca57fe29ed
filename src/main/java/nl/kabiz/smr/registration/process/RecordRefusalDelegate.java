package nl.kabiz.smr.registration.process;

import nl.kabiz.smr.competency.process.AssessmentVariables;
import nl.kabiz.smr.registration.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refused (by the decision table or the commission): closes the case with the reason, and puts the reason and the
 * objection route ({@code smr.objection.text}) on the case for the refusal email.
 */
@Component("recordRefusalDelegate")
public class RecordRefusalDelegate implements JavaDelegate {

    private final RegistrationService registrations;
    private final String objectionText;

    RecordRefusalDelegate(RegistrationService registrations, @Value("${smr.objection.text}") String objectionText) {
        this.registrations = registrations;
        this.objectionText = objectionText;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean byCommission = execution.getVariable(RegistrationProcess.COMMISSION_DECISION) != null;
        String reason = (String) execution.getVariable(byCommission ? RegistrationProcess.COMMISSION_REASON
                : RegistrationProcess.DECISION_REASON);
        registrations.refuse(execution.getProcessBusinessKey(), byCommission ? "commission" : "registrationEligibility",
                reason, (String) execution.getVariable(AssessmentVariables.PROFILE_VERSION));
        execution.setVariable(RegistrationProcess.REFUSAL_REASON, reason);
        execution.setVariable(RegistrationProcess.OBJECTION_TEXT, objectionText);
    }
}
