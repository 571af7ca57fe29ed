package nl.kabiz.smr.system;

import java.util.Set;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Who may read a task of a process: the case workers through their {@code READ_TASK} on every process definition
 * ({@link IdentityBootstrap}), everybody else through the task's own authorization.
 * <p>
 * Camunda's default provider grants a task's candidate group {@code READ} and the work permission on that one task,
 * so {@code ACT_RU_AUTHORIZATION} holds a readable row per open case-worker task, and every task query (Tasklist's
 * list, its count) joins the tasks to those rows: on PostgreSQL a nested loop of tasks × authorizations, then (with
 * statistics and a plan per execution) an index probe per task; the filter list at 2,000 open tasks took 640, then
 * 93 ms (issue 12). For {@link #READ_BY_DEFINITION} the task's own authorization carries only the work permission
 * ({@code TASK_WORK}: claim, complete); reading comes from the one process-definition authorization of the group,
 * which the query reads once: 28 ms at 2,000 open tasks. What a case worker may complete is
 * unchanged; what they may read widens from their own group's open tasks to every open task of a case, which they
 * could already read in full (cases, variables and history, in Cockpit). A task outside a process (none in this
 * application; Camunda allows them) keeps its per-task {@code READ}: Camunda's task query lists it through the
 * {@code '*'} grant, but its check on one task looks for a process definition the task does not have.
 */
@Component
class TaskAuthorizations extends AbstractProcessEnginePlugin {

    /** Groups that read tasks through {@code READ_TASK} on the process definitions, not per task. */
    static final Set<String> READ_BY_DEFINITION = Set.of(Groups.CASEWORKERS);

    /** Whether the group reads this task through the process definition, so that its own READ is not granted. */
    static boolean readThroughDefinition(Task task, String groupId) {
        return task.getProcessDefinitionId() != null && READ_BY_DEFINITION.contains(groupId);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static class Provider extends DefaultAuthorizationProvider {

        @Override
        protected AuthorizationEntity[] createOrUpdateAuthorizationsByGroupId(Task task, String groupId) {
            if (!readThroughDefinition(task, groupId)) {
                return super.createOrUpdateAuthorizationsByGroupId(task, groupId);
            }
            AuthorizationEntity work = createOrUpdateAuthorization(task, null, groupId, Resources.TASK, false,
                    getDefaultUserPermissionForTask());
            if (!isHistoricInstancePermissionsEnabled()) {
                return new AuthorizationEntity[] {work};
            }
            return new AuthorizationEntity[] {work, createOrUpdateAuthorization(task, null, groupId,
                    Resources.HISTORIC_TASK, true, getHistoricPermissions(isEnforceSpecificVariablePermission()))};
        }
    }
}
