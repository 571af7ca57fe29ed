package nl.kabiz.smr.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index on the due date of the engine's jobs, so that the job executor finds the jobs that are due without reading
 * the ones that wait.
 * <p>
 * Every acquisition (up to 20 jobs, many times a second while letters or reminders go out) selects the jobs whose
 * {@code DUEDATE_} is empty or passed; Camunda's schema has no index on it, so PostgreSQL reads the whole
 * {@code ACT_RU_JOB} table each time — and in this register it holds a waiting reminder timer for every coach in the
 * transition arrangement. Measured (issue 12): 8–12 ms per acquisition with 10,000–30,000 waiting timers, 0.1–0.3 ms
 * with the index. Created after the engine has made or checked its tables and before the job executor starts; if the
 * database user may not create it (a schema managed by hand), a warning names the statement and the engine runs
 * without it.
 */
@Component
class JobAcquisitionIndex extends AbstractProcessEnginePlugin {

    static final String NAME = "SMR_IDX_JOB_DUEDATE";

    private static final Logger LOG = LoggerFactory.getLogger(JobAcquisitionIndex.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        create(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
    }

    static void create(DataSource dataSource, String tablePrefix) {
        String sql = statement(tablePrefix);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            LOG.warn("Index for the job executor not created ({}); jobs are found without it, more slowly. Run: {}",
                    e.getMessage(), sql);
        }
    }

    static String statement(String tablePrefix) {
        return "CREATE INDEX IF NOT EXISTS " + NAME + " ON " + (tablePrefix == null ? "" : tablePrefix)
                + "ACT_RU_JOB (DUEDATE_)";
    }
}
