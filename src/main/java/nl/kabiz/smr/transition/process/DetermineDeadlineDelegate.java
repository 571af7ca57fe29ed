package nl.kabiz.smr.transition.process;

import java.time.LocalDate;
import nl.kabiz.smr.transition.TransitionCaseSteps;
import nl.kabiz.smr.transition.TransitionSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Fixes the case's deadline from {@code transitionYears} (the case and the register keep it) and gives the model
 * its dates: the timer's moment and what forms and mails show.
 */
@Component("determineDeadlineDelegate")
public class DetermineDeadlineDelegate implements JavaDelegate {

    private final TransitionCaseSteps cases;
    private final TransitionSchedule schedule;

    public DetermineDeadlineDelegate(TransitionCaseSteps cases, TransitionSchedule schedule) {
        this.cases = cases;
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int years = ((Number) execution.getVariable(TransitionProcess.TRANSITION_YEARS)).intValue();
        LocalDate deadline = cases.fixDeadline(execution.getProcessBusinessKey(), years);
        DeadlineVariables.set(execution, schedule, deadline);
    }
}
