package nl.kabiz.smr.casework;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import nl.kabiz.smr.casework.process.DecidedBy;
import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The kernel's engine side, as a person meets it: a rule a delegate checks while a task completes reaches Tasklist
 * as a Dutch 400 naming the field (not the engine's 500), nothing of the completion is kept; and the case knows who
 * completed the task.
 */
class CaseworkEngineIT extends AbstractIntegrationTest {

    private static final String PROCESS = "casework_test";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    @TestConfiguration
    static class RuleCheckingDelegate {
        @Bean
        JavaDelegate checkAmountDelegate() {
            return execution -> {
                Object amount = execution.getVariable("amount");
                if (!(amount instanceof Number n) || n.intValue() <= 0) {
                    throw new RuleViolation("amount", "Vul een bedrag groter dan 0 in.");
                }
                execution.setVariable("checkedBy", DecidedBy.person(execution));
            };
        }
    }

    @BeforeEach
    void deploy() {
        if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
            repositoryService.createDeployment().addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS)
                    .camundaHistoryTimeToLive(1).startEvent().userTask("userTask_enterAmount").name("Bedrag invullen")
                    .camundaCandidateGroups("caseworkers").serviceTask("serviceTask_checkAmount")
                    .camundaDelegateExpression("${checkAmountDelegate}").userTask("userTask_after").name("Daarna")
                    .camundaCandidateGroups("caseworkers").endEvent().done()).deploy();
        }
    }

    @Test
    void aRuleBrokenInADelegateIsADutch400AndTheTaskStaysOpen() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, "CASE-1");
        Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

        ResponseEntity<JsonNode> refused = complete(task, -5);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().get("message").asText()).isEqualTo("Vul een bedrag groter dan 0 in.");
        assertThat(refused.getBody().get("field").asText()).isEqualTo("amount");
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
        assertThat(runtimeService.getVariable(instance.getId(), "amount")).as("nothing kept").isNull();

        assertThat(complete(task, 5).getStatusCode().value()).isEqualTo(204);
        assertThat(runtimeService.getVariables(instance.getId()))
                .containsEntry(DecidedBy.VARIABLE, "caseworker").containsEntry("checkedBy", "caseworker");
    }

    private ResponseEntity<JsonNode> complete(Task task, int amount) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return api("caseworker").postForEntity("/engine-rest/task/" + task.getId() + "/complete",
                new HttpEntity<>("{\"variables\":{\"amount\":{\"value\":" + amount + "}}}", headers), JsonNode.class);
    }

}
