package nl.kabiz.smr.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL (14 or later), statistics on the permission bits that Camunda's authorization check tests
 * ({@code PERMS_ & 2 = 2}: READ of a task; {@code PERMS_ & 64 = 64}: READ_TASK on a process definition).
 * <p>
 * Without them PostgreSQL estimates that filter at a handful of rows, while {@code ACT_RU_AUTHORIZATION} holds a row
 * per open task (the candidate group's authorization), and joins it to the tasks in a nested loop with an
 * {@code OR} as join filter: every task list (Tasklist's filters, the task query) then costs open tasks × open
 * tasks. Measured (issue 12, auto_explain): 480 ms per query at 2,000 open tasks, quadratic; with the statistics the
 * planner probes the authorization index per task: ~50 ms. Autovacuum keeps them current; they are made once.
 * A database that cannot make them (older PostgreSQL, no rights) keeps working, slower: a warning says so.
 */
@Component
class AuthorizationStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationStatistics.class);
    static final String[] STATISTICS = {
        "CREATE STATISTICS IF NOT EXISTS smr_auth_perms_read ON (perms_ & 2) FROM act_ru_authorization",
        "CREATE STATISTICS IF NOT EXISTS smr_auth_perms_read_task ON (perms_ & 64) FROM act_ru_authorization",
    };

    private final DataSource dataSource;

    AuthorizationStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void create() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData database = connection.getMetaData();
            if (!"PostgreSQL".equals(database.getDatabaseProductName()) || database.getDatabaseMajorVersion() < 14) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : STATISTICS) {
                    statement.execute(sql);
                }
                statement.execute("ANALYZE act_ru_authorization");
            }
        } catch (SQLException e) {
            LOG.warn("Statistics for the authorization check not made ({}): task lists grow slow with many open"
                    + " tasks", e.getMessage());
        }
    }
}
