package nl.kabiz.smr.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The index for the job executor: its statement, and a database that refuses it does not stop the engine. */
class JobAcquisitionIndexTest {

    @Test
    void indexesTheDueDateOfTheEnginesJobs() {
        assertThat(JobAcquisitionIndex.statement(""))
                .isEqualTo("CREATE INDEX IF NOT EXISTS SMR_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_)");
        assertThat(JobAcquisitionIndex.statement("camunda."))
                .isEqualTo("CREATE INDEX IF NOT EXISTS SMR_IDX_JOB_DUEDATE ON camunda.ACT_RU_JOB (DUEDATE_)");
    }

    @Test
    void aRefusedIndexLeavesTheEngineRunning() throws SQLException {
        DataSource refusing = mock(DataSource.class);
        when(refusing.getConnection()).thenThrow(new SQLException("permission denied for table act_ru_job"));

        assertThatCode(() -> JobAcquisitionIndex.create(refusing, "")).doesNotThrowAnyException();
    }
}
