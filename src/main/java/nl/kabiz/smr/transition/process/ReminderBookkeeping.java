package nl.kabiz.smr.transition.process;

import java.util.Set;
import nl.kabiz.smr.casework.process.StepsWithoutHistory;
import nl.kabiz.smr.casework.process.VariablesWithoutHistory;
import org.springframework.stereotype.Component;

/**
 * The reminder loop's bookkeeping keeps no history (issue 12): when the next reminder is due ({@code nextReminderAt},
 * {@code nextReminderDate}), the loop's two gateways and the step that takes the next planned day, and the reminder
 * timer's job log of creation and success. The case table holds the planned and the sent reminders, {@code sent_mail}
 * every reminder sent; the history keeps the timer's wait and the mail step of each reminder, and a failed job's log.
 */
@Component
class ReminderBookkeeping implements VariablesWithoutHistory, StepsWithoutHistory {

    @Override
    public Set<String> names() {
        return Set.of(TransitionProcess.NEXT_REMINDER_AT, TransitionProcess.NEXT_REMINDER_DATE);
    }

    @Override
    public String processDefinitionKey() {
        return TransitionProcess.PROCESS_KEY;
    }

    @Override
    public Set<String> steps() {
        return Set.of(TransitionProcess.GATEWAY_JOIN_REMINDERS, TransitionProcess.GATEWAY_REMINDER_PENDING,
                TransitionProcess.TASK_TAKE_NEXT_REMINDER);
    }

    @Override
    public Set<String> timersWithoutJobLog() {
        return Set.of(TransitionProcess.TIMER_REMINDER_DUE);
    }
}
