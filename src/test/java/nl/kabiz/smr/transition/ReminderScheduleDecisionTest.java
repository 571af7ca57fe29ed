package nl.kabiz.smr.transition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DMN reminderSchedule (COLLECT): the months before the deadline at which the coach is reminded. */
class ReminderScheduleDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = ReminderScheduleDecisionTest.class.getClassLoader()
                .getResourceAsStream("processes/reminderSchedule.dmn")) {
            decision = engine.parseDecision("reminderSchedule", in);
        }
    }

    @Test
    void everyRuleFiresForATransitionPeriod() {
        List<Object> months = engine.evaluateDecisionTable(decision, Map.of("transitionYears", 3))
                .collectEntries("monthsBefore");
        // rules twelveMonths, sixMonths, threeMonths, oneMonth
        assertThat(months).extracting(m -> ((Number) m).intValue()).containsExactly(12, 6, 3, 1);
    }

    @Test
    void noRemindersWithoutATransitionPeriod() {
        assertThat(engine.evaluateDecisionTable(decision, Map.of("transitionYears", 0)).getResultList()).isEmpty();
    }
}
