package nl.kabiz.smr.competency;

import java.util.Map;

/**
 * What a supervisor submits: either "all requirements sufficient" in one step, or a judgement per requirement
 * (with an optional remark each); the EPA confirmation, the overall judgement and the overall remarks.
 *
 * @param allSufficient the supervisor marked every requirement sufficient at once
 * @param requirements per requirement code: its judgement ({@code null} when not given) and remark
 */
public record AssessmentInput(boolean allSufficient, Map<String, RequirementJudgement> requirements,
        boolean epaConfirmed, Judgement overall, String remarks) {

    public AssessmentInput {
        requirements = requirements == null ? Map.of() : Map.copyOf(requirements);
    }

    /** One requirement's judgement: sufficient or not ({@code null}: not judged), and an optional remark. */
    public record RequirementJudgement(Boolean sufficient, String remark) {
    }
}
