package nl.kabiz.smr.transition;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration V9 gives the transition cases that exist already a sensible state: a closed case its outcome (or
 * CLOSED), an open case AWAITING_EVIDENCE with the deadline the register learned, documents counted as a round.
 */
class TransitionCaseStateMigrationTest {

    @Test
    void existingCasesGetTheirStateFromWhatTheTablesKnew() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:transition-v9-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).table("smr_schema_history").target("7").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Timestamp opened = Timestamp.from(Instant.parse("2026-01-01T09:00:00Z"));
        for (String n : new String[] {"SMR-000001", "SMR-000002", "SMR-000003"}) {
            jdbc.update("INSERT INTO coach (registration_number, name, email, initial_registration_date,"
                    + " healthcare_professional, status, created_at, updated_at, transition_until)"
                    + " VALUES (?, 'Coach', 'c@voorbeeld.nl', ?, TRUE, 'ACTIVE', ?, ?, ?)", n,
                    Date.valueOf(LocalDate.of(2015, 3, 1)), opened, opened, Date.valueOf(LocalDate.of(2029, 1, 1)));
        }
        jdbc.update("INSERT INTO transition_case (registration_number, case_reference, opened_at) VALUES (?, ?, ?)",
                "SMR-000001", "TRANS-SMR-000001", opened);
        jdbc.update("INSERT INTO transition_case (registration_number, case_reference, opened_at, outcome, closed_at)"
                + " VALUES (?, ?, ?, 'QUALIFIED', ?)", "SMR-000002", "TRANS-SMR-000002", opened, opened);
        jdbc.update("INSERT INTO transition_case (registration_number, case_reference, opened_at, closed_at)"
                + " VALUES (?, ?, ?, ?)", "SMR-000003", "TRANS-SMR-000003", opened, opened);
        jdbc.update("INSERT INTO document (id, case_reference, document_type, file_name, media_type, size_bytes, sha256,"
                + " content, uploaded_by, uploaded_at) VALUES ('d1', 'TRANS-SMR-000001', 'TRAINING_CERTIFICATE',"
                + " 'cert.pdf', 'application/pdf', 3, 'x', X'010203', 'portal', ?)", opened);

        Flyway.configure().dataSource(dataSource).table("smr_schema_history").load().migrate();

        Map<String, Object> open = row(jdbc, "TRANS-SMR-000001");
        assertThat(open).containsEntry("STATUS", "AWAITING_EVIDENCE").containsEntry("EVIDENCE_ROUNDS", 1)
                .containsEntry("EXTENSION_REQUESTS", 0);
        assertThat(open.get("DEADLINE").toString()).isEqualTo("2029-01-01");
        assertThat(row(jdbc, "TRANS-SMR-000002")).containsEntry("STATUS", "QUALIFIED").containsEntry("DEADLINE", null);
        assertThat(row(jdbc, "TRANS-SMR-000003")).containsEntry("STATUS", "CLOSED");
        assertThat(new TransitionCaseRepository(jdbc).findCase("TRANS-SMR-000001").orElseThrow().status())
                .isEqualTo(TransitionStatus.AWAITING_EVIDENCE);
    }

    private static Map<String, Object> row(JdbcTemplate jdbc, String reference) {
        return jdbc.queryForMap("SELECT status, deadline, evidence_rounds, extension_requests FROM transition_case"
                + " WHERE case_reference = ?", reference);
    }
}
