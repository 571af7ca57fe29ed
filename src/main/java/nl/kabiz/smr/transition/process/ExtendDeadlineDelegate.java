package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import java.util.Date;
import nl.kabiz.smr.system.RegisterTime;
import nl.kabiz.smr.transition.DeadlineRecord;
import nl.kabiz.smr.transition.TransitionSchedule;
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
        LocalDate extended = schedule.extendedDeadline(current, day(execution.getVariable(TransitionProcess.NEW_DEADLINE)));
        DeadlineVariables.set(execution, schedule, extended);
        deadlines.deadlineSet((String) execution.getVariable(TransitionProcess.REGISTRATION_NUMBER), extended);
    }

    /** Camunda Forms' date field gives {@code 2027-06-30}; a Java caller may give a Date. */
    static LocalDate day(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(RegisterTime.ZONE).toLocalDate();
        }
        String text = value.toString();
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }
}
