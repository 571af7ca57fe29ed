package nl.kabiz.smr.casework;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions of every procedure (table {@code case_decision}): the one place that stamps who and when, and that
 * knows the objection route ({@code smr.objection.text}) a decision against the coach is sent with.
 */
@Service
public class CaseDecisions {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String objectionText;

    CaseDecisions(JdbcTemplate jdbc, Clock clock, @Value("${smr.objection.text}") String objectionText) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.objectionText = objectionText;
    }

    /** A decision in the coach's favour (or neutral): no objection route. */
    @Transactional
    public Decision record(String caseReference, String outcome, String decidedBy, String reason) {
        return insert(new Decision(caseReference, outcome, reason, who(decidedBy), now(), null));
    }

    /** A decision against the coach (refusal, end of registration): recorded with the objection route. */
    @Transactional
    public Decision recordAgainstCoach(String caseReference, String outcome, String decidedBy, String reason) {
        return insert(new Decision(caseReference, outcome, reason, who(decidedBy), now(), objectionText));
    }

    /** Every decision of a case, oldest first. */
    @Transactional(readOnly = true)
    public List<Decision> forCase(String caseReference) {
        return jdbc.query("SELECT case_reference, outcome, reason, decided_by, decided_at, objection_text"
                + " FROM case_decision WHERE case_reference = ? ORDER BY decided_at, id", (rs, i) -> new Decision(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant().atOffset(ZoneOffset.UTC), rs.getString(6)), caseReference);
    }

    @Transactional(readOnly = true)
    public Optional<Decision> latest(String caseReference) {
        List<Decision> all = forCase(caseReference);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The objection route as the letters state it. */
    public String objectionText() {
        return objectionText;
    }

    private Decision insert(Decision decision) {
        jdbc.update("INSERT INTO case_decision (case_reference, outcome, reason, decided_by, decided_at, objection_text)"
                + " VALUES (?, ?, ?, ?, ?, ?)", decision.caseReference(), decision.outcome(),
                truncate(decision.reason(), 4000), decision.decidedBy(), Timestamp.from(decision.decidedAt().toInstant()),
                decision.objectionText());
        return decision;
    }

    private static String who(String decidedBy) {
        if (decidedBy == null || decidedBy.isBlank()) {
            throw new IllegalArgumentException("A decision names who took it");
        }
        return truncate(decidedBy.strip(), 100);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
