package nl.kabiz.smr.casework.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * History level {@code full}, except for what the procedures declare as bookkeeping: the variables of
 * {@link VariablesWithoutHistory} (no historic variable instance, no detail row), the steps of
 * {@link StepsWithoutHistory} (no historic activity instance) and its timers' job log of creation and success.
 * <p>
 * A reminder moves the transition case's {@code nextReminderAt}/{@code nextReminderDate} on; with full history each
 * of the two updates read and rewrote its historic variable instance and added a detail row, on the job that runs by
 * the thousand on a reminder day (measured: 28.3 → 24.6 statements per reminder, issue 12). Their truth is the case table
 * (the planned and sent reminders) and the timer; Cockpit still shows their current value on a running case.
 * The loop's two gateways and the step that takes the next planned day wrote a historic activity instance each, and
 * the reminder timer's job two job-log rows (created, succeeded) and a lookup of a batch it never belongs to: two
 * statements and five history rows fewer per reminder (issue 12). What a person looks for stays: the timer's and the
 * mail step's activity instances, the sent mail, a failed job's log.
 * <p>
 * The level keeps the name and id of {@code full} (3), so that a database already at {@code full} starts unchanged
 * and {@code camunda.bpm.history-level: full} selects it (Camunda takes the last level of that name); another
 * configured level is left as it is.
 */
@Component
class BookkeepingWithoutHistory extends AbstractProcessEnginePlugin {

    private final Set<String> names;
    private final Set<String> steps;
    private final Set<String> timers;

    BookkeepingWithoutHistory(List<VariablesWithoutHistory> variables, List<StepsWithoutHistory> steps) {
        this.names = variables.stream().flatMap(d -> d.names().stream()).collect(Collectors.toUnmodifiableSet());
        this.steps = qualified(steps, StepsWithoutHistory::steps);
        this.timers = qualified(steps, StepsWithoutHistory::timersWithoutJobLog);
    }

    /** The declared activity ids, each as {@link #key} with its process. */
    private static Set<String> qualified(List<StepsWithoutHistory> declared,
            Function<StepsWithoutHistory, Set<String>> ids) {
        return declared.stream().flatMap(d -> ids.apply(d).stream().map(id -> key(d.processDefinitionKey(), id)))
                .collect(Collectors.toUnmodifiableSet());
    }

    static String key(String processDefinitionKey, String activityId) {
        return processDefinitionKey + ":" + activityId;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomHistoryLevels() == null) {
            configuration.setCustomHistoryLevels(new ArrayList<>());
        }
        configuration.getCustomHistoryLevels().add(new Level(names, steps, timers));
    }

    static final class Level extends HistoryLevelFull {

        private static final String ACTIVITY_INSTANCE = HistoryEventTypes.ACTIVITY_INSTANCE_START.getEntityType();

        private final Set<String> withoutHistory;
        private final Set<String> steps;
        private final Set<String> timers;

        Level(Set<String> withoutHistory, Set<String> steps, Set<String> timers) {
            this.withoutHistory = withoutHistory;
            this.steps = steps;
            this.timers = timers;
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            if (entity instanceof VariableInstance variable && withoutHistory.contains(variable.getName())) {
                return false;
            }
            if (!steps.isEmpty() && entity instanceof ExecutionEntity execution
                    && ACTIVITY_INSTANCE.equals(eventType.getEntityType()) && execution.getActivityId() != null
                    && execution.getProcessDefinition() != null
                    && steps.contains(key(execution.getProcessDefinition().getKey(), execution.getActivityId()))) {
                return false;
            }
            if (!timers.isEmpty() && entity instanceof JobEntity job
                    && (eventType == HistoryEventTypes.JOB_CREATE || eventType == HistoryEventTypes.JOB_SUCCESS)
                    && job.getActivityId() != null
                    && timers.contains(key(job.getProcessDefinitionKey(), job.getActivityId()))) {
                return false;
            }
            return super.isHistoryEventProduced(eventType, entity);
        }
    }
}
