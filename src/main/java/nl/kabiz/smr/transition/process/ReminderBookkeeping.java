package nl.kabiz.smr.transition.process;

import java.util.Set;
import nl.kabiz.smr.casework.process.VariablesWithoutHistory;
import org.springframework.stereotype.Component;

/**
 * When the next reminder is due ({@code nextReminderAt}, {@code nextReminderDate}) keeps no history: the case table
 * holds the planned and the sent reminders (issue 12).
 */
@Component
class ReminderBookkeeping implements VariablesWithoutHistory {

    @Override
    public Set<String> names() {
        return Set.of(TransitionProcess.NEXT_REMINDER_AT, TransitionProcess.NEXT_REMINDER_DATE);
    }
}
