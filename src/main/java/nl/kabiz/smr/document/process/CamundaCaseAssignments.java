package nl.kabiz.smr.document.process;

import nl.kabiz.smr.document.CaseAssignments;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Open work = an open task assigned to the user in a process instance whose business key is the case reference. */
@Component
class CamundaCaseAssignments implements CaseAssignments {

    private final TaskService taskService;

    CamundaCaseAssignments(TaskService taskService) {
        this.taskService = taskService;
    }

    @Override
    public boolean hasOpenTask(String userId, String caseReference) {
        return taskService.createTaskQuery().taskAssignee(userId).processInstanceBusinessKey(caseReference).count() > 0;
    }
}
