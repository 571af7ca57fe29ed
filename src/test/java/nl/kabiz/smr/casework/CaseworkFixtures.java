package nl.kabiz.smr.casework;

import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;

/** The kernel's services for tests that run without Spring (process tests on a plain engine). */
public final class CaseworkFixtures {

    private CaseworkFixtures() {
    }

    public static CaseDecisions decisions(JdbcTemplate jdbc, Clock clock, String objectionText) {
        return new CaseDecisions(jdbc, clock, objectionText);
    }
}
