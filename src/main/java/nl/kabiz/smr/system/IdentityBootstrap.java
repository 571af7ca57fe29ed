package nl.kabiz.smr.system;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the groups and their authorizations at every start (idempotent), and in the demo profile one
 * user per group with the password equal to the user name.
 *
 * <p>What each group may do is the least its work needs:
 * <ul>
 *   <li>caseworkers: Tasklist and Cockpit (read-only); read every case, its history, its open tasks
 *       ({@code READ_TASK}, see {@link TaskAuthorizations}) and decisions; the tasks they work on come from the
 *       candidate group. They cannot set variables, execute or retry jobs, correlate messages,
 *       modify or delete instances.</li>
 *   <li>operators: Cockpit; read every case and retry a failed job (a mail), nothing else.</li>
 *   <li>supervisors: Tasklist only; they see a task only when it is assigned to them (the engine grants
 *       that per task).</li>
 *   <li>commission: Tasklist and read access to cases and decisions, so that an edge case can be read in
 *       full; commission tasks come from the candidate group.</li>
 *   <li>portal: no user, no webapp and no engine permission at all; it uses the application API with its API
 *       key only.</li>
 *   <li>camunda-admin: everything.</li>
 * </ul>
 */
@Component
@Order(0)
class IdentityBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

    static final List<String[]> DEMO_USERS = List.of(
            new String[] {"demo", "Demo", "Beheerder", Groups.ADMIN},
            new String[] {"caseworker", "Karin", "de Behandelaar", Groups.CASEWORKERS},
            new String[] {"supervisor", "Sanne", "Supervisor", Groups.SUPERVISORS},
            new String[] {"commission", "Kees", "Commissielid", Groups.COMMISSION},
            new String[] {"operator", "Olga", "Beheer", Groups.OPERATORS});

    /** Demo users of earlier versions that must not exist any more (the portal uses its API key). */
    static final List<String> RETIRED_DEMO_USERS = List.of("portal");

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final TaskService taskService;
    private final boolean demo;

    IdentityBootstrap(IdentityService identityService, AuthorizationService authorizationService,
            TaskService taskService, @Value("${smr.demo.enabled:false}") boolean demo) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.taskService = taskService;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    @Transactional
    public void createGroupsAndAuthorizations() {
        for (String[] group : Groups.ALL) {
            createGroup(group[0], group[1]);
        }
        for (Resource resource : Resources.values()) {
            grant(Groups.ADMIN, resource, ANY, Permissions.ALL);
        }
        grantApplications(Groups.CASEWORKERS, "tasklist", "cockpit");
        grantApplications(Groups.SUPERVISORS, "tasklist");
        grantApplications(Groups.COMMISSION, "tasklist");
        grantApplications(Groups.OPERATORS, "cockpit");
        // exactly these permissions: grant() replaces what an earlier version granted (e.g. UPDATE on instances)
        for (String reader : List.of(Groups.CASEWORKERS, Groups.COMMISSION)) {
            // case workers read every open task of a case through the process definitions (TaskAuthorizations):
            // one authorization instead of a readable one per task, which every task query would have to join
            List<Permission> definitions = new ArrayList<>(
                    List.of(Permissions.READ, Permissions.READ_HISTORY, Permissions.READ_INSTANCE));
            if (TaskAuthorizations.READ_BY_DEFINITION.contains(reader)) {
                definitions.add(ProcessDefinitionPermissions.READ_TASK);
            }
            grant(reader, Resources.PROCESS_DEFINITION, ANY, definitions.toArray(Permission[]::new));
            grant(reader, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
            grant(reader, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
            grant(reader, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
            grant(reader, Resources.DEPLOYMENT, ANY, Permissions.READ);
        }
        dropPerTaskReadOfProcessTasks();
        // an operator resolves a mail incident in Cockpit by retrying the job: RETRY_JOB, not UPDATE (which would
        // also allow setting variables, executing jobs and correlating messages)
        grant(Groups.OPERATORS, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
                Permissions.READ_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB);
        grant(Groups.OPERATORS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(Groups.OPERATORS, Resources.DEPLOYMENT, ANY, Permissions.READ);
        grant(Groups.OPERATORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(Groups.OPERATORS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        if (demo) {
            createDemoUsers();
        }
    }

    private void createDemoUsers() {
        for (String retired : RETIRED_DEMO_USERS) {
            if (identityService.createUserQuery().userId(retired).count() > 0) {
                identityService.deleteUser(retired);
                LOG.info("Demo user '{}' removed (the portal uses its API key)", retired);
            }
        }
        for (String[] u : DEMO_USERS) {
            if (identityService.createUserQuery().userId(u[0]).count() == 0) {
                User user = identityService.newUser(u[0]);
                user.setFirstName(u[1]);
                user.setLastName(u[2]);
                user.setPassword(u[0]);
                user.setEmail(u[0] + "@demo.kwaliteitsregister-smr.nl");
                identityService.saveUser(user);
                identityService.createMembership(u[0], u[3]);
                LOG.info("Demo user '{}' (group {}) created; password = user name", u[0], u[3]);
            }
        }
    }

    private void createGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    /**
     * Tasks created before {@link TaskAuthorizations} still carry a per-task READ for their candidate group; reading
     * now comes from the process definition, so it is taken away (once: the next start finds none). The work
     * permission stays.
     */
    private void dropPerTaskReadOfProcessTasks() {
        for (String groupId : TaskAuthorizations.READ_BY_DEFINITION) {
            List<Authorization> perTask = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
                    .resourceType(Resources.TASK).hasPermission(Permissions.READ).list();
            if (perTask.isEmpty()) {
                continue;
            }
            // in chunks: a query's IN list must stay far below the database's limit of bind parameters
            List<String> taskIds = perTask.stream().map(Authorization::getResourceId).toList();
            Set<String> processTasks = new HashSet<>();
            for (int from = 0; from < taskIds.size(); from += 1000) {
                taskService.createTaskQuery()
                        .taskIdIn(taskIds.subList(from, Math.min(from + 1000, taskIds.size())).toArray(String[]::new))
                        .list().stream().filter(task -> TaskAuthorizations.readThroughDefinition(task, groupId))
                        .forEach(task -> processTasks.add(task.getId()));
            }
            int dropped = 0;
            for (Authorization authorization : perTask) {
                if (processTasks.contains(authorization.getResourceId())) {
                    authorization.removePermission(Permissions.READ);
                    authorizationService.saveAuthorization(authorization);
                    dropped++;
                }
            }
            LOG.info("Group '{}' reads tasks through the process definitions: per-task READ taken from {} open tasks",
                    groupId, dropped);
        }
    }

    private void grantApplications(String groupId, String... applications) {
        for (String application : applications) {
            grant(groupId, Resources.APPLICATION, application, Permissions.ACCESS);
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        // exactly these: a permission granted by an earlier version and no longer listed is taken away
        authorization.setPermissions(permissions);
        authorizationService.saveAuthorization(authorization);
    }
}
