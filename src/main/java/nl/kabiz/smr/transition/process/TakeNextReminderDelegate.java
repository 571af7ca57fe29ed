package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import nl.kabiz.smr.transition.TransitionCaseSteps;
import nl.kabiz.smr.transition.TransitionSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After a reminder went out: the case drops it and gives the timer the next planned one ({@code nextReminderAt},
 * {@code nextReminderDate}, as {@link PlanRemindersDelegate} does when a period starts). Reads the case's planned
 * days only, not the decision table's list again: the reminder job is the one that runs by the thousand on a
 * reminder day (issue 12).
 */
@Component("takeNextReminderDelegate")
public class TakeNextReminderDelegate implements JavaDelegate {

    private final TransitionCaseSteps cases;
    private final TransitionSchedule schedule;

    public TakeNextReminderDelegate(TransitionCaseSteps cases, TransitionSchedule schedule) {
        this.cases = cases;
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate sent = LocalDate.parse((String) execution.getVariable(TransitionProcess.NEXT_REMINDER_DATE));
        PlanRemindersDelegate.giveTimer(execution, schedule,
                cases.nextReminder(execution.getProcessBusinessKey(), sent));
    }
}
