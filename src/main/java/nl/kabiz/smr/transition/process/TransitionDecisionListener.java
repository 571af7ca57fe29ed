package nl.kabiz.smr.transition.process;

import nl.kabiz.smr.casework.Decision;
import nl.kabiz.smr.casework.process.DecidedBy;
import nl.kabiz.smr.transition.TransitionCaseSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Records a decision of the procedure in the case where the model takes it: fields {@code outcome} (an expression
 * giving a {@code TransitionDecision}, e.g. {@code EVIDENCE_${evidenceReview}}), {@code reason} (an expression) and,
 * for a decision table, {@code rules} (its key; otherwise the person who completed the last user task decided).
 * A prototype, like {@link TransitionStatusListener}.
 */
@Component("transitionDecisionListener")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class TransitionDecisionListener implements ExecutionListener {

    private final TransitionCaseSteps cases;
    private Expression outcome;
    private Expression reason;
    private Expression rules;

    public TransitionDecisionListener(TransitionCaseSteps cases) {
        this.cases = cases;
    }

    public void setOutcome(Expression outcome) {
        this.outcome = outcome;
    }

    public void setReason(Expression reason) {
        this.reason = reason;
    }

    public void setRules(Expression rules) {
        this.rules = rules;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object why = reason == null ? null : reason.getValue(execution);
        cases.recordDecision(execution.getProcessBusinessKey(), String.valueOf(outcome.getValue(execution)),
                rules == null ? DecidedBy.person(execution) : Decision.byRules(String.valueOf(rules.getValue(execution))),
                why == null ? null : why.toString());
    }
}
