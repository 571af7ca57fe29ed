package nl.kabiz.smr.system;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Every user task says whose it is: when a task is created, its name gets the coach and the case reference
 * ("Documenten controleren: Jan Modaal (REG-2026-000001)"), its description the procedure and the case, and its due
 * date the period of its own task type ({@link TaskDueDates}). A due date the model sets itself (an extension
 * decision that must fall before a deadline, an assessment whose date the supervisor's email already gave) is kept. Applies to every process, so that a new
 * procedure's tasks read the same way without code.
 */
@Component
class TaskPresentation extends AbstractProcessEnginePlugin {

    private final TaskDueDates dueDates;

    TaskPresentation(TaskDueDates dueDates) {
        this.dueDates = dueDates;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreBPMNParseListeners() == null) {
            configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
        }
        TaskListener listener = this::present;
        configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            }
        });
    }

    void present(DelegateTask task) {
        Object coachName = task.getVariable("coachName");
        String reference = task.getExecution().getProcessBusinessKey();
        String who = coachName == null ? "" : coachName.toString();
        if (reference != null && task.getName() != null && !task.getName().contains(reference)) {
            task.setName(task.getName() + ": " + (who.isEmpty() ? reference : who + " (" + reference + ")"));
        }
        String procedure = task.getExecution().getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(task.getProcessDefinitionId()).getName();
        task.setDescription("Coach: " + (who.isEmpty() ? "onbekend" : who) + " · zaak " + reference
                + (procedure == null ? "" : " · " + procedure));
        if (task.getDueDate() == null) {
            task.setDueDate(dueDates.due(task.getTaskDefinitionKey()));
        }
    }
}
