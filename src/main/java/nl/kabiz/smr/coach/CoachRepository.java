package nl.kabiz.smr.coach;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * The {@code coach}, {@code coach_module} and {@code coach_name_word} tables. Every write also stores the search keys
 * of the public register (name and city keys, postal-code area, the words of the name), see {@link SearchKeys}.
 */
@Repository
class CoachRepository {

    private static final String SELECT = "SELECT registration_number, name, email, city, postal_code,"
            + " initial_registration_date, healthcare_professional, status, ended_on, user_id, profile_version,"
            + " profile_qualified_on FROM coach";

    private final JdbcTemplate jdbc;

    CoachRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Coach> find(String registrationNumber) {
        return withModules(jdbc.query(SELECT + " WHERE registration_number = ?", CoachRepository::row,
                registrationNumber)).stream().findFirst();
    }

    Optional<Coach> findByUser(String userId) {
        return withModules(jdbc.query(SELECT + " WHERE user_id = ?", CoachRepository::row, userId))
                .stream().findFirst();
    }

    List<Coach> findAll() {
        return withModules(jdbc.query(SELECT + " ORDER BY registration_number", CoachRepository::row));
    }

    /** Active coaches first registered on or before the day. */
    List<String> activeRegisteredOnOrBefore(LocalDate day) {
        return jdbc.queryForList("SELECT registration_number FROM coach WHERE status = 'ACTIVE'"
                + " AND initial_registration_date <= ? ORDER BY registration_number", String.class, Date.valueOf(day));
    }

