package nl.kabiz.smr.casework.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.junit.jupiter.api.Test;

/** What the history level leaves out, and only that: declared steps of their own process, a timer's routine log. */
class BookkeepingWithoutHistoryTest {

    private final BookkeepingWithoutHistory.Level level = new BookkeepingWithoutHistory.Level(Set.of("nextDay"),
            Set.of(BookkeepingWithoutHistory.key("loop", "gateway_next")),
            Set.of(BookkeepingWithoutHistory.key("loop", "timer_due")));

    @Test
    void declaredStepsOfTheirProcessKeepNoActivityHistory() {
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, at("loop", "gateway_next")))
                .isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_END, at("loop", "gateway_next")))
                .isFalse();
        // the same id in another process, another step of the loop, and the instance's own events keep theirs
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, at("other", "gateway_next")))
                .isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, at("loop", "task_send")))
                .isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.PROCESS_INSTANCE_START, at("loop", "gateway_next")))
                .isTrue();
    }

    @Test
    void aDeclaredTimerLogsItsFailuresOnly() {
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_CREATE, timer("loop", "timer_due"))).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_SUCCESS, timer("loop", "timer_due"))).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_FAIL, timer("loop", "timer_due"))).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_DELETE, timer("loop", "timer_due"))).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_SUCCESS, timer("other", "timer_due"))).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.JOB_SUCCESS, timer("loop", "timer_other"))).isTrue();
    }

    @Test
    void theDeclarationsOfEveryProcedureAreCollected() {
        StepsWithoutHistory steps = new StepsWithoutHistory() {
            @Override
            public String processDefinitionKey() {
                return "loop";
            }

            @Override
            public Set<String> steps() {
                return Set.of("gateway_next");
            }
        };
        BookkeepingWithoutHistory plugin = new BookkeepingWithoutHistory(List.of(() -> Set.of("nextDay")),
                List.of(steps));
        org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration configuration =
                new org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration();
        plugin.preInit(configuration);
        assertThat(configuration.getCustomHistoryLevels()).singleElement().satisfies(custom -> {
            assertThat(custom.getName()).isEqualTo("full");
            assertThat(custom.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_END,
                    at("loop", "gateway_next"))).isFalse();
            assertThat(custom.isHistoryEventProduced(HistoryEventTypes.JOB_SUCCESS, timer("loop", "gateway_next")))
                    .isTrue();
        });
    }

    private static ExecutionEntity at(String processKey, String activityId) {
        ProcessDefinitionEntity definition = new ProcessDefinitionEntity();
        definition.setKey(processKey);
        ExecutionEntity execution = new ExecutionEntity();
        execution.setProcessDefinition(definition);
        execution.setActivity(definition.createActivity(activityId));
        return execution;
    }

    private static JobEntity timer(String processKey, String activityId) {
        JobEntity job = new TimerEntity();
        job.setProcessDefinitionKey(processKey);
        job.setActivityId(activityId);
        return job;
    }
}
