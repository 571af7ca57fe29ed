package nl.kabiz.smr.extramodule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.kabiz.smr.coach.Module;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code extra_module_application} through plain JDBC (portable between H2 and PostgreSQL). */
@Repository
class ExtraModuleRepository {

    private final JdbcTemplate jdbc;

    ExtraModuleRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ExtraModuleApplication a) {
        jdbc.update("INSERT INTO extra_module_application (reference, registration_number, module, sequence_number,"
                        + " status, open_key, coach_name, coach_email, supervisor_registration_number, epa_summary,"
                        + " submitted_by, opened_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.reference(), a.registrationNumber(), a.module().name(), a.sequenceNumber(), a.status().name(),
                openKey(a), a.coachName(), a.coachEmail(), a.supervisorRegistrationNumber(), a.epaSummary(),
                a.submittedBy(), ts(a.openedAt()), ts(a.updatedAt()));
    }

    /** Writes every field that changes during the procedure. */
    void update(ExtraModuleApplication a) {
        jdbc.update("UPDATE extra_module_application SET status = ?, open_key = ?, supervisor_registration_number = ?,"
                        + " profile_version = ?, assessment_reminder_at = ?, assessment_escalation_at = ?,"
                        + " outcome_reason = ?, granted_on = ?, updated_at = ?, closed_at = ? WHERE reference = ?",
                a.status().name(), openKey(a), a.supervisorRegistrationNumber(), a.profileVersion(),
                ts(a.assessmentReminderAt()), ts(a.assessmentEscalationAt()), a.outcomeReason(), a.grantedOn(),
                ts(a.updatedAt()), ts(a.closedAt()), a.reference());
    }

    Optional<ExtraModuleApplication> find(String reference) {
        return jdbc.query("SELECT * FROM extra_module_application WHERE reference = ?", ExtraModuleRepository::map,
                reference).stream().findFirst();
    }

    boolean hasOpenApplication(String registrationNumber, Module module) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM extra_module_application WHERE open_key = ?",
                Integer.class, registrationNumber + ":" + module.name());
        return count != null && count > 0;
    }

    int applicationCount(String registrationNumber, Module module) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM extra_module_application"
                + " WHERE registration_number = ? AND module = ?", Integer.class, registrationNumber, module.name());
        return count == null ? 0 : count;
    }

    private static String openKey(ExtraModuleApplication a) {
        return a.status().isClosed() ? null : a.registrationNumber() + ":" + a.module().name();
    }

    private static ExtraModuleApplication map(ResultSet rs, int row) throws SQLException {
        return new ExtraModuleApplication(rs.getString("reference"), rs.getString("registration_number"),
                Module.valueOf(rs.getString("module")), rs.getInt("sequence_number"),
                ExtraModuleStatus.valueOf(rs.getString("status")), rs.getString("coach_name"),
                rs.getString("coach_email"), rs.getString("supervisor_registration_number"),
                rs.getString("epa_summary"), rs.getString("profile_version"),
                odt(rs.getTimestamp("assessment_reminder_at")), odt(rs.getTimestamp("assessment_escalation_at")),
                rs.getString("outcome_reason"), rs.getObject("granted_on", LocalDate.class),
                rs.getString("submitted_by"), odt(rs.getTimestamp("opened_at")), odt(rs.getTimestamp("updated_at")),
                odt(rs.getTimestamp("closed_at")));
    }

    private static Timestamp ts(OffsetDateTime time) {
        return time == null ? null : Timestamp.from(time.toInstant());
    }

    private static OffsetDateTime odt(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
}
