package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import nl.kabiz.smr.casework.process.DecidedBy;
import nl.kabiz.smr.transition.TransitionCaseSteps;
import nl.kabiz.smr.transition.TransitionSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies the commission's new deadline ({@code newDeadline}, from the form) right after the decision, in the same
 * transaction: an impossible date is a {@code RuleViolation} that fails the completion (Tasklist refuses it on the
 * form first, {@link ExtensionFormCheck}). The case, the register and the decision (with who took it) learn the new
 * deadline together; the reminders are planned again when the period restarts.
 */
@Component("extendDeadlineDelegate")
public class ExtendDeadlineDelegate implements JavaDelegate {

    private final TransitionCaseSteps cases;
    private final TransitionSchedule schedule;

    public ExtendDeadlineDelegate(TransitionCaseSteps cases, TransitionSchedule schedule) {
        this.cases = cases;
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate extended = cases.grantExtension(execution.getProcessBusinessKey(),
                execution.getVariable(TransitionProcess.NEW_DEADLINE), DecidedBy.person(execution),
                (String) execution.getVariable(TransitionProcess.EXTENSION_DECISION_REASON));
        DeadlineVariables.set(execution, schedule, extended);
    }
}
