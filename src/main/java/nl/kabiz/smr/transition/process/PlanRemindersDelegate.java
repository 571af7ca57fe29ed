package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.kabiz.smr.transition.TransitionSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Plans the next reminder from the deadline and DMN {@code reminderSchedule} ({@code reminderMonthsBefore}):
 * {@code nextReminderAt} (the timer's absolute date, null when none is left), {@code nextReminderDate} (the
 * reminder's day, which makes its message key unique) and {@code pendingReminderDates}.
 */
@Component("planRemindersDelegate")
public class PlanRemindersDelegate implements JavaDelegate {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final TransitionSchedule schedule;

    public PlanRemindersDelegate(TransitionSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate deadline = LocalDate.parse((String) execution.getVariable(TransitionProcess.DEADLINE_DATE));
        List<LocalDate> pending = schedule.pendingReminders(deadline,
                months(String.valueOf(execution.getVariable(TransitionProcess.REMINDER_MONTHS_BEFORE))));
        LocalDate next = pending.isEmpty() ? null : pending.get(0);
        execution.setVariable(TransitionProcess.NEXT_REMINDER_AT, next == null ? null : schedule.reminderMoment(next));
        execution.setVariable(TransitionProcess.NEXT_REMINDER_DATE, next == null ? null : next.toString());
        execution.setVariable(TransitionProcess.PENDING_REMINDER_DATES,
                pending.stream().map(LocalDate::toString).collect(Collectors.joining(",")));
    }

    /** The DMN's collected months, as the BPMN output mapping wrote them ({@code [12, 6, 3, 1]}). */
    static List<Integer> months(String collected) {
        Matcher m = NUMBER.matcher(collected);
        List<Integer> months = new java.util.ArrayList<>();
        while (m.find()) {
            months.add(Integer.parseInt(m.group()));
        }
        return months;
    }
}
