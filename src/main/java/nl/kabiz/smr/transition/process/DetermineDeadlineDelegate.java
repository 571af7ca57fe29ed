package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import nl.kabiz.smr.transition.TransitionSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fixes the case's deadline from {@code transitionYears}: configured start plus years, at least the grace period. */
@Component("determineDeadlineDelegate")
public class DetermineDeadlineDelegate implements JavaDelegate {

    private final TransitionSchedule schedule;

    public DetermineDeadlineDelegate(TransitionSchedule schedule) {
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int years = ((Number) execution.getVariable(TransitionProcess.TRANSITION_YEARS)).intValue();
        LocalDate deadline = schedule.deadline(years);
        execution.setVariable(TransitionProcess.TRANSITION_START, schedule.startOfDay(schedule.transitionStart()));
        DeadlineVariables.set(execution, schedule, deadline);
    }
}
