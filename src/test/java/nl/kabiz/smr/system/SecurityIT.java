package nl.kabiz.smr.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/** Who may call what: anonymous and wrong-group calls are refused; each demo user sees only its filters and tasks. */
class SecurityIT extends AbstractIntegrationTest {

    @Autowired
    TaskService taskService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    IdentityBootstrap identityBootstrap;

    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    @AfterEach
    void removeTasks() {
        taskService.createTaskQuery().list().stream().filter(t -> t.getProcessInstanceId() == null)
                .forEach(t -> taskService.deleteTask(t.getId(), true));
    }

    @Test
    void healthAnswersWithoutAuthentication() {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void anonymousCallsAreRefused() {
        for (String path : List.of("/engine-rest/task", "/engine-rest/process-definition", "/api/cases/X/mails",
                "/api/registrations/REG-2026-000001", "/actuator/env", "/actuator/beans")) {
            assertThat(rest.getForEntity(path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        assertThat(rest.getForEntity("/anything-else", String.class).getStatusCode().is4xxClientError()).isTrue();
    }

    @Test
    void wrongPasswordIsRefused() {
        // a user of its own: a wrong password makes Camunda delay that user's next login
        if (identityService.createUserQuery().userId("karel").count() == 0) {
            org.camunda.bpm.engine.identity.User karel = identityService.newUser("karel");
            karel.setPassword("karel-secret");
            identityService.saveUser(karel);
            identityService.createMembership("karel", Groups.CASEWORKERS);
        }
        assertThat(rest.withBasicAuth("karel", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("nobody", "nobody").getForEntity("/api/cases/X/mails", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void wrongGroupIsForbidden() {
        // the portal's service account has no business in the engine API
        assertThat(api("portal").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // supervisors and the portal do not read mail histories; actuator beyond health is for admins
        assertThat(api("supervisor").getForEntity("/api/cases/X/mails", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api("portal").getForEntity("/api/cases/X/mails", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api("caseworker").getForEntity("/actuator/env", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // the right group gets in (and learns that there is no case X)
        assertThat(api("caseworker").getForEntity("/api/cases/X/mails", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        // engine authorizations: a case worker may not create users
        assertThat(api("caseworker").postForEntity("/engine-rest/user/create",
                java.util.Map.of("profile", java.util.Map.of("id", "intruder"),
                        "credentials", java.util.Map.of("password", "x")), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void eachUserSeesOnlyTheFiltersOfItsGroup() {
        assertThat(filterNames("caseworker")).containsExactly("Dossiers KABIZ");
        assertThat(filterNames("supervisor")).containsExactly("Mijn beoordelingen");
        assertThat(filterNames("commission")).containsExactly("Kwaliteitscommissie");
        assertThat(filterNames("demo")).contains("Dossiers KABIZ", "Mijn beoordelingen", "Kwaliteitscommissie",
                "Alle open taken");
    }

    @Test
    void eachUserSeesOnlyTheTasksItsWorkNeeds() {
        Task review = task("Documenten controleren", t -> taskService.addCandidateGroup(t, Groups.CASEWORKERS));
        Task mine = task("Beoordeling Jan", t -> taskService.setAssignee(t, "supervisor"));
        Task other = task("Beoordeling Piet", t -> taskService.setAssignee(t, "other-supervisor"));
        Task commission = task("Grensgeval", t -> taskService.addCandidateGroup(t, Groups.COMMISSION));

        // case workers read every open task (READ_TASK on every process definition; the query lists tasks outside
        // a process through that grant too), and work only on their group's (below)
        assertThat(taskNames("caseworker")).containsExactly(mine.getName(), other.getName(), review.getName(),
                commission.getName());
        assertThat(taskNames("supervisor")).containsExactly(mine.getName());
        assertThat(taskNames("commission")).containsExactly(commission.getName());
        assertThat(taskNames("demo")).contains(review.getName(), mine.getName(), other.getName(),
                commission.getName());
        // and a task of another group cannot be completed
        assertThat(api("supervisor").postForEntity("/engine-rest/task/" + review.getId() + "/complete",
                java.util.Map.of(), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api("caseworker").postForEntity("/engine-rest/task/" + commission.getId() + "/complete",
                java.util.Map.of(), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void caseWorkersReadEveryOpenTaskOfACaseAndWorkOnlyOnTheirGroupsTasks() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("securityTwoGroups").camundaHistoryTimeToLive(1)
                .startEvent().parallelGateway("fork")
                .userTask("review").name("Controle").camundaCandidateGroups(Groups.CASEWORKERS).endEvent()
                .moveToNode("fork")
                .userTask("edgeCase").name("Grensgeval").camundaCandidateGroups(Groups.COMMISSION).endEvent()
                .done();
        String deployment = repositoryService.createDeployment().addModelInstance("securityTwoGroups.bpmn", model)
                .deploy().getId();
        try {
            String instance = runtimeService.startProcessInstanceByKey("securityTwoGroups").getId();
            Task review = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("review")
                    .singleResult();
            Task edgeCase = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey("edgeCase")
                    .singleResult();
            String openTasks = "/engine-rest/task?processInstanceId=" + instance;

            // reading: case workers see every open task of the case (Cockpit's user tasks), the commission its own
            assertThat(names(api("caseworker").getForObject(openTasks, JsonNode.class)))
                    .containsExactly("Controle", "Grensgeval");
            assertThat(names(api("commission").getForObject(openTasks, JsonNode.class)))
                    .containsExactly("Grensgeval");
            assertThat(names(api("supervisor").getForObject(openTasks, JsonNode.class))).isEmpty();
            // through one authorization on the process definitions, not a readable one per task
            Authorization perTask = authorizationService.createAuthorizationQuery().groupIdIn(Groups.CASEWORKERS)
                    .resourceType(Resources.TASK).resourceId(review.getId()).singleResult();
            assertThat(perTask.isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
            assertThat(perTask.isPermissionGranted(Permissions.READ)).isFalse();
            // a task created by an earlier version still has the per-task READ: the next start takes it away
            perTask.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(perTask);
            identityBootstrap.createGroupsAndAuthorizations();
            assertThat(authorizationService.createAuthorizationQuery().authorizationId(perTask.getId()).singleResult()
                    .isPermissionGranted(Permissions.READ)).isFalse();
            assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Groups.COMMISSION)
                    .resourceType(Resources.TASK).resourceId(edgeCase.getId()).singleResult()
                    .isPermissionGranted(Permissions.READ)).isTrue();

            // working: only on their group's task
            assertThat(api("caseworker").postForEntity("/engine-rest/task/" + edgeCase.getId() + "/complete",
                    Map.of(), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(api("commission").postForEntity("/engine-rest/task/" + review.getId() + "/complete",
                    Map.of(), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(api("caseworker").postForEntity("/engine-rest/task/" + review.getId() + "/claim",
                    Map.of("userId", "caseworker"), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(api("caseworker").postForEntity("/engine-rest/task/" + review.getId() + "/complete",
                    Map.of(), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(api("commission").postForEntity("/engine-rest/task/" + edgeCase.getId() + "/complete",
                    Map.of(), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        } finally {
            repositoryService.deleteDeployment(deployment, true);
        }
    }

    @Test
    void eachGroupLogsInToTheWebappsItsWorkNeeds() {
        Map<String, List<String>> allowed = Map.of(
                "caseworker", List.of("tasklist", "cockpit"),
                "supervisor", List.of("tasklist"),
                "commission", List.of("tasklist"),
                "operator", List.of("cockpit"),
                "demo", List.of("tasklist", "cockpit", "admin"));
        allowed.forEach((user, apps) -> {
            for (String app : List.of("tasklist", "cockpit", "admin")) {
                assertThat(webappLogin(user, app)).as(user + " in " + app)
                        .isEqualTo(apps.contains(app) ? HttpStatus.OK : HttpStatus.FORBIDDEN);
            }
        });
    }

    /** A login as the webapps do it: CSRF token from the page's cookie, then the form post. */
    HttpStatusCode webappLogin(String user, String app) {
        return webappLogin(user, user, app);
    }

    HttpStatusCode webappLogin(String user, String password, String app) {
        return webappLoginAttempt(user, password, app, new HttpHeaders()).getStatusCode();
    }

    private Task task(String name, java.util.function.Consumer<String> assign) {
        Task task = taskService.newTask();
        task.setName(name);
        taskService.saveTask(task);
        assign.accept(task.getId());
        return task;
    }

    private List<String> filterNames(String user) {
        JsonNode filters = api(user).getForObject("/engine-rest/filter", JsonNode.class);
        assertThat(filters.isArray()).as(filters.toString()).isTrue();
        return names(filters);
    }

    private List<String> taskNames(String user) {
        return names(api(user).getForObject("/engine-rest/task", JsonNode.class));
    }

    private static List<String> names(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("name").asText()).sorted().toList();
    }
}
