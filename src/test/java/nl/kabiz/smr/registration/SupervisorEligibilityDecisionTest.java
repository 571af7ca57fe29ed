package nl.kabiz.smr.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.kabiz.smr.support.DecisionRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN supervisorEligibility: actively registered with at least the placeholder 2 years of experience. */
class SupervisorEligibilityDecisionTest {

    static DecisionRules table;

    @BeforeAll
    static void parse() throws Exception {
        table = new DecisionRules("supervisorEligibility");
    }

    @AfterAll
    static void everyRule() {
        table.assertEveryRuleMatched();
    }

    @ParameterizedTest(name = "registered {0}, {1} years -> {2}")
    @CsvSource({
            "false, 0, false",   // rule notRegistered
            "false, 20, false",  // rule notRegistered: experience does not help an unregistered supervisor
            "true, 2, true",     // rule experienced: exactly the threshold
            "true, 11, true",    // rule experienced
            "true, 1, false",    // rule tooNew
            "true, 0, false"})   // rule tooNew
    void decides(boolean registered, int years, boolean eligible) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("supervisorRegistered", registered);
        variables.put("supervisorYearsExperience", years);
        assertThat((Boolean) table.evaluate(variables).getEntry("eligible")).isEqualTo(eligible);
    }
}
