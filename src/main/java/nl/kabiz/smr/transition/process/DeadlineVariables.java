package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import nl.kabiz.smr.transition.TransitionSchedule;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The three forms of the deadline a case keeps: for display, as ISO day, and as the timer's moment. */
final class DeadlineVariables {

    private DeadlineVariables() {
    }

    static void set(VariableScope scope, TransitionSchedule schedule, LocalDate deadline) {
        scope.setVariable(TransitionProcess.DEADLINE, schedule.startOfDay(deadline));
        scope.setVariable(TransitionProcess.DEADLINE_DATE, deadline.toString());
        scope.setVariable(TransitionProcess.DEADLINE_EXPIRES_AT, schedule.expiresAt(deadline));
    }
}
