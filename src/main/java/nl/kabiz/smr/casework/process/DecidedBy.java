package nl.kabiz.smr.casework.process;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Who took a decision in a user task: every completed task leaves the person on the case as {@value #VARIABLE}
 * (the logged-in user who completed it in Tasklist or over the API, else the task's assignee), and the delegate
 * that records the decision reads it with {@link #person(DelegateExecution)}. One engine plugin for every
 * procedure, so no model has to remember it.
 */
@Component
public class DecidedBy extends AbstractProcessEnginePlugin {

    /** Process variable: user id of whoever completed the last user task. */
    public static final String VARIABLE = "completedBy";
    static final String UNKNOWN = "onbekend";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        TaskListener listener = DecidedBy::remember;
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
            }
        });
    }

    static void remember(DelegateTask task) {
        var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        String user = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
                : task.getAssignee();
        task.getExecution().setVariable(VARIABLE, Variables.stringValue(user == null ? UNKNOWN : user));
    }

    /** The person who completed the case's last user task ("onbekend" if none did). */
    public static String person(DelegateExecution execution) {
        Object user = execution.getVariable(VARIABLE);
        return user == null ? UNKNOWN : user.toString();
    }
}
