package nl.kabiz.smr.transition.process;

import nl.kabiz.smr.transition.TransitionCaseSteps;
import nl.kabiz.smr.transition.TransitionSchedule;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Fixes the case's deadline from {@code transitionYears} (the case and the register keep it) and gives the model
 * its dates: the timer's moment and what forms and mails show; and whether a bulk start's batch sends the start
 * letter ({@code startLetterByBatch}, transient).
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
        TransitionCaseSteps.FixedDeadline fixed = cases.fixDeadline(execution.getProcessBusinessKey(), years);
        DeadlineVariables.set(execution, schedule, fixed.deadline());
        // transient: only the gateway right behind this step reads it
        execution.setVariable(TransitionProcess.START_LETTER_BY_BATCH,
                Variables.booleanValue(fixed.startLetterByBatch(), true));
    }
}
