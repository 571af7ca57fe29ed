package nl.kabiz.smr.transition;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Tables {@code transition_case}, {@code transition_bulk_start} and {@code transition_bulk_start_item}. */
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

    void insertCase(String registrationNumber, String caseReference, Long bulkStartId, Instant openedAt) {
        jdbc.update("INSERT INTO transition_case (registration_number, case_reference, bulk_start_id, opened_at)"
                + " VALUES (?, ?, ?, ?)", registrationNumber, caseReference, bulkStartId, Timestamp.from(openedAt));
    }

    void close(String caseReference, String outcome, Instant closedAt) {
        jdbc.update("UPDATE transition_case SET outcome = ?, closed_at = ? WHERE case_reference = ?", outcome,
                Timestamp.from(closedAt), caseReference);
    }

    Optional<CaseRow> findCase(String caseReference) {
        return jdbc.query("SELECT registration_number, case_reference, bulk_start_id, opened_at, outcome, closed_at"
                        + " FROM transition_case WHERE case_reference = ?",
                (rs, i) -> new CaseRow(rs.getString(1), rs.getString(2), (Long) rs.getObject(3, Long.class),
                        odt(rs.getTimestamp(4)), rs.getString(5), odt(rs.getTimestamp(6))), caseReference)
                .stream().findFirst();
    }

    record CaseRow(String registrationNumber, String caseReference, Long bulkStartId, OffsetDateTime openedAt,
            String outcome, OffsetDateTime closedAt) {
    }

    // --- bulk starts

    Optional<Long> runningBulkStart() {
        return jdbc.queryForList("SELECT id FROM transition_bulk_start WHERE status = 'RUNNING' ORDER BY id",
                Long.class).stream().findFirst();
    }

    long insertBulkStart(String requestedBy, Instant requestedAt, String status, int toStart, int skippedExisting,
            int skippedNotApplicable) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var ps = connection.prepareStatement("INSERT INTO transition_bulk_start (requested_by, requested_at,"
                    + " status, to_start, skipped_existing, skipped_not_applicable, started, skipped_later, finished_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 0, 0, ?)", new String[] {"id"});
            ps.setString(1, requestedBy);
            ps.setTimestamp(2, Timestamp.from(requestedAt));
            ps.setString(3, status);
            ps.setInt(4, toStart);
            ps.setInt(5, skippedExisting);
            ps.setInt(6, skippedNotApplicable);
            ps.setTimestamp(7, "COMPLETED".equals(status) ? Timestamp.from(requestedAt) : null);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    void insertItems(long bulkStartId, List<String> registrationNumbers) {
        jdbc.batchUpdate("INSERT INTO transition_bulk_start_item (bulk_start_id, registration_number) VALUES (?, ?)",
                registrationNumbers.stream().map(n -> new Object[] {bulkStartId, n}).toList());
    }

    List<String> nextItems(long bulkStartId, int limit) {
        return jdbc.queryForList("SELECT registration_number FROM transition_bulk_start_item WHERE bulk_start_id = ?"
                + " AND processed_at IS NULL ORDER BY registration_number FETCH FIRST " + limit + " ROWS ONLY",
                String.class, bulkStartId);
    }

    int remainingItems(long bulkStartId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM transition_bulk_start_item WHERE bulk_start_id = ?"
                + " AND processed_at IS NULL", Integer.class, bulkStartId);
    }

    void markItem(long bulkStartId, String registrationNumber, String result, Instant at) {
        jdbc.update("UPDATE transition_bulk_start_item SET processed_at = ?, result = ? WHERE bulk_start_id = ?"
                + " AND registration_number = ?", Timestamp.from(at), result, bulkStartId, registrationNumber);
    }

    void addProgress(long bulkStartId, int started, int skippedLater) {
        jdbc.update("UPDATE transition_bulk_start SET started = started + ?, skipped_later = skipped_later + ?"
                + " WHERE id = ?", started, skippedLater, bulkStartId);
    }

    void completeBulkStart(long bulkStartId, Instant at) {
        jdbc.update("UPDATE transition_bulk_start SET status = 'COMPLETED', finished_at = ? WHERE id = ?",
                Timestamp.from(at), bulkStartId);
    }

    Optional<BulkStart> findBulkStart(long id) {
        return jdbc.query("SELECT id, requested_by, requested_at, status, to_start, skipped_existing,"
                        + " skipped_not_applicable, started, skipped_later, finished_at FROM transition_bulk_start"
                        + " WHERE id = ?",
                (rs, i) -> new BulkStart(rs.getLong(1), rs.getString(2), odt(rs.getTimestamp(3)),
                        BulkStart.Status.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                        rs.getInt(8), rs.getInt(9), odt(rs.getTimestamp(10))), id).stream().findFirst();
    }

    private static OffsetDateTime odt(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
}
