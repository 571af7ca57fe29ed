package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.kabiz.smr.transition.TransitionCaseSteps;
import nl.kabiz.smr.transition.TransitionSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * When a period starts: plans the reminders still to come (the case keeps them) from DMN {@code reminderSchedule}'s
 * months ({@code reminderMonthsBefore}, a JSON list) and gives the timer the first one ({@link TakeNextReminderDelegate}
 * gives it each next one): {@code nextReminderAt} (its
 * absolute moment, empty when none is left) and {@code nextReminderDate} (its day, which makes its mail's key
 * unique).
 */
@Component("planRemindersDelegate")
public class PlanRemindersDelegate implements JavaDelegate {

    private final TransitionCaseSteps cases;
    private final TransitionSchedule schedule;

    public PlanRemindersDelegate(TransitionCaseSteps cases, TransitionSchedule schedule) {
        this.cases = cases;
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        giveTimer(execution, schedule, cases.planReminders(execution.getProcessBusinessKey(),
                months(execution.getVariable(TransitionProcess.REMINDER_MONTHS_BEFORE))));
    }

    /** The next reminder for the timer: its moment, and its day (typed empty values when none is left). */
    static void giveTimer(DelegateExecution execution, TransitionSchedule schedule, Optional<LocalDate> next) {
        execution.setVariable(TransitionProcess.NEXT_REMINDER_AT,
                Variables.dateValue(next.map(schedule::reminderMoment).orElse(null)));
        execution.setVariable(TransitionProcess.NEXT_REMINDER_DATE,
                Variables.stringValue(next.map(LocalDate::toString).orElse(null)));
    }

    /**
     * The DMN's collected months: a JSON list, or (cases whose period started before the list was JSON) its
     * text {@code [12, 6, 3, 1]}, which is JSON too.
     */
    static List<Integer> months(Object collected) {
        SpinJsonNode list = collected instanceof SpinJsonNode json ? json
                : collected instanceof Collection<?> values ? Spin.JSON(new ArrayList<>(values))
                : Spin.JSON(String.valueOf(collected));
        return list.elements().stream().map(month -> month.numberValue().intValue()).toList();
    }
}
