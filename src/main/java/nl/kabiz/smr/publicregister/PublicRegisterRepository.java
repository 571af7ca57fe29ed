package nl.kabiz.smr.publicregister;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kabiz.smr.coach.SearchKeys;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the register's own tables ({@code coach}, {@code coach_module}, {@code coach_name_word}), never the
 * engine; every filter has an index (migration V4). Selects only the columns the public may see.
 */
@Repository
class PublicRegisterRepository {

    private static final String COLUMNS = "SELECT c.registration_number, c.name, c.city, c.postal_area, c.status,"
            + " c.ended_on, c.transition_until, c.rookvrije_ouders_since FROM coach c";

    private final JdbcTemplate jdbc;

    PublicRegisterRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A coach of the register, as stored (before the status policy decides what the public sees). */
    record Row(String registrationNumber, String name, String city, String postalArea, boolean active,
            LocalDate endedOn, LocalDate transitionUntil, LocalDate rookvrijeOudersSince) {
    }

    record ModuleRow(String module, LocalDate validFrom, LocalDate validUntil) {
    }

    record Found(List<Row> rows, long total) {
    }

    /** One page of coaches matching the search, active or ended on or after {@code endedSince}, by name. */
    Found search(CoachSearch search, LocalDate today, LocalDate endedSince) {
        List<Object> args = new ArrayList<>();
        String where = where(search, today, endedSince, args);
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM coach c" + where, Long.class, args.toArray());
        if (total == 0 || search.offset() >= total) {
            return new Found(List.of(), total);
        }
        args.add(search.offset());
        args.add(search.size());
        List<Row> rows = jdbc.query(COLUMNS + where + " ORDER BY c.name_key, c.registration_number"
                + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY", PublicRegisterRepository::row, args.toArray());
        return new Found(rows, total);
    }

    Optional<Row> find(String registrationNumber) {
        return jdbc.query(COLUMNS + " WHERE c.registration_number = ?", PublicRegisterRepository::row,
                registrationNumber).stream().findFirst();
    }

    /** The modules of these coaches, per registration number. */
    Map<String, List<ModuleRow>> modules(List<String> registrationNumbers) {
        Map<String, List<ModuleRow>> modules = new LinkedHashMap<>();
        if (registrationNumbers.isEmpty()) {
            return modules;
        }
        String in = String.join(",", Collections.nCopies(registrationNumbers.size(), "?"));
        jdbc.query("SELECT registration_number, module, valid_from, valid_until FROM coach_module"
                        + " WHERE registration_number IN (" + in + ") ORDER BY registration_number, valid_from, module",
                rs -> {
                    modules.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new ModuleRow(
                            rs.getString(2), rs.getDate(3).toLocalDate(), day(rs.getDate(4))));
                }, registrationNumbers.toArray());
        return modules;
    }

    /**
     * The WHERE clause of a search. Module needs: the module held today (ended coaches: on the day it ended).
     * Name words: each must begin a word of the name (an index range on {@code coach_name_word}).
     */
    static String where(CoachSearch search, LocalDate today, LocalDate endedSince, List<Object> args) {
        StringBuilder sql = new StringBuilder(" WHERE (c.status = 'ACTIVE' OR (c.status = 'ENDED' AND c.ended_on >= ?))");
        args.add(Date.valueOf(endedSince));
        if (search.registrationNumber() != null) {
            sql.append(" AND c.registration_number = ?");
            args.add(search.registrationNumber());
        }
        if (search.cityKey() != null) {
            sql.append(" AND c.city_key = ?");
            args.add(search.cityKey());
        }
        if (search.postalArea() != null) {
            sql.append(" AND c.postal_area = ?");
            args.add(search.postalArea());
        }
        for (String word : search.nameWords()) {
            String upper = SearchKeys.upperBound(word);
            // IN, not EXISTS: H2 then starts from the word index too (PostgreSQL plans both as a semi-join)
            sql.append(" AND c.registration_number IN (SELECT w.registration_number FROM coach_name_word w"
                    + " WHERE w.word >= ?").append(upper == null ? "" : " AND w.word < ?").append(")");
            args.add(word);
            if (upper != null) {
                args.add(upper);
            }
        }
        Need need = search.need();
        if (need != null && need.isModule()) {
            sql.append(" AND EXISTS (SELECT 1 FROM coach_module m WHERE m.registration_number = c.registration_number"
                    + " AND m.module = ? AND m.valid_from <= COALESCE(c.ended_on, ?)"
                    + " AND (m.valid_until IS NULL OR m.valid_until >= COALESCE(c.ended_on, ?)))");
            args.add(need.name());
            args.add(Date.valueOf(today));
            args.add(Date.valueOf(today));
        } else if (need == Need.ROOKVRIJE_OUDERS) {
            sql.append(" AND c.rookvrije_ouders_since <= ?");
            args.add(Date.valueOf(today));
        }
        return sql.toString();
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                "ACTIVE".equals(rs.getString(5)), day(rs.getDate(6)), day(rs.getDate(7)), day(rs.getDate(8)));
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
