package nl.kabiz.smr.system;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One Tasklist filter per group's work, Dutch names, readable by that group only (created once, by name). */
@Component
class TasklistFilters {

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    @Transactional
    public void createFilters() {
        create("Dossiers KABIZ", "Documentcontrole, aanvullingen en escalaties van het register", 10, "#1f6fb2",
                taskService.createTaskQuery().taskCandidateGroup(Groups.CASEWORKERS).includeAssignedTasks(),
                Groups.CASEWORKERS);
        create("Mijn beoordelingen", "Beoordelingen in de praktijk die aan mij zijn toegewezen", 20, "#2e8540",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"),
                Groups.SUPERVISORS);
        create("Kwaliteitscommissie", "Grensgevallen en verzoeken die een besluit van de commissie vragen", 30,
                "#8a3ab9",
                taskService.createTaskQuery().taskCandidateGroup(Groups.COMMISSION).includeAssignedTasks(),
                Groups.COMMISSION);
        create("Alle open taken", "Alle open taken van het register (beheer)", 90, "#555555",
                taskService.createTaskQuery(), Groups.ADMIN);
    }

    private void create(String name, String description, int priority, String color, TaskQuery query,
            String groupId) {
        if (filterService.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filterService.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("description", description, "priority", priority, "color", color,
                        "refresh", true));
        filterService.saveFilter(filter);
        Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        read.setGroupId(groupId);
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
    }
}
