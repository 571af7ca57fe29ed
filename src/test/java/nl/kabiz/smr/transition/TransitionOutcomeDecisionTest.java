package nl.kabiz.smr.transition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN transitionOutcome: the decision at the end of the evidence track, with the commission for edge cases. */
class TransitionOutcomeDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = TransitionOutcomeDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/transitionOutcome.dmn")) {
            decision = engine.parseDecision("transitionOutcome", in);
        }
    }

    @ParameterizedTest(name = "{0}, doubt {1}, late {2} -> {3}")
    @CsvSource(nullValues = "null", value = {
            "NEGATIVE, false, false, NOT_QUALIFIED", // rule negative
            "NEGATIVE, true, true, NOT_QUALIFIED",   // rule negative, whatever else
            "POSITIVE, true, false, COMMISSION",     // rule doubt
            "POSITIVE, false, true, COMMISSION",     // rule late
            "POSITIVE, false, false, QUALIFIED",     // rule qualified
            "POSITIVE, null, false, QUALIFIED"})     // no doubt recorded counts as no doubt
    void decides(String judgement, Boolean doubt, boolean deadlinePassed, String outcome) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("supervisorJudgement", judgement);
        variables.put("referToCommission", doubt);
        variables.put("deadlinePassed", deadlinePassed);
        DmnDecisionResultEntries result = engine.evaluateDecision(decision, variables).getSingleResult();
        assertThat((String) result.getEntry("transitionOutcome")).isEqualTo(outcome);
        assertThat((String) result.getEntry("outcomeReason")).isNotBlank();
    }
}
