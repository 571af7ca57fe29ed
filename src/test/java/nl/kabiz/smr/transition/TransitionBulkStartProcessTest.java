package nl.kabiz.smr.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.kabiz.smr.transition.process.SendStartLettersDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code transitionBulkStart}: one job per batch and one for its start letters, until the batch delegate reports
 * nothing left; a letter the batch did not send is retried alone.
 */
@Deployment(resources = "processes/transitionBulkStart.bpmn")
class TransitionBulkStartProcessTest {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
            .builder("camunda-test.cfg.xml").assertClassCoverageAtLeast(1.0).build();

    ProcessEngine processEngine;

    @AfterEach
    void tearDown() {
        Mocks.reset();
    }

    @Test
    void runsOneJobPerBatchAndOneForItsLettersUntilNothingIsLeft() {
        init(processEngine);
        Mocks.register("mailSettings", Map.of("retryCycle", "R3/PT1S"));
        AtomicInteger batches = new AtomicInteger();
        List<List<String>> letterBatches = new ArrayList<>();
        Mocks.register("startTransitionBatchDelegate", (JavaDelegate) execution -> {
            assertThat(execution.getVariable("bulkStartId")).isEqualTo(7L);
            assertThat(execution.getVariable("bulkWorker")).isEqualTo(1);
            int batch = batches.incrementAndGet();
            execution.setVariable("batchCases", Spin.JSON(List.of("TRANS-SMR-00000" + batch)));
            execution.setVariable("moreToStart", batch < 3);
        });
        Mocks.register("sendStartLettersDelegate", (JavaDelegate) execution -> {
            letterBatches.add(SendStartLettersDelegate.references(execution.getVariable("batchCases")));
            execution.setVariable("startLettersToRetry", Variables.objectValue(List.of(), true).create());
        });
        Mocks.register("retryStartLetterDelegate", (JavaDelegate) execution -> {
            throw new AssertionError("no letter to retry");
        });
        ProcessInstance run = processEngine.getRuntimeService().startProcessInstanceByKey("transitionBulkStart",
                "TRANS-BULK-7-1", Map.of("bulkStartId", 7L, "bulkWorker", 1));
        // nothing runs in the requesting transaction
        assertThat(batches.get()).isZero();
        for (int batch = 1; batch <= 3; batch++) {
            assertThat(run).isWaitingAt("serviceTask_startNextBatch");
            executeTheJob();
            assertThat(batches.get()).isEqualTo(batch);
            // the batch's letters go out in a job of their own, after the batch's cases are committed
            assertThat(run).isWaitingAt("serviceTask_sendStartLetters");
            assertThat(letterBatches).hasSize(batch - 1);
            executeTheJob();
            assertThat(letterBatches.get(batch - 1)).containsExactly("TRANS-SMR-00000" + batch);
        }
        // no letter to retry: the retry step had nothing to do
        assertThat(run).isEnded().hasPassed("endEvent_bulkStartCompleted");
    }

    @Test
    void aLetterTheBatchDidNotSendIsRetriedAloneUntilItGoesOut() {
        init(processEngine);
        Mocks.register("mailSettings", Map.of("retryCycle", "R3/PT1S"));
        Mocks.register("startTransitionBatchDelegate", (JavaDelegate) execution -> {
            execution.setVariable("batchCases", Spin.JSON(List.of("TRANS-SMR-000001", "TRANS-SMR-000002",
                    "TRANS-SMR-000003")));
            execution.setVariable("moreToStart", false);
        });
        Mocks.register("sendStartLettersDelegate", (JavaDelegate) execution -> execution.setVariable(
                "startLettersToRetry", Variables.objectValue(List.of("TRANS-SMR-000002"), true).create()));
        List<String> retried = new ArrayList<>();
        AtomicInteger attempts = new AtomicInteger();
        Mocks.register("retryStartLetterDelegate", (JavaDelegate) execution -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("mail server down");
            }
            retried.add((String) execution.getVariable("letterCaseReference"));
        });
        ProcessInstance run = processEngine.getRuntimeService().startProcessInstanceByKey("transitionBulkStart",
                "TRANS-BULK-8-0", Map.of("bulkStartId", 8L, "bulkWorker", 0));
        executeTheJob();
        executeTheJob();
        // the bulk start is done; one job retries the one letter, on the mail retry cycle
        assertThat(run).hasPassed("endEvent_bulkStartCompleted").isWaitingAt("serviceTask_retryStartLetter");
        Job retry = processEngine.getManagementService().createJobQuery().singleResult();
        assertThatThrownBy(() -> processEngine.getManagementService().executeJob(retry.getId()))
                .hasMessageContaining("mail server down");
        Job failed = processEngine.getManagementService().createJobQuery().singleResult();
        assertThat(failed.getRetries()).isEqualTo(2); // the mail retry cycle (here R3/PT1S): 3 attempts in all
        processEngine.getManagementService().executeJob(failed.getId());
        assertThat(retried).containsExactly("TRANS-SMR-000002");
        assertThat(run).isEnded().hasPassed("endEvent_startLetterRetried");
    }

    private void executeTheJob() {
        processEngine.getManagementService().executeJob(
                processEngine.getManagementService().createJobQuery().singleResult().getId());
    }
}
