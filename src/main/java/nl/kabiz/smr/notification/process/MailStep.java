package nl.kabiz.smr.notification.process;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.kabiz.smr.casework.process.StepProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * What a mail step of a model says about its mail, from the step's {@code camunda:properties}: {@code mailTemplate},
 * {@code mailModel}, and the expressions {@code mailTo}, {@code mailToName}, {@code mailOccurrence} (see
 * {@link SendMailDelegate}). Read from the deployed model (which the engine keeps in its deployment cache): properties
 * cost the running case nothing, where input parameters made every mail step a scope of its own (an execution) with
 * three local variables and their history, written and deleted for every mail (issue 12).
 * <p>
 * A case still running on a model version from before (its steps have input parameters instead) has no such
 * properties: its step is read from the variables the input parameters set, as before.
 */
public record MailStep(String template, List<String> model, Expression to, Expression toName,
        Expression occurrence) {

    public static final String TEMPLATE = "mailTemplate";
    public static final String TO = "mailTo";
    public static final String TO_NAME = "mailToName";
    public static final String OCCURRENCE = "mailOccurrence";
    public static final String MODEL = "mailModel";

    /** The mail step the execution is at. */
    public static MailStep of(DelegateExecution execution) {
        MailStep step = read(execution);
        return step != null ? step : fromVariables(execution);
    }

    /** The recipient's address when the step names one (a supervisor), else null: the coach. */
    public Object to(DelegateExecution execution) {
        return to == null ? null : to.getValue(execution);
    }

    public Object toName(DelegateExecution execution) {
        return toName == null ? null : toName.getValue(execution);
    }

    /** What makes this message unique within its step (a round, a reminder date), or null. */
    public Object occurrence(DelegateExecution execution) {
        return occurrence == null ? null : occurrence.getValue(execution);
    }

    private static MailStep read(DelegateExecution execution) {
        Map<String, String> values = StepProperties.of(execution.getBpmnModelElementInstance());
        if (!values.containsKey(TEMPLATE)) {
            return null;
        }
        if (values.get(MODEL) == null) {
            throw noModel(execution);
        }
        return new MailStep(values.get(TEMPLATE), names(values.get(MODEL)), expression(values.get(TO)),
                expression(values.get(TO_NAME)), expression(values.get(OCCURRENCE)));
    }

    /** A step of a model version from before the properties: its input parameters set these local variables. */
    private static MailStep fromVariables(DelegateExecution execution) {
        Object names = execution.getVariableLocal(MODEL);
        if (names == null) {
            throw noModel(execution);
        }
        return new MailStep((String) execution.getVariable(TEMPLATE), names(names.toString()),
                fixed(execution.getVariable(TO)), fixed(execution.getVariable(TO_NAME)),
                fixed(execution.getVariable(OCCURRENCE)));
    }

    private static IllegalStateException noModel(DelegateExecution execution) {
        return new IllegalStateException("Mail step " + execution.getCurrentActivityId()
                + " names no mailModel (the variables its template may use)");
    }

    private static List<String> names(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    private static Expression expression(String text) {
        return text == null ? null
                : Context.getProcessEngineConfiguration().getExpressionManager().createExpression(text);
    }

    private static Expression fixed(Object value) {
        return value == null ? null : new Fixed(value);
    }

    /** A value an input parameter already evaluated. */
    private record Fixed(Object value) implements Expression {

        @Override
        public Object getValue(org.camunda.bpm.engine.delegate.VariableScope variableScope) {
            return value;
        }

        @Override
        public void setValue(Object value, org.camunda.bpm.engine.delegate.VariableScope variableScope) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getExpressionText() {
            return String.valueOf(value);
        }

        @Override
        public boolean isLiteralText() {
            return true;
        }
    }
}