    boolean exists(String registrationNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM coach WHERE registration_number = ?", Integer.class,
                registrationNumber) > 0;
    }

    void insert(Coach coach) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("INSERT INTO coach (registration_number, name, email, city, postal_code, initial_registration_date,"
                        + " healthcare_professional, status, ended_on, user_id, profile_version, profile_qualified_on,"
                        + " created_at, updated_at, name_key, city_key, postal_area)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                coach.registrationNumber(), coach.name(), coach.email(), coach.city(), coach.postalCode(),
                Date.valueOf(coach.initialRegistrationDate()), coach.healthcareProfessional(), coach.status().name(),
                date(coach.endedOn()), coach.userId(), coach.profileVersion(), date(coach.profileQualifiedOn()),
                now, now, SearchKeys.key(coach.name()), SearchKeys.key(coach.city()), coach.postalArea());
        saveModules(coach);
        saveNameWords(coach.registrationNumber(), coach.name());
    }

    void update(Coach coach) {
        jdbc.update("UPDATE coach SET name = ?, email = ?, city = ?, postal_code = ?, initial_registration_date = ?,"
                        + " healthcare_professional = ?, status = ?, ended_on = ?, user_id = ?, profile_version = ?,"
                        + " profile_qualified_on = ?, updated_at = ?, name_key = ?, city_key = ?, postal_area = ?"
                        + " WHERE registration_number = ?",
                coach.name(), coach.email(), coach.city(), coach.postalCode(),
                Date.valueOf(coach.initialRegistrationDate()), coach.healthcareProfessional(), coach.status().name(),
                date(coach.endedOn()), coach.userId(), coach.profileVersion(), date(coach.profileQualifiedOn()),
                Timestamp.from(Instant.now()), SearchKeys.key(coach.name()), SearchKeys.key(coach.city()),
                coach.postalArea(), coach.registrationNumber());
        jdbc.update("DELETE FROM coach_module WHERE registration_number = ?", coach.registrationNumber());
        saveModules(coach);
        saveNameWords(coach.registrationNumber(), coach.name());
    }

    /** The day an open transition case must be completed (null: no open transition case). */
    void setTransitionUntil(String registrationNumber, LocalDate deadline) {
        jdbc.update("UPDATE coach SET transition_until = ?, updated_at = ? WHERE registration_number = ?",
                date(deadline), Timestamp.from(Instant.now()), registrationNumber);
    }

    Optional<LocalDate> transitionUntil(String registrationNumber) {
        return jdbc.queryForList("SELECT transition_until FROM coach WHERE registration_number = ?", Date.class,
                registrationNumber).stream().filter(java.util.Objects::nonNull).map(Date::toLocalDate).findFirst();
    }

    /**
     * The coach takes part in Rookvrije Ouders from the day: {@code coach.rookvrije_ouders_since} (what the public
     * register reads) and a new period in {@code rookvrije_ouders_participation} (the same day again reopens it).
     */
    void startRookvrijeOuders(String registrationNumber, LocalDate since) {
        jdbc.update("UPDATE coach SET rookvrije_ouders_since = ?, updated_at = ? WHERE registration_number = ?",
                date(since), Timestamp.from(Instant.now()), registrationNumber);
        int reopened = jdbc.update("UPDATE rookvrije_ouders_participation SET valid_until = NULL, end_reason = NULL"
                + " WHERE registration_number = ? AND valid_from = ?", registrationNumber, date(since));
        if (reopened == 0) {
            jdbc.update("INSERT INTO rookvrije_ouders_participation (registration_number, valid_from) VALUES (?, ?)",
                    registrationNumber, date(since));
        }
    }

    /** The current participation ends on the day for the reason (recorded); the public register no longer shows it. */
    void endRookvrijeOuders(String registrationNumber, LocalDate until, String reason) {
        jdbc.update("UPDATE coach SET rookvrije_ouders_since = NULL, updated_at = ? WHERE registration_number = ?",
                Timestamp.from(Instant.now()), registrationNumber);
        jdbc.update("UPDATE rookvrije_ouders_participation SET valid_until = ?, end_reason = ?"
                + " WHERE registration_number = ? AND valid_until IS NULL", date(until), reason, registrationNumber);
    }

    /** Every Rookvrije Ouders period of the coach, oldest first. */
    List<RookvrijeOuders> rookvrijeOudersHistory(String registrationNumber) {
        return jdbc.query("SELECT valid_from, valid_until, end_reason FROM rookvrije_ouders_participation"
                        + " WHERE registration_number = ? ORDER BY valid_from",
                (rs, i) -> new RookvrijeOuders(rs.getDate(1).toLocalDate(), localDate(rs.getDate(2)), rs.getString(3)),
                registrationNumber);
    }

    /** Why the registration ended (stored beside {@code ended_on}). */
    void setEndReason(String registrationNumber, String reason) {
        jdbc.update("UPDATE coach SET end_reason = ?, updated_at = ? WHERE registration_number = ?", reason,
                Timestamp.from(Instant.now()), registrationNumber);
    }

    Optional<LocalDate> rookvrijeOudersSince(String registrationNumber) {
        return jdbc.queryForList("SELECT rookvrije_ouders_since FROM coach WHERE registration_number = ?",
                Date.class, registrationNumber).stream().filter(java.util.Objects::nonNull).map(Date::toLocalDate)
                .findFirst();
    }

    /** Coaches stored before the search keys existed (migration V4): their keys are written once at start-up. */
    List<Coach> withoutSearchKeys() {
        return withModules(jdbc.query(SELECT + " WHERE name_key IS NULL", CoachRepository::row));
    }

    void writeSearchKeys(Coach coach) {
        jdbc.update("UPDATE coach SET name_key = ?, city_key = ?, postal_area = ? WHERE registration_number = ?",
                SearchKeys.key(coach.name()), SearchKeys.key(coach.city()), coach.postalArea(),
                coach.registrationNumber());
        saveNameWords(coach.registrationNumber(), coach.name());
    }

    private void saveNameWords(String registrationNumber, String name) {
        jdbc.update("DELETE FROM coach_name_word WHERE registration_number = ?", registrationNumber);
        List<Object[]> rows = SearchKeys.words(name).stream().map(w -> new Object[] {w, registrationNumber}).toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO coach_name_word (word, registration_number) VALUES (?, ?)", rows);
        }
    }

    private void saveModules(Coach coach) {
        for (Coach.CoachModule m : coach.modules()) {
            jdbc.update("INSERT INTO coach_module (registration_number, module, valid_from, valid_until, profile_version,"
                            + " end_reason) VALUES (?, ?, ?, ?, ?, ?)",
                    coach.registrationNumber(), m.module().name(), Date.valueOf(m.validFrom()), date(m.validUntil()),
                    m.profileVersion(), m.endReason());
        }
    }

    private List<Coach> withModules(List<Coach> coaches) {
        if (coaches.isEmpty()) {
            return coaches;
        }
        Map<String, List<Coach.CoachModule>> modules = new LinkedHashMap<>();
        RowCallbackHandler collect = rs ->
                modules.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(module(rs));
        String select =
                "SELECT registration_number, module, valid_from, valid_until, profile_version, end_reason FROM coach_module";
        if (coaches.size() > 500) {
            // whole register: one query for every module
            jdbc.query(select + " ORDER BY registration_number, module", collect);
        } else {
            String in = String.join(",", java.util.Collections.nCopies(coaches.size(), "?"));
            jdbc.query(select + " WHERE registration_number IN (" + in + ") ORDER BY registration_number, module",
                    collect, coaches.stream().map(Coach::registrationNumber).toArray());
        }
        return coaches.stream()
                .map(c -> c.withModules(modules.getOrDefault(c.registrationNumber(), List.of())))
                .toList();
    }

    private static Coach.CoachModule module(ResultSet rs) throws SQLException {
        return new Coach.CoachModule(Module.valueOf(rs.getString(2)), rs.getDate(3).toLocalDate(),
                localDate(rs.getDate(4)), rs.getString(5), rs.getString(6));
    }

    private static Coach row(ResultSet rs, int i) throws SQLException {
        return new Coach(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getDate(6).toLocalDate(), rs.getBoolean(7), CoachStatus.valueOf(rs.getString(8)),
                localDate(rs.getDate(9)), rs.getString(10), rs.getString(11), localDate(rs.getDate(12)), List.of());
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
