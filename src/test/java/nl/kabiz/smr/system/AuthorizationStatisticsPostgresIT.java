package nl.kabiz.smr.system;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kabiz.smr.support.AbstractIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * On PostgreSQL the application makes the statistics that keep task lists linear in the open tasks (the benchmark
 * measures the effect: {@code -Dbenchmark.pg.auto-explain-ms}).
 */
@ActiveProfiles(value = "postgres-embedded", inheritProfiles = true)
class AuthorizationStatisticsPostgresIT extends AbstractIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePermissionBitsOfTheAuthorizationCheckHaveStatistics() {
        assertThat(jdbc.queryForList("SELECT stxname FROM pg_statistic_ext WHERE stxrelid = 'act_ru_authorization'"
                + "::regclass ORDER BY stxname", String.class))
                .containsExactly("smr_auth_perms_read", "smr_auth_perms_read_task");
    }
}
