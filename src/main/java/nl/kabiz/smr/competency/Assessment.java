package nl.kabiz.smr.competency;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A recorded assessment: which profile version, who judged, every requirement's judgement (code to sufficient)
 * with its optional remark, and the overall judgement.
 */
public record Assessment(long id, String caseReference, String module, String profileVersion, String assessor,
        Judgement overallJudgement, boolean epaConfirmed, String remarks, OffsetDateTime assessedAt,
        Map<String, Boolean> judgements, Map<String, String> requirementRemarks) {

    public boolean allSufficient() {
        return judgements.values().stream().allMatch(Boolean::booleanValue);
    }
}
