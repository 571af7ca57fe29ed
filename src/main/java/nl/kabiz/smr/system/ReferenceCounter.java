package nl.kabiz.smr.system;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-tolerant counters for references ({@code REG-2026-000123}, {@code SMR-000123}). The row update locks the
 * counter, so two requests never get the same number, on H2 and on PostgreSQL alike.
 */
@Component
public class ReferenceCounter {

    private final JdbcTemplate jdbc;

    ReferenceCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next value of the named counter, starting at {@code start} when it does not exist yet. */
    @Transactional(propagation = Propagation.REQUIRED)
    public long next(String name, long start) {
        int updated = jdbc.update("UPDATE reference_counter SET last_value = last_value + 1 WHERE name = ?", name);
        if (updated == 0) {
            // the first use of a counter (a new year); a concurrent first use fails on the key and is retried
            jdbc.update("INSERT INTO reference_counter (name, last_value) VALUES (?, ?)", name, start);
            return start;
        }
        return jdbc.queryForObject("SELECT last_value FROM reference_counter WHERE name = ?", Long.class, name);
    }

    /** Raises the counter to at least {@code value} (after an import of existing numbers). */
    @Transactional
    public void atLeast(String name, long value) {
        int updated = jdbc.update(
                "UPDATE reference_counter SET last_value = ? WHERE name = ? AND last_value < ?", value, name, value);
        if (updated == 0 && jdbc.queryForObject(
                "SELECT COUNT(*) FROM reference_counter WHERE name = ?", Integer.class, name) == 0) {
            jdbc.update("INSERT INTO reference_counter (name, last_value) VALUES (?, ?)", name, value);
        }
    }
}
