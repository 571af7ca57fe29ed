package nl.kabiz.smr.extramodule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.kabiz.smr.support.DecisionRules;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.Test;

/** Every rule of {@code extraModuleOutcome}: only an assessment without any shortfall is approved on the rules. */
class ExtraModuleOutcomeDecisionTest {

    @Test
    void onlyAnAssessmentWithoutShortfallIsApprovedEveryOtherGoesToTheCommission() throws Exception {
        DecisionRules rules = new DecisionRules("extraModuleOutcome");
        DmnDecisionResultEntries approve = rules.evaluate(input(true, "POSITIVE", true));
        assertThat(approve.<String>getEntry("outcomeDecision")).isEqualTo("APPROVE");
        assertThat(approve.<String>getEntry("outcomeReason")).contains("alle eisen");

        for (Map<String, Object> shortfall : new Map[] {input(false, "POSITIVE", true), input(true, "NEGATIVE", true),
                input(true, "POSITIVE", false), input(false, "NEGATIVE", false), input(null, null, null)}) {
            DmnDecisionResultEntries result = rules.evaluate(shortfall);
            assertThat(result.<String>getEntry("outcomeDecision")).as("%s", shortfall).isEqualTo("COMMISSION");
            assertThat(result.<String>getEntry("outcomeReason")).contains("Kwaliteitscommissie");
        }
        rules.assertEveryRuleMatched();
    }

    private static Map<String, Object> input(Boolean allSufficient, String judgement, Boolean epaConfirmed) {
        Map<String, Object> input = new HashMap<>();
        input.put("allRequirementsSufficient", allSufficient);
        input.put("supervisorJudgement", judgement);
        input.put("epaConfirmed", epaConfirmed);
        return input;
    }
}
