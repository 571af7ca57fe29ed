package nl.kabiz.smr.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows per table of the application and of Camunda's runtime and history: "nothing was written" made checkable. */
public final class RowCounts {

    public static final List<String> TABLES = List.of("sent_mail", "reference_counter", "coach", "coach_module",
            "document", "assessment", "assessment_judgement", "registration_application", "transition_case",
            "transition_bulk_start", "transition_bulk_start_item", "ACT_RU_EXECUTION", "ACT_RU_JOB",
            "ACT_RU_VARIABLE", "ACT_RU_TASK", "ACT_HI_PROCINST", "ACT_GE_BYTEARRAY");

    private RowCounts() {
    }

    public static Map<String, Integer> of(JdbcTemplate jdbc) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
        }
        return counts;
    }
}
