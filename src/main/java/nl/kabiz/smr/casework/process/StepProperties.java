package nl.kabiz.smr.casework.process;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/** The {@code camunda:properties} a step of a model names (name → value; a property without a value is left out). */
public final class StepProperties {

    private StepProperties() {
    }

    /** The step's properties; empty for no step or a step without any. The first of a repeated name counts. */
    public static Map<String, String> of(BaseElement step) {
        if (step == null || step.getExtensionElements() == null) {
            return Map.of();
        }
        return step.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> property.getCamundaName() != null && property.getCamundaValue() != null)
                .collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue,
                        (first, second) -> first));
    }
}
