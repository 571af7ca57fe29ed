package nl.kabiz.smr.coach.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.kabiz.smr.coach.Coach;
import nl.kabiz.smr.coach.SupervisorDirectory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Looks up the named supervisor in the register for the {@code supervisorEligibility} decision, in every
 * procedure that needs a supervisor. Reads {@code supervisorRegistrationNumber}; writes
 * {@code supervisorRegistered}, {@code supervisorYearsExperience}, {@code supervisorUserId},
 * {@code supervisorName}, {@code supervisorEmail}.
 */
@Component("lookUpSupervisorDelegate")
public class LookUpSupervisorDelegate implements JavaDelegate {

    public static final String SUPERVISOR_REGISTRATION_NUMBER = "supervisorRegistrationNumber";
    public static final String SUPERVISOR_REGISTERED = "supervisorRegistered";
    public static final String SUPERVISOR_YEARS_EXPERIENCE = "supervisorYearsExperience";
    public static final String SUPERVISOR_USER_ID = "supervisorUserId";
    public static final String SUPERVISOR_NAME = "supervisorName";
    public static final String SUPERVISOR_EMAIL = "supervisorEmail";

    private final SupervisorDirectory supervisors;
    private final Clock clock;

    LookUpSupervisorDelegate(SupervisorDirectory supervisors, Clock clock) {
        this.supervisors = supervisors;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<Coach> supervisor = supervisors.find((String) execution.getVariable(SUPERVISOR_REGISTRATION_NUMBER));
        LocalDate today = LocalDate.now(clock);
        execution.setVariable(SUPERVISOR_REGISTERED, supervisor.isPresent());
        execution.setVariable(SUPERVISOR_YEARS_EXPERIENCE, supervisor.map(c -> c.yearsRegistered(today)).orElse(0));
        execution.setVariable(SUPERVISOR_USER_ID, Variables.stringValue(supervisor.map(Coach::userId).orElse(null)));
        execution.setVariable(SUPERVISOR_NAME, Variables.stringValue(supervisor.map(Coach::name).orElse(null)));
        execution.setVariable(SUPERVISOR_EMAIL, Variables.stringValue(supervisor.map(Coach::email).orElse(null)));
    }
}
