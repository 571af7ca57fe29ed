package nl.kabiz.smr.casework.process;

import nl.kabiz.smr.casework.RuleViolation;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.springframework.stereotype.Component;

/**
 * Remembers a {@link RuleViolation} that a delegate or listener raises while a person completes a task, so that the
 * edge in front of Tasklist ({@code system.TaskFormGuard}) can answer with the Dutch message (400) instead of the
 * engine REST API's 500. The violation still fails the command, so nothing of the completion is written.
 */
@Component
public class RuleViolationsInTasks extends AbstractProcessEnginePlugin {

    private static final ThreadLocal<RuleViolation> LAST = new ThreadLocal<>();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DelegateInterceptor inner = configuration.getDelegateInterceptor() != null
                ? configuration.getDelegateInterceptor() : new DefaultDelegateInterceptor();
        configuration.setDelegateInterceptor(invocation -> handle(inner, invocation));
    }

    private static void handle(DelegateInterceptor inner, DelegateInvocation invocation) throws Exception {
        try {
            inner.handleInvocation(invocation);
        } catch (RuleViolation violation) {
            LAST.set(violation);
            throw violation;
        }
    }

    /** Forgets what an earlier request on this thread left behind. */
    public static void clear() {
        LAST.remove();
    }

    /** The rule violation raised on this thread since {@link #clear()}, if any; forgets it. */
    public static RuleViolation take() {
        RuleViolation violation = LAST.get();
        LAST.remove();
        return violation;
    }
}
