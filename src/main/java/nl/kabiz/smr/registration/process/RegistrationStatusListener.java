package nl.kabiz.smr.registration.process;

import java.util.Optional;
import nl.kabiz.smr.casework.process.StepProperties;
import nl.kabiz.smr.registration.RegistrationService;
import nl.kabiz.smr.registration.RegistrationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.stereotype.Component;

/**
 * Start listener of every step a case waits in, and of a step that starts a wait in the transaction that decided it
 * (the handling period suspended for missing documents: the case waits for the coach from the review's completion on,
 * not only once the request mail's job has run): the case's status follows the step, as the model names it in the
 * step's {@value RegistrationProcess#STATUS_PROPERTY} property. The only place an open case changes status.
 * (A property rather than field injection: this bean is shared by every case at once.)
 */
@Component("registrationStatusListener")
public class RegistrationStatusListener implements ExecutionListener {

    private final RegistrationService registrations;

    RegistrationStatusListener(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String status = status(execution.getBpmnModelElementInstance()).orElseThrow(() -> new IllegalStateException(
                execution.getCurrentActivityId() + " names no " + RegistrationProcess.STATUS_PROPERTY));
        registrations.changeStatus(execution.getProcessBusinessKey(), RegistrationStatus.valueOf(status));
    }

    /** The status a step of the model names, if any. */
    static Optional<String> status(BaseElement step) {
        return Optional.ofNullable(StepProperties.of(step).get(RegistrationProcess.STATUS_PROPERTY));
    }
}
