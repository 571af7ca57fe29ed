package nl.kabiz.smr.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code transitionBulkStart}: one job per batch until the batch delegate reports nothing left. */
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
    void runsOneJobPerBatchUntilNothingIsLeft() {
        init(processEngine);
        AtomicInteger batches = new AtomicInteger();
        Mocks.register("startTransitionBatchDelegate", (JavaDelegate) execution -> {
            assertThat(execution.getVariable("bulkStartId")).isEqualTo(7L);
            execution.setVariable("moreToStart", batches.incrementAndGet() < 3);
        });
        ProcessInstance run = processEngine.getRuntimeService().startProcessInstanceByKey("transitionBulkStart",
                "TRANS-BULK-7", Map.of("bulkStartId", 7L));
        // nothing runs in the requesting transaction
        assertThat(batches.get()).isZero();
        for (int job = 1; job <= 3; job++) {
            assertThat(run).isWaitingAt("serviceTask_startNextBatch");
            processEngine.getManagementService().executeJob(
                    processEngine.getManagementService().createJobQuery().singleResult().getId());
            assertThat(batches.get()).isEqualTo(job);
        }
        assertThat(run).isEnded().hasPassed("endEvent_bulkStartCompleted");
    }
}
