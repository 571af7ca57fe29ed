package nl.kabiz.smr.transition;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code transition_case} (with its pending reminders, {@code transition_case_reminder}),
 * {@code transition_bulk_start} and {@code transition_bulk_start_item}.
 */
@Repository
class TransitionCaseRepository {

    private final JdbcTemplate jdbc;

    TransitionCaseRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // --- cases

    Set<String> registrationNumbersWithCase() {
        return new HashSet<>(jdbc.queryForList("SELECT registration_number FROM transition_case", String.class));
    }

    boolean hasCase(String registrationNumber) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM transition_case WHERE registration_number = ?",
                Integer.class, registrationNumber) > 0;
    }

    /** A new case, opening (the procedure moves it on). */
    void insertCase(String registrationNumber, String caseReference, Long bulkStartId, Instant openedAt) {
        jdbc.update("INSERT INTO transition_case (registration_number, case_reference, bulk_start_id, opened_at,"
                + " status) VALUES (?, ?, ?, ?, ?)", registrationNumber, caseReference, bulkStartId,
                Timestamp.from(openedAt), TransitionStatus.OPENING.name());
    }

    void status(String caseReference, TransitionStatus status) {
        requireUpdated(jdbc.update("UPDATE transition_case SET status = ? WHERE case_reference = ?", status.name(),
                caseReference), caseReference);
    }

    /** Closes the case: a final status stays, any other becomes CLOSED; the first close counts. */
    void close(String caseReference, Instant closedAt) {
        jdbc.update("DELETE FROM transition_case_reminder WHERE case_reference = ?", caseReference);
        requireUpdated(jdbc.update("UPDATE transition_case SET status = CASE WHEN status IN (?, ?, ?) THEN status"
                + " ELSE ? END, closed_at = COALESCE(closed_at, ?) WHERE case_reference = ?",
                TransitionStatus.QUALIFIED.name(), TransitionStatus.REGISTRATION_ENDED.name(),
                TransitionStatus.NOT_APPLICABLE.name(), TransitionStatus.CLOSED.name(), Timestamp.from(closedAt),
                caseReference), caseReference);
    }

    void period(String caseReference, LocalDate transitionStart, int transitionYears, LocalDate deadline) {
        requireUpdated(jdbc.update("UPDATE transition_case SET transition_start = ?, transition_years = ?,"
                + " deadline = ? WHERE case_reference = ?", Date.valueOf(transitionStart), transitionYears,
                Date.valueOf(deadline), caseReference), caseReference);
    }

    void deadline(String caseReference, LocalDate deadline) {
        requireUpdated(jdbc.update("UPDATE transition_case SET deadline = ? WHERE case_reference = ?",
                Date.valueOf(deadline), caseReference), caseReference);
    }

    void evidenceSubmitted(String caseReference, int round, String supervisorRegistrationNumber, Instant at) {
        requireUpdated(jdbc.update("UPDATE transition_case SET evidence_rounds = ?, supervisor_registration_number = ?,"
                + " evidence_submitted_at = ? WHERE case_reference = ?", round, supervisorRegistrationNumber,
                Timestamp.from(at), caseReference), caseReference);
    }

    void extensionRequested(String caseReference, int request) {
        requireUpdated(jdbc.update("UPDATE transition_case SET extension_requests = ? WHERE case_reference = ?",
                request, caseReference), caseReference);
    }

    /** The reminders still to come, replacing whatever was planned before. */
    void pendingReminders(String caseReference, List<LocalDate> days) {
        jdbc.update("DELETE FROM transition_case_reminder WHERE case_reference = ?", caseReference);
        jdbc.batchUpdate("INSERT INTO transition_case_reminder (case_reference, reminder_day) VALUES (?, ?)",
                days.stream().map(day -> new Object[] {caseReference, Date.valueOf(day)}).toList());
    }

    /** Drops the reminders planned up to and including {@code day}. */
    void dropRemindersUpTo(String caseReference, LocalDate day) {
        jdbc.update("DELETE FROM transition_case_reminder WHERE case_reference = ? AND reminder_day <= ?",
                caseReference, Date.valueOf(day));
    }

    List<LocalDate> pendingReminders(String caseReference) {
        return jdbc.queryForList("SELECT reminder_day FROM transition_case_reminder WHERE case_reference = ?"
                + " ORDER BY reminder_day", Date.class, caseReference).stream().map(Date::toLocalDate).toList();
    }

    Optional<CaseRow> findCase(String caseReference) {
        return jdbc.query("SELECT registration_number, case_reference, bulk_start_id, opened_at, status, closed_at,"
                        + " transition_start, transition_years, deadline, evidence_rounds, evidence_submitted_at,"
                        + " supervisor_registration_number, extension_requests"
                        + " FROM transition_case WHERE case_reference = ?",
                (rs, i) -> new CaseRow(rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        odt(rs.getTimestamp(4)), TransitionStatus.valueOf(rs.getString(5)), odt(rs.getTimestamp(6)),
                        day(rs.getDate(7)), (Integer) rs.getObject(8, Integer.class), day(rs.getDate(9)),
                        rs.getInt(10), odt(rs.getTimestamp(11)), rs.getString(12), rs.getInt(13)), caseReference)
                .stream().findFirst();
    }

    /** What the start letters of these cases show, from the case table and the register (one query). */
    List<StartLetterRow> startLetterRows(List<String> caseReferences) {
        if (caseReferences.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", java.util.Collections.nCopies(caseReferences.size(), "?"));
        return jdbc.query("SELECT t.case_reference, t.registration_number, t.transition_years, t.deadline, c.name,"
                        + " c.email, c.initial_registration_date FROM transition_case t JOIN coach c"
                        + " ON c.registration_number = t.registration_number WHERE t.case_reference IN (" + in + ")"
                        + " ORDER BY t.case_reference",
                (rs, i) -> new StartLetterRow(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3, Integer.class),
                        day(rs.getDate(4)), rs.getString(5), rs.getString(6), day(rs.getDate(7))),
                caseReferences.toArray());
    }

    /** A case's start letter: its deadline and period (null before the procedure fixed them) and the coach. */
    record StartLetterRow(String caseReference, String registrationNumber, Integer transitionYears, LocalDate deadline,
            String coachName, String coachEmail, LocalDate initialRegistrationDate) {
    }

    /**
     * A transition case as its table keeps it.
     *
     * @param transitionStart first day of the transition period (null until the procedure fixed the deadline)
     * @param evidenceSubmittedAt when the latest evidence arrived (null: none yet)
     */
    record CaseRow(String registrationNumber, String caseReference, Long bulkStartId, OffsetDateTime openedAt,
            TransitionStatus status, OffsetDateTime closedAt, LocalDate transitionStart, Integer transitionYears,
            LocalDate deadline, int evidenceRounds, OffsetDateTime evidenceSubmittedAt,
            String supervisorRegistrationNumber, int extensionRequests) {
    }

    private static void requireUpdated(int rows, String caseReference) {
        if (rows != 1) {
            throw new IllegalStateException("No transition case " + caseReference);
        }
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }

    // --- bulk starts

    Optional<Long> runningBulkStart() {
        return jdbc.queryForList("SELECT id FROM transition_bulk_start WHERE status = 'RUNNING' ORDER BY id",
                Long.class).stream().findFirst();
    }

    long insertBulkStart(String requestedBy, Instant requestedAt, String status, int toStart, int skippedExisting,
            int skippedNotApplicable, int workers) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("INSERT INTO transition_bulk_start (requested_by, requested_at,"
                    + " status, to_start, skipped_existing, skipped_not_applicable, finished_at, workers, workers_done)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)", new String[] {"id"});
            ps.setString(1, requestedBy);
            ps.setTimestamp(2, Timestamp.from(requestedAt));
            ps.setString(3, status);
            ps.setInt(4, toStart);
            ps.setInt(5, skippedExisting);
            ps.setInt(6, skippedNotApplicable);
            ps.setTimestamp(7, "COMPLETED".equals(status) ? Timestamp.from(requestedAt) : null);
            ps.setInt(8, workers);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** Records the selected coaches, dealt round-robin over {@code workers} workers (0 .. workers - 1). */
    void insertItems(long bulkStartId, List<String> registrationNumbers, int workers) {
        List<Object[]> rows = new ArrayList<>(registrationNumbers.size());
        for (int i = 0; i < registrationNumbers.size(); i++) {
            rows.add(new Object[] {bulkStartId, registrationNumbers.get(i), i % workers});
        }
        jdbc.batchUpdate("INSERT INTO transition_bulk_start_item (bulk_start_id, registration_number, worker)"
                + " VALUES (?, ?, ?)", rows);
    }

    List<String> nextItems(long bulkStartId, int worker, int limit) {
        return jdbc.queryForList("SELECT registration_number FROM transition_bulk_start_item WHERE bulk_start_id = ?"
                + " AND worker = ? AND processed_at IS NULL ORDER BY registration_number FETCH FIRST " + limit
                + " ROWS ONLY", String.class, bulkStartId, worker);
    }

    int remainingItems(long bulkStartId, int worker) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM transition_bulk_start_item WHERE bulk_start_id = ?"
                + " AND worker = ? AND processed_at IS NULL", Integer.class, bulkStartId, worker);
    }

    void markItem(long bulkStartId, String registrationNumber, String result, Instant at) {
        jdbc.update("UPDATE transition_bulk_start_item SET processed_at = ?, result = ? WHERE bulk_start_id = ?"
                + " AND registration_number = ?", Timestamp.from(at), result, bulkStartId, registrationNumber);
    }

    /**
     * Counts a worker as done, in one statement (the row lock orders concurrent workers, each sees the other's
     * count): the last one completes the run.
     */
    void workerDone(long bulkStartId, Instant at) {
        jdbc.update("UPDATE transition_bulk_start SET workers_done = workers_done + 1,"
                + " status = CASE WHEN workers_done + 1 >= workers THEN 'COMPLETED' ELSE status END,"
                + " finished_at = CASE WHEN workers_done + 1 >= workers THEN ? ELSE finished_at END WHERE id = ?",
                Timestamp.from(at), bulkStartId);
    }

    Optional<BulkStart> findBulkStart(long id) {
        // started and skipped-later counted from the items, not kept in a row every worker would update
        return jdbc.query("SELECT b.id, b.requested_by, b.requested_at, b.status, b.to_start, b.skipped_existing,"
                        + " b.skipped_not_applicable,"
                        + " (SELECT COUNT(*) FROM transition_bulk_start_item i WHERE i.bulk_start_id = b.id"
                        + " AND i.result = 'STARTED'),"
                        + " (SELECT COUNT(*) FROM transition_bulk_start_item i WHERE i.bulk_start_id = b.id"
                        + " AND i.result = 'SKIPPED'),"
                        + " b.finished_at FROM transition_bulk_start b WHERE b.id = ?",
                (rs, i) -> new BulkStart(rs.getLong(1), rs.getString(2), odt(rs.getTimestamp(3)),
                        BulkStart.Status.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8), rs.getInt(9), odt(rs.getTimestamp(10))), id).stream().findFirst();
    }

    private static OffsetDateTime odt(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
}
