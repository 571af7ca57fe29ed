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

/** DMN trainingRoute: integral basic training for non-healthcare professionals, a tailored route otherwise. */
class TrainingRouteDecisionTest {

    static DecisionRules table;

    @BeforeAll
    static void parse() throws Exception {
        table = new DecisionRules("trainingRoute");
    }

    @AfterAll
    static void everyRule() {
        table.assertEveryRuleMatched();
    }

    @ParameterizedTest(name = "healthcare professional {0}, SMR in education {1} -> {2}")
    @CsvSource({
            "false, false, INTEGRAL, Integrale basisopleiding",  // rule integral
            "false, true, INTEGRAL, Integrale basisopleiding",   // rule integral: the education question does not matter
            "true, true, TAILORED, verkort",                     // rule tailoredShort
            "true, false, TAILORED, aanvullend"})                // rule tailored
    void decides(boolean healthcareProfessional, boolean smrInEducation, String route, String labelPart) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("healthcareProfessional", healthcareProfessional);
        variables.put("smrInProfessionalEducation", smrInEducation);
        DmnDecisionResultEntries result = table.evaluate(variables);
        assertThat((String) result.getEntry("route")).isEqualTo(route);
        assertThat((String) result.getEntry("routeLabel")).contains(labelPart);
    }
}
