package nl.kabiz.smr.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.kabiz.smr.support.DecisionRules;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DMN registrationEligibility (hit policy FIRST): below MBO-4 refused, a negative judgement refused, missing
 * training refused, a foreign diploma and doubtful combinations to the commission, everything met approved.
 */
class RegistrationEligibilityDecisionTest {

    static DecisionRules table;

    @BeforeAll
    static void parse() throws Exception {
        table = new DecisionRules("registrationEligibility");
    }

    @AfterAll
    static void everyRule() {
        table.assertEveryRuleMatched();
    }

    @ParameterizedTest(name = "{0}, training {1}, EPA {2}, {3} -> {4}")
    @CsvSource(nullValues = "null", value = {
            "MBO-2, true, true, POSITIVE, REJECT, lager dan MBO-4",          // rule belowMbo4
            "MBO-3, true, true, POSITIVE, REJECT, lager dan MBO-4",          // rule belowMbo4
            "HBO, true, true, NEGATIVE, REJECT, supervisor",                 // rule negativeJudgement
            "FOREIGN, true, true, NEGATIVE, REJECT, supervisor",             // negative beats foreign
            "WO, false, true, POSITIVE, REJECT, scholing",                   // rule trainingMissing
            "FOREIGN, true, true, POSITIVE, COMMISSION, Buitenlands",        // rule foreignDiploma
            "FOREIGN, true, false, POSITIVE, COMMISSION, Buitenlands",       // rule foreignDiploma
            "MBO-4, true, false, POSITIVE, COMMISSION, EPA-minimums",        // rule epaShort
            "MBO-4, true, true, POSITIVE, APPROVE, alle eisen",              // rule allMet
            "HBO, true, true, POSITIVE, APPROVE, alle eisen",                // rule allMet
            "WO, true, true, POSITIVE, APPROVE, alle eisen",                 // rule allMet
            "HBO, true, true, null, COMMISSION, niet eenduidig"})            // rule doubtful
    void decides(String educationLevel, boolean trainingCompleted, boolean epaMinimumsMet, String judgement,
            String decision, String reasonPart) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("educationLevel", educationLevel);
        variables.put("trainingCompleted", trainingCompleted);
        variables.put("epaMinimumsMet", epaMinimumsMet);
        variables.put("supervisorJudgement", judgement);
        DmnDecisionResultEntries result = table.evaluate(variables);
        assertThat((String) result.getEntry("decision")).isEqualTo(decision);
        assertThat((String) result.getEntry("reason")).contains(reasonPart);
    }
}
