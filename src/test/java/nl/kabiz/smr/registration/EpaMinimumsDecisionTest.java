package nl.kabiz.smr.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.support.DecisionRules;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DMN epaMinimums: placeholder minimums per EPA count (40 h, 10, 2, 10, 5, 3, 1); every shortfall is named. */
class EpaMinimumsDecisionTest {

    static DecisionRules table;

    @BeforeAll
    static void parse() throws Exception {
        table = new DecisionRules("epaMinimums");
    }

    @AfterAll
    static void everyRule() {
        table.assertEveryRuleMatched();
    }

    @Test
    void theIssueExampleMeetsEveryMinimum() {
        DmnDecisionResultEntries result = table.evaluate(counts(Map.of()));
        assertThat((Boolean) result.getEntry("epaMinimumsMet")).isTrue();
        assertThat((String) result.getEntry("epaShortfall")).isEqualTo("alle EPA-minimums gehaald");
    }

    @Test
    void exactlyTheMinimumsAreEnough() {
        assertThat((Boolean) table.evaluate(counts(Map.of("epaCoachingHours", 40, "epaClients", 10,
                "epaClientsLimitedHealthLiteracy", 2, "epaIntakes", 10, "epaIntegralTrajectories", 5,
                "epaPharmacotherapyTrajectories", 3, "epaReferrals", 1))).getEntry("epaMinimumsMet")).isTrue();
    }

    @ParameterizedTest(name = "{0} = {1} is short")
    @CsvSource({
            "epaCoachingHours, 39, coachingsuren",
            "epaClients, 9, clienten",
            "epaClientsLimitedHealthLiteracy, 1, beperkte gezondheidsvaardigheden",
            "epaIntakes, 0, intakes",
            "epaIntegralTrajectories, 4, integrale trajecten",
            "epaPharmacotherapyTrajectories, 2, farmacotherapie",
            "epaReferrals, 0, verwijzingen"})
    void eachShortCountFailsAndIsNamed(String count, int value, String named) {
        DmnDecisionResultEntries result = table.evaluate(counts(Map.of(count, value)));
        assertThat((Boolean) result.getEntry("epaMinimumsMet")).isFalse();
        assertThat((String) result.getEntry("epaShortfall")).contains(named);
    }

    @Test
    void everyShortfallIsNamedNotOnlyTheFirst() {
        List<String> shortfalls = table.evaluateAll(counts(Map.of("epaCoachingHours", 20, "epaIntakes", 3,
                "epaIntegralTrajectories", 1, "epaReferrals", 0))).collectEntries("epaShortfall");
        assertThat(shortfalls).hasSize(4).allMatch(s -> s.startsWith("te weinig"));
        assertThat(String.join("; ", shortfalls)).contains("coachingsuren", "intakes", "integrale trajecten",
                "verwijzingen");
        assertThat(table.evaluateAll(counts(Map.of("epaCoachingHours", 20, "epaIntakes", 3)))
                .getFirstResult().<Boolean>getEntry("epaMinimumsMet")).isFalse();
    }

    /** The counts of the issue's example, with some replaced. */
    private static Map<String, Object> counts(Map<String, Integer> replaced) {
        Map<String, Object> variables = new HashMap<>(Map.of("epaCoachingHours", 40, "epaClients", 12,
                "epaClientsLimitedHealthLiteracy", 3, "epaIntakes", 12, "epaIntegralTrajectories", 8,
                "epaPharmacotherapyTrajectories", 5, "epaReferrals", 2));
        variables.putAll(replaced);
        return variables;
    }
}
