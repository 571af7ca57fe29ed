package nl.kabiz.smr.system;

import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import nl.kabiz.smr.casework.RegisterTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * How long each type of task may take ({@code smr.tasks.due.<task id without userTask_>}, else
 * {@code smr.tasks.due.default}): the due date is the end of that office day in the register's zone. Bean
 * {@code taskDueDates}, so that a model can name the date in advance (the supervisor's email gives the same date as
 * the task).
 */
@Component("taskDueDates")
@EnableConfigurationProperties(TaskDueDates.Settings.class)
public class TaskDueDates {

    private final Settings settings;
    private final Clock clock;

    TaskDueDates(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The due date of a task of this type opened now. */
    public Date due(String taskDefinitionKey) {
        String type = taskDefinitionKey == null ? "" : taskDefinitionKey.replaceFirst("^userTask_", "");
        Period period = settings.due().getOrDefault(type, settings.due().get("default"));
        ZonedDateTime day = ZonedDateTime.now(clock.withZone(RegisterTime.ZONE)).plus(period);
        return RegisterTime.endOfOfficeDay(day.toLocalDate());
    }

    /** {@code smr.tasks.due.*}: how long each type of task may take (ISO period), and a default. */
    @ConfigurationProperties("smr.tasks")
    record Settings(Map<String, Period> due) {

        Settings {
            due = due == null ? new HashMap<>() : new HashMap<>(due);
            due.putIfAbsent("default", Period.ofDays(10));
            for (Map.Entry<String, Period> entry : due.entrySet()) {
                if (entry.getValue().isNegative() || entry.getValue().isZero()) {
                    throw new IllegalArgumentException("smr.tasks.due." + entry.getKey() + " must be positive");
                }
            }
        }
    }
}
