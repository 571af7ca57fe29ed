package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import nl.kabiz.smr.transition.DeadlineRecord;
import nl.kabiz.smr.transition.TransitionSchedule;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Applies the commission's new deadline ({@code newDeadline}, from the form) right after the decision, in the same
 * transaction: an impossible date fails the completion and Tasklist shows why. The reminders are planned again when
 * the period restarts. The register learns the new deadline in the same transaction.
 */
@Component("extendDeadlineDelegate")
public class ExtendDeadlineDelegate implements JavaDelegate {

    private final TransitionSchedule schedule;
    private final DeadlineRecord deadlines;

    public ExtendDeadlineDelegate(TransitionSchedule schedule, DeadlineRecord deadlines) {
        this.schedule = schedule;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate current = LocalDate.parse((String) execution.getVariable(TransitionProcess.DEADLINE_DATE));
        LocalDate extended;
        try {
            extended = schedule.extendedDeadline(current, execution.getVariable(TransitionProcess.NEW_DEADLINE));
        } catch (TransitionSchedule.InvalidDeadlineException e) {
            // the commission's input, not a fault: 400 for an API caller (Tasklist refuses it on the form first)
            throw new BadUserRequestException(e.getMessage());
        }
        DeadlineVariables.set(execution, schedule, extended);
        deadlines.deadlineSet((String) execution.getVariable(TransitionProcess.REGISTRATION_NUMBER), extended);
    }
}
