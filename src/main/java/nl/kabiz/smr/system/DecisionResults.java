package nl.kabiz.smr.system;

import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.springframework.stereotype.Component;

/**
 * Reading a decision with several matching rules in a BPMN output mapping (bean {@code decisionResults}): e.g.
 * every EPA shortfall of {@code epaMinimums} (hit policy RULE ORDER) as one Dutch sentence.
 */
@Component("decisionResults")
public class DecisionResults {

    /** The distinct values of one output over every matched rule, in rule order, joined with "; ". */
    public String joined(DmnDecisionResult result, String output) {
        return result.getResultList().stream().map(entry -> entry.get(output)).filter(Objects::nonNull)
                .map(Object::toString).distinct().collect(Collectors.joining("; "));
    }
}
