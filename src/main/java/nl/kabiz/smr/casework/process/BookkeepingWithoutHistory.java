package nl.kabiz.smr.casework.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

/**
 * History level {@code full}, except for the variables the procedures declare as bookkeeping
 * ({@link VariablesWithoutHistory}): no historic variable instance and no detail row for them.
 * <p>
 * A reminder moves the transition case's {@code nextReminderAt}/{@code nextReminderDate} on; with full history each
 * of the two updates read and rewrote its historic variable instance and added a detail row, on the job that runs by
 * the thousand on a reminder day (measured: 28.3 → 24.6 statements per reminder, issue 12). Their truth is the case table
 * (the planned and sent reminders) and the timer; Cockpit still shows their current value on a running case.
 * <p>
 * The level keeps the name and id of {@code full} (3), so that a database already at {@code full} starts unchanged
 * and {@code camunda.bpm.history-level: full} selects it (Camunda takes the last level of that name); another
 * configured level is left as it is.
 */
@Component
class BookkeepingWithoutHistory extends AbstractProcessEnginePlugin {

    private final Set<String> names;

    BookkeepingWithoutHistory(List<VariablesWithoutHistory> declared) {
        names = declared.stream().flatMap(d -> d.names().stream()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomHistoryLevels() == null) {
            configuration.setCustomHistoryLevels(new ArrayList<>());
        }
        configuration.getCustomHistoryLevels().add(new Level(names));
    }

    static final class Level extends HistoryLevelFull {

        private final Set<String> withoutHistory;

        Level(Set<String> withoutHistory) {
            this.withoutHistory = withoutHistory;
        }

        @Override
        public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
            if (entity instanceof VariableInstance variable && withoutHistory.contains(variable.getName())) {
                return false;
            }
            return super.isHistoryEventProduced(eventType, entity);
        }
    }
}
