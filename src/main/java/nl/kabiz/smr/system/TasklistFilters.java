package nl.kabiz.smr.system;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
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

/**
 * One Tasklist filter per group's work, Dutch names, readable by that group only. Every filter shows the coach and
 * the case on each task card and lists the tasks by due date, earliest first. Created once by name; an existing
 * filter of the same name gets the current query and card variables at start-up.
 */
@Component
class TasklistFilters {

    /** What every task card shows besides the task's name and due date. */
    static final List<Map<String, String>> CARD_VARIABLES = List.of(
            Map.of("name", "coachName", "label", "Coach"),
            Map.of("name", "caseReference", "label", "Zaak"));

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
                taskService.createTaskQuery().taskCandidateGroup(Groups.CASEWORKERS).includeAssignedTasks()
                        .orderByDueDate().asc(),
                Groups.CASEWORKERS);
        create("Mijn beoordelingen", "Beoordelingen in de praktijk die aan mij zijn toegewezen", 20, "#2e8540",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
                Groups.SUPERVISORS);
        create("Kwaliteitscommissie", "Grensgevallen en verzoeken die een besluit van de commissie vragen", 30,
                "#8a3ab9",
                taskService.createTaskQuery().taskCandidateGroup(Groups.COMMISSION).includeAssignedTasks()
                        .orderByDueDate().asc(),
                Groups.COMMISSION);
        create("Alle open taken", "Alle open taken van het register (beheer)", 90, "#555555",
                taskService.createTaskQuery().orderByDueDate().asc(), Groups.ADMIN);
    }

    private void create(String name, String description, int priority, String color, TaskQuery query,
            String groupId) {
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        Map<String, Object> properties = Map.of("description", description, "priority", priority, "color", color,
                "refresh", true, "variables", CARD_VARIABLES);
        if (existing != null) {
            filterService.saveFilter(existing.setQuery(query).setProperties(properties));
            return;
        }
        Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
        filterService.saveFilter(filter);
        Authorization read = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        read.setGroupId(groupId);
        read.setResource(Resources.FILTER);
        read.setResourceId(filter.getId());
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
    }
}
