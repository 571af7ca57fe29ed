package nl.kabiz.smr.extramodule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.kabiz.smr.support.DecisionRules;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DMN {@code extraModuleEligibility}: may the coach get the EXTRA module? Every rule. (The supervisor rule, DMN
 * {@code extraModuleSupervisor}: {@link ExtraModuleSupervisorDecisionTest}.)
 */
class ExtraModuleEligibilityDecisionTest {

    static DecisionRules table;

    @BeforeAll
    static void parse() throws Exception {
        table = new DecisionRules("extraModuleEligibility");
    }

    @AfterAll
    static void everyRule() {
        table.assertEveryRuleMatched();
    }

    @ParameterizedTest(name = "{0}, BASIS {1}, transition {2}, published {3}, training {4}, {5} -> {6}")
    @CsvSource(nullValues = "null", value = {
            // rule unknownModule: BASIS is not an EXTRA module; nor is an unknown one or none
            "BASIS,             true,  false, true,  true,  HBO,     NOT_ELIGIBLE, alleen een EXTRA-module",
            "EXTRA_ROKEN,       true,  false, true,  true,  HBO,     NOT_ELIGIBLE, alleen een EXTRA-module",
            "null,              true,  false, true,  true,  HBO,     NOT_ELIGIBLE, alleen een EXTRA-module",
            // rule basisNotActive: first, whatever else holds
            "EXTRA_ZWANGER,     false, false, true,  true,  HBO,     NOT_ELIGIBLE, geen actieve BASIS-registratie",
            "EXTRA_ZWANGER,     false, true,  false, false, MBO-2,   NOT_ELIGIBLE, geen actieve BASIS-registratie",
            // rule profileNotPublished: EXTRA-Psychiatrie while it is a draft
            "EXTRA_PSYCHIATRIE, true,  false, false, true,  HBO,     NOT_ELIGIBLE, nog geen competentieprofiel",
            "EXTRA_PSYCHIATRIE, true,  true,  false, false, MBO-3,   NOT_ELIGIBLE, nog geen competentieprofiel",
            // rule educationBelowMinimum: the BASIS minimum MBO-4 until the commission sets another
            "EXTRA_ZWANGER,     true,  false, true,  true,  MBO-3,   NOT_ELIGIBLE, onder het minimum",
            "EXTRA_ZWANGER,     true,  false, true,  true,  MBO-2,   NOT_ELIGIBLE, onder het minimum",
            // rule trainingNotCompleted: refused, not a commission case
            "EXTRA_ZWANGER,     true,  false, true,  false, HBO,     NOT_ELIGIBLE, scholing",
            "EXTRA_PSYCHIATRIE, true,  true,  true,  false, WO,      NOT_ELIGIBLE, scholing",
            // rule inTransition: may apply, approval does not wait for the transition outcome
            "EXTRA_ZWANGER,     true,  true,  true,  true,  HBO,     ELIGIBLE,     overgangsregeling",
            "EXTRA_PSYCHIATRIE, true,  true,  true,  true,  null,    ELIGIBLE,     overgangsregeling",
            // rule eligible: MBO-4 and up, a foreign diploma and an unrecorded level meet the BASIS minimum
            "EXTRA_ZWANGER,     true,  false, true,  true,  MBO-4,   ELIGIBLE,     voldoet aan de voorwaarden",
            "EXTRA_ZWANGER,     true,  false, true,  true,  WO,      ELIGIBLE,     voldoet aan de voorwaarden",
            "EXTRA_ZWANGER,     true,  false, true,  true,  FOREIGN, ELIGIBLE,     voldoet aan de voorwaarden",
            "EXTRA_PSYCHIATRIE, true,  false, true,  true,  null,    ELIGIBLE,     voldoet aan de voorwaarden",
            // rule doubtful: what is not known yet goes to the commission, never silently approved
            "EXTRA_ZWANGER,     true,  false, true,  null,  HBO,     COMMISSION,   niet eenduidig",
            "EXTRA_ZWANGER,     true,  null,  true,  true,  HBO,     COMMISSION,   niet eenduidig",
            "EXTRA_ZWANGER,     null,  false, true,  true,  HBO,     COMMISSION,   niet eenduidig"})
    void decides(String module, Boolean basisActive, Boolean inTransition, Boolean published, Boolean training,
            String educationLevel, String decision, String reasonPart) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("module", module);
        variables.put("basisActive", basisActive);
        variables.put("inTransition", inTransition);
        variables.put("moduleProfilePublished", published);
        variables.put("moduleTrainingCompleted", training);
        variables.put("educationLevel", educationLevel);
        DmnDecisionResultEntries result = table.evaluate(variables);
        assertThat((String) result.getEntry("decision")).isEqualTo(decision);
        assertThat((String) result.getEntry("reason")).contains(reasonPart);
    }

    @Test
    void theTransitionReasonTellsTheCoachTheModuleEndsWithBasis() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("module", "EXTRA_ZWANGER");
        variables.put("basisActive", true);
        variables.put("inTransition", true);
        variables.put("moduleProfilePublished", true);
        variables.put("moduleTrainingCompleted", true);
        variables.put("educationLevel", "HBO");
        assertThat((String) table.evaluate(variables).getEntry("reason"))
                .contains("eindigt uw BASIS-registratie, dan eindigt de EXTRA-module ook");
    }
}
