package nl.kabiz.smr.registration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code registration_application} through plain JDBC (portable between H2 and PostgreSQL). */
@Repository
class RegistrationRepository {

    private final JdbcTemplate jdbc;

    RegistrationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RegistrationApplication a) {
        jdbc.update("INSERT INTO registration_application (reference, status, open_email, first_name, last_name,"
                        + " email, phone, date_of_birth, postal_code, city, education_level, healthcare_professional,"
                        + " profession, big_number, smr_in_professional_education, training,"
                        + " supervisor_registration_number, epa_coaching_hours, epa_clients,"
                        + " epa_clients_limited_literacy, epa_intakes, epa_integral_trajectories,"
                        + " epa_pharmacotherapy_trajectories, epa_referrals, decision_due_date, days_suspended,"
                        + " submitted_by, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.reference(), a.status().name(), openEmail(a.email()), a.firstName(), a.lastName(), a.email(),
                a.phone(), a.dateOfBirth(), a.postalCode(), a.city(), a.educationLevel().name(),
                a.healthcareProfessional(), a.profession(), a.bigNumber(), a.smrInProfessionalEducation(),
                a.training(), a.supervisorRegistrationNumber(), a.epa().coachingHours(), a.epa().clients(),
                a.epa().clientsLimitedHealthLiteracy(), a.epa().intakes(), a.epa().integralTrajectories(),
                a.epa().pharmacotherapyTrajectories(), a.epa().referrals(), a.handlingPeriod().dueDate(),
                a.handlingPeriod().daysSuspended(), a.submittedBy(), ts(a.createdAt()), ts(a.updatedAt()));
    }

    /** Writes every field that changes during the procedure. */
    void update(RegistrationApplication a) {
        jdbc.update("UPDATE registration_application SET status = ?, open_email = ?, supervisor_registration_number = ?,"
                        + " training_route = ?, decision_due_date = ?, waiting_since = ?, days_suspended = ?,"
                        + " document_reminder_at = ?, document_deadline = ?, supervisor_reminder_at = ?,"
                        + " assessment_escalation_at = ?, missing_documents = ?, decided_by = ?, decision_reason = ?,"
                        + " registration_number = ?, profile_version = ?, updated_at = ?, closed_at = ?"
                        + " WHERE reference = ?",
                a.status().name(), a.status().isClosed() ? null : openEmail(a.email()),
                a.supervisorRegistrationNumber(), a.trainingRoute(), a.handlingPeriod().dueDate(),
                a.handlingPeriod().waitingSince(), a.handlingPeriod().daysSuspended(),
                ts(a.deadlines().documentReminder()), ts(a.deadlines().documentDeadline()),
                ts(a.deadlines().supervisorReminder()), ts(a.deadlines().assessmentEscalation()), a.missingDocuments(),
                a.decidedBy(), a.decisionReason(), a.registrationNumber(), a.profileVersion(),
                ts(a.updatedAt()), ts(a.closedAt()), a.reference());
    }

    Optional<RegistrationApplication> find(String reference) {
        return jdbc.query("SELECT * FROM registration_application WHERE reference = ?", this::map, reference)
                .stream().findFirst();
    }

    /** Locks the row for the rest of the transaction (two uploads at once resume a case only once). */
    Optional<RegistrationApplication> findForUpdate(String reference) {
        return jdbc.query("SELECT * FROM registration_application WHERE reference = ? FOR UPDATE", this::map,
                reference).stream().findFirst();
    }

    boolean hasOpenCase(String email) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM registration_application WHERE open_email = ?",
                Integer.class, openEmail(email));
        return count != null && count > 0;
    }

    static String openEmail(String email) {
        return email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private RegistrationApplication map(ResultSet rs, int row) throws SQLException {
        RegistrationApplication.Builder a = RegistrationApplication.builder();
        a.reference = rs.getString("reference");
        a.status = RegistrationStatus.valueOf(rs.getString("status"));
        a.firstName = rs.getString("first_name");
        a.lastName = rs.getString("last_name");
        a.email = rs.getString("email");
        a.phone = rs.getString("phone");
        a.dateOfBirth = rs.getObject("date_of_birth", LocalDate.class);
        a.postalCode = rs.getString("postal_code");
        a.city = rs.getString("city");
        a.educationLevel = EducationLevel.valueOf(rs.getString("education_level"));
        a.healthcareProfessional = rs.getBoolean("healthcare_professional");
        a.profession = rs.getString("profession");
        a.bigNumber = rs.getString("big_number");
        a.smrInProfessionalEducation = rs.getBoolean("smr_in_professional_education");
        a.training = rs.getString("training");
        a.supervisorRegistrationNumber = rs.getString("supervisor_registration_number");
        a.epa = new RegistrationApplication.EpaCounts(rs.getInt("epa_coaching_hours"), rs.getInt("epa_clients"),
                rs.getInt("epa_clients_limited_literacy"), rs.getInt("epa_intakes"),
                rs.getInt("epa_integral_trajectories"), rs.getInt("epa_pharmacotherapy_trajectories"),
                rs.getInt("epa_referrals"));
        a.trainingRoute = rs.getString("training_route");
        a.handlingPeriod = new HandlingPeriod(rs.getObject("decision_due_date", LocalDate.class),
                rs.getObject("waiting_since", LocalDate.class), rs.getInt("days_suspended"));
        a.deadlines = new RegistrationApplication.Deadlines(odt(rs.getTimestamp("document_reminder_at")),
                odt(rs.getTimestamp("document_deadline")), odt(rs.getTimestamp("supervisor_reminder_at")),
                odt(rs.getTimestamp("assessment_escalation_at")));
        a.missingDocuments = rs.getString("missing_documents");
        a.decidedBy = rs.getString("decided_by");
        a.decisionReason = rs.getString("decision_reason");
        a.registrationNumber = rs.getString("registration_number");
        a.profileVersion = rs.getString("profile_version");
        a.submittedBy = rs.getString("submitted_by");
        a.createdAt = odt(rs.getTimestamp("created_at"));
        a.updatedAt = odt(rs.getTimestamp("updated_at"));
        a.closedAt = odt(rs.getTimestamp("closed_at"));
        return a.build();
    }

    private static Timestamp ts(OffsetDateTime time) {
        return time == null ? null : Timestamp.from(time.toInstant());
    }

    private static OffsetDateTime odt(Timestamp ts) {
        return ts == null ? null : ts.toInstant().atOffset(ZoneOffset.UTC);
    }
}
