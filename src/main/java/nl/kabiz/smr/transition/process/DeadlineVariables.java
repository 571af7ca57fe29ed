package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import nl.kabiz.smr.casework.RegisterTime;
import nl.kabiz.smr.transition.TransitionSchedule;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What the model needs of the case's deadline (the case table keeps the deadline itself): the day as a date for
 * the mails, the timer's moment, and the long Dutch dates that forms show (the deadline, and the latest deadline an
 * extension may give).
 */
final class DeadlineVariables {

    private DeadlineVariables() {
    }

    static void set(VariableScope scope, TransitionSchedule schedule, LocalDate deadline) {
        scope.setVariable(TransitionProcess.DEADLINE, schedule.startOfDay(deadline));
        scope.setVariable(TransitionProcess.DEADLINE_EXPIRES_AT, schedule.expiresAt(deadline));
        // what people read in forms: long Dutch dates
        scope.setVariable(TransitionProcess.DEADLINE_LABEL, RegisterTime.longDate(deadline));
        scope.setVariable(TransitionProcess.LATEST_EXTENSION_LABEL, RegisterTime.longDate(schedule.latestExtension(deadline)));
    }
}
