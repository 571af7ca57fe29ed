package nl.kabiz.smr.transition.process;

import nl.kabiz.smr.transition.TransitionCaseSteps;
import nl.kabiz.smr.transition.TransitionStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.Expression;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Where the procedure moves, the model names the case's status and this listener writes it into the case:
 * {@code <camunda:executionListener event="start" delegateExpression="${transitionStatusListener}">} with
 * {@code <camunda:field name="status" stringValue="AWAITING_EVIDENCE"/>}; {@code CLOSED} on the process's end
 * closes the case (a final status stays). A prototype: the engine injects the field into the instance it resolves,
 * so two jobs never share one.
 */
@Component("transitionStatusListener")
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class TransitionStatusListener implements ExecutionListener {

    private final TransitionCaseSteps cases;
    private Expression status;

    public TransitionStatusListener(TransitionCaseSteps cases) {
        this.cases = cases;
    }

    public void setStatus(Expression status) {
        this.status = status;
    }

    @Override
    public void notify(DelegateExecution execution) {
        cases.moveTo(execution.getProcessBusinessKey(), TransitionStatus.valueOf(String.valueOf(status.getValue(execution))));
    }
}
