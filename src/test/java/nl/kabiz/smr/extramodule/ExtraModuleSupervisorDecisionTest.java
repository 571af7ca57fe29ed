package nl.kabiz.smr.extramodule;

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
 * DMN {@code extraModuleSupervisor}: the supervisor of an EXTRA-module application must hold the module, or be
 * approved by the commission, on top of what every supervisor needs (DMN supervisorEligibility). Every rule.
 */
class ExtraModuleSupervisorDecisionTest {

    static DecisionRules table;

    @BeforeAll
    static void parse() throws Exception {
        table = new DecisionRules("extraModuleSupervisor");
    }

    @AfterAll
    static void everyRule() {
        table.assertEveryRuleMatched();
    }

    @ParameterizedTest(name = "{0}, eligible {1}, holds {2}, commission {3} -> {4}")
    @CsvSource(nullValues = "null", value = {
            // rule notEligible: the requirements of every supervisor first
            "EXTRA_ZWANGER,     false, true,  null,  NOT_ACCEPTED, niet actief geregistreerd",
            "EXTRA_ZWANGER,     false, false, true,  NOT_ACCEPTED, niet actief geregistreerd",
            // rule holdsModule
            "EXTRA_ZWANGER,     true,  true,  null,  ACCEPTED,     heeft deze EXTRA-module zelf",
            "EXTRA_PSYCHIATRIE, true,  true,  false, ACCEPTED,     heeft deze EXTRA-module zelf",
            // rule approvedByCommission
            "EXTRA_PSYCHIATRIE, true,  false, true,  ACCEPTED,     Kwaliteitscommissie heeft de supervisor goedgekeurd",
            // rule refusedByCommission
            "EXTRA_ZWANGER,     true,  false, false, NOT_ACCEPTED, niet goedgekeurd",
            // rule askCommission: e.g. a newly published module nobody holds yet
            "EXTRA_PSYCHIATRIE, true,  false, null,  COMMISSION,   zelf niet",
            // rule incomplete
            "EXTRA_ZWANGER,     null,  true,  null,  COMMISSION,   niet eenduidig",
            "EXTRA_ZWANGER,     true,  null,  null,  COMMISSION,   niet eenduidig"})
    void decides(String module, Boolean eligible, Boolean holds, Boolean approved, String decision, String reasonPart) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("module", module);
        variables.put("supervisorEligible", eligible);
        variables.put("supervisorHoldsModule", holds);
        variables.put("supervisorApprovedByCommission", approved);
        DmnDecisionResultEntries result = table.evaluate(variables);
        assertThat((String) result.getEntry("supervisorDecision")).isEqualTo(decision);
        assertThat((String) result.getEntry("supervisorReason")).contains(reasonPart);
    }
}
