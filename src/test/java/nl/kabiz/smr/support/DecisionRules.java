package nl.kabiz.smr.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;

/** One decision table of {@code processes/}, evaluated by the DMN engine, remembering which rules matched. */
public final class DecisionRules {

    private final DmnEngine engine;
    private final DmnDecision decision;
    private final Set<String> matched = new TreeSet<>();

    public DecisionRules(String key) throws Exception {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> {
            for (DmnEvaluatedDecisionRule rule : ((DmnDecisionTableEvaluationEvent) event).getMatchingRules()) {
                matched.add(rule.getId());
            }
        }));
        engine = configuration.buildEngine();
        try (InputStream in = DecisionRules.class.getClassLoader().getResourceAsStream("processes/" + key + ".dmn")) {
            decision = engine.parseDecision(key, in);
        }
    }

    /** Evaluates and returns the single result (the tables are UNIQUE or FIRST). */
    public DmnDecisionResultEntries evaluate(Map<String, Object> variables) {
        return engine.evaluateDecision(decision, variables).getSingleResult();
    }

    /** Evaluates and returns every matched rule's result (RULE ORDER tables). */
    public org.camunda.bpm.dmn.engine.DmnDecisionResult evaluateAll(Map<String, Object> variables) {
        return engine.evaluateDecision(decision, variables);
    }

    /** Asserts that every rule of the table matched at least once. */
    public void assertEveryRuleMatched() {
        Set<String> all = new TreeSet<>();
        for (DmnDecisionTableRuleImpl rule : ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules()) {
            all.add(rule.getId());
        }
        assertThat(matched).as("rules of " + decision.getKey() + " matched by the tests").isEqualTo(all);
    }
}
