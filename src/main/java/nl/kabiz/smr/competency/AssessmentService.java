package nl.kabiz.smr.competency;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.casework.RuleViolation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment checklist shared by every procedure: the options a supervisor judges (the profile in force, as
 * data) and the record of what they judged, with the profile version used.
 */
@Service
public class AssessmentService {

    private final ProfileCatalog catalog;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AssessmentService(ProfileCatalog catalog, JdbcTemplate jdbc, Clock clock) {
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The profile in force for the module. */
    public CompetencyProfile profileInForce(String module) {
        return catalog.inForce(module);
    }



    /**
     * Throws {@link InvalidAssessmentException} (Dutch message for the form) when the assessment is inconsistent;
     * what {@link #record} would refuse, checked without writing anything.
     */
    public void check(String module, String profileVersion, AssessmentInput input) {
        List<String> problems = AssessmentPolicy.problems(profile(module, profileVersion), input);
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException("De beoordeling is niet consistent: " + String.join("; ", problems)
                    + ".");
        }
    }

    /**
     * Records a supervisor's judgements. Throws {@link InvalidAssessmentException} (Dutch message for the form)
     * when the assessment is inconsistent; nothing is stored then.
     */
    @Transactional
    public Assessment record(String caseReference, String module, String profileVersion, String assessor,
            AssessmentInput input) {
        check(module, profileVersion, input);
        CompetencyProfile profile = profile(module, profileVersion);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("INSERT INTO assessment (case_reference, module,"
                    + " profile_version, assessor, overall_judgement, epa_confirmed, remarks, assessed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, caseReference);
            ps.setString(2, module);
            ps.setString(3, profileVersion);
            ps.setString(4, assessor);
            ps.setString(5, input.overall().name());
            ps.setBoolean(6, input.epaConfirmed());
            ps.setString(7, input.remarks());
            ps.setTimestamp(8, Timestamp.from(now.toInstant()));
            return ps;
        }, key);
        long id = key.getKey().longValue();
        Map<String, Boolean> judgements = new LinkedHashMap<>();
        Map<String, String> remarks = new LinkedHashMap<>();
        for (String code : profile.codes()) {
            judgements.put(code, AssessmentPolicy.sufficient(input, code));
            AssessmentInput.RequirementJudgement given = input.requirements().get(code);
            String remark = given == null || given.remark() == null || given.remark().isBlank() ? null
                    : given.remark().strip();
            remarks.put(code, remark);
        }
        jdbc.batchUpdate("INSERT INTO assessment_judgement (assessment_id, requirement_code, sufficient, remark)"
                        + " VALUES (?, ?, ?, ?)",
                judgements.entrySet().stream()
                        .map(e -> new Object[] {id, e.getKey(), e.getValue(), remarks.get(e.getKey())}).toList());
        return new Assessment(id, caseReference, module, profileVersion, assessor, input.overall(),
                input.epaConfirmed(), input.remarks(), now, judgements, remarks);
    }



    /** Every assessment of a case, oldest first. */
    @Transactional(readOnly = true)
    public List<Assessment> forCase(String caseReference) {
        return jdbc.query("SELECT id, case_reference, module, profile_version, assessor, overall_judgement,"
                        + " epa_confirmed, remarks, assessed_at FROM assessment WHERE case_reference = ? ORDER BY id",
                (rs, i) -> {
                    long id = rs.getLong(1);
                    Map<String, Boolean> judgements = new LinkedHashMap<>();
                    Map<String, String> remarks = new LinkedHashMap<>();
                    jdbc.query("SELECT requirement_code, sufficient, remark FROM assessment_judgement"
                                    + " WHERE assessment_id = ?",
                            row -> {
                                judgements.put(row.getString(1), row.getBoolean(2));
                                remarks.put(row.getString(1), row.getString(3));
                            }, id);
                    return new Assessment(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            Judgement.valueOf(rs.getString(6)), rs.getBoolean(7), rs.getString(8),
                            rs.getTimestamp(9).toInstant().atOffset(ZoneOffset.UTC), judgements, remarks);
                }, caseReference);
    }

    /** A profile version; unknown ones are a fault of the case, not of a person's input. */
    public CompetencyProfile profile(String module, String version) {
        return catalog.find(module, version)
                .orElseThrow(() -> new IllegalArgumentException("Unknown profile " + module + " " + version));
    }

    /** The supervisor's input contradicts itself; the message says what to change. */
    /** An inconsistent assessment: the supervisor's input (field {@value #FIELD}), with a Dutch message. */
    public static class InvalidAssessmentException extends RuleViolation {

        /** The form's list of judgements. */
        public static final String FIELD = "requirementJudgements";

        public InvalidAssessmentException(String message) {
            super(FIELD, message);
        }
    }
}
