package nl.kabiz.smr.transition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN transitionApplicability: who needs a transition case, and for how many years. */
class TransitionApplicabilityDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = TransitionApplicabilityDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/transitionApplicability.dmn")) {
            decision = engine.parseDecision("transitionApplicability", in);
        }
    }

    @ParameterizedTest(name = "registered {0}: required {1}, {2} years")
    @CsvSource({
            "2012-01-01, true, 3",
            "2021-01-01, true, 3",
            "2021-12-31, true, 3",   // rule registeredBefore2022, last day
            "2022-01-01, false, 0",  // rule registeredFrom2022, first day
            "2024-06-15, false, 0"})
    void decidesByInitialRegistrationDate(String initialRegistrationDate, boolean required, int years) {
        DmnDecisionResultEntries result = engine.evaluateDecision(decision,
                Map.of("initialRegistrationDate", initialRegistrationDate)).getSingleResult();
        assertThat((Boolean) result.getEntry("transitionRequired")).isEqualTo(required);
        assertThat(((Number) result.getEntry("transitionYears")).intValue()).isEqualTo(years);
    }
}
