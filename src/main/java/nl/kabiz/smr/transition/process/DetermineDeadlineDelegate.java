package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import nl.kabiz.smr.transition.DeadlineRecord;
import nl.kabiz.smr.transition.TransitionSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Fixes the case's deadline from {@code transitionYears}: configured start plus years, at least the grace period;
 * the register learns it too (the public register shows it).
 */
@Component("determineDeadlineDelegate")
public class DetermineDeadlineDelegate implements JavaDelegate {

    private final TransitionSchedule schedule;
    private final DeadlineRecord deadlines;

    public DetermineDeadlineDelegate(TransitionSchedule schedule, DeadlineRecord deadlines) {
        this.schedule = schedule;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int years = ((Number) execution.getVariable(TransitionProcess.TRANSITION_YEARS)).intValue();
        LocalDate deadline = schedule.deadline(years);
        execution.setVariable(TransitionProcess.TRANSITION_START, schedule.startOfDay(schedule.transitionStart()));
        DeadlineVariables.set(execution, schedule, deadline);
        deadlines.deadlineSet((String) execution.getVariable(TransitionProcess.REGISTRATION_NUMBER), deadline);
    }
}
