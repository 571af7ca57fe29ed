package nl.kabiz.smr.registration.process;

import java.util.Map;
import nl.kabiz.smr.registration.RegistrationService;
import nl.kabiz.smr.registration.RegistrationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Start listener of the user tasks: the case's status follows the step it waits in. */
@Component("registrationStatusListener")
public class RegistrationStatusListener implements ExecutionListener {

    static final Map<String, RegistrationStatus> STATUS_BY_ACTIVITY = Map.of(
            RegistrationProcess.TASK_REVIEW_DOCUMENTS, RegistrationStatus.IN_REVIEW,
            RegistrationProcess.TASK_REPLACE_SUPERVISOR, RegistrationStatus.SUPERVISOR_REPLACEMENT,
            RegistrationProcess.TASK_ASSESS_COMPETENCIES, RegistrationStatus.ASSESSMENT,
            RegistrationProcess.TASK_HANDLE_LATE_ASSESSMENT, RegistrationStatus.ASSESSMENT_OVERDUE,
            RegistrationProcess.TASK_DECIDE_BY_COMMISSION, RegistrationStatus.COMMISSION);

    private final RegistrationService registrations;

    RegistrationStatusListener(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Override
    public void notify(DelegateExecution execution) {
        RegistrationStatus status = STATUS_BY_ACTIVITY.get(execution.getCurrentActivityId());
        if (status == null) {
            throw new IllegalStateException("No registration status for " + execution.getCurrentActivityId());
        }
        registrations.changeStatus(execution.getProcessBusinessKey(), status);
    }
}
