package nl.kabiz.smr.transition.process;

import java.util.List;
import nl.kabiz.smr.transition.TransitionStartLetters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * One job of a bulk start: sends the start letters of the cases the previous job opened ({@code batchCases}), each
 * committed on its own; the letters it could not send go to {@code startLettersToRetry} (transient), each retried
 * alone by {@code serviceTask_retryStartLetter}.
 */
@Component("sendStartLettersDelegate")
public class SendStartLettersDelegate implements JavaDelegate {

    private final TransitionStartLetters letters;

    public SendStartLettersDelegate(TransitionStartLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> notSent = letters.sendBatch(references(execution.getVariable(TransitionProcess.BATCH_CASES)));
        execution.setVariable(TransitionProcess.START_LETTERS_TO_RETRY, Variables.objectValue(notSent, true).create());
    }

    /** The batch's case references from {@code batchCases} (a JSON list). */
    public static List<String> references(Object batchCases) {
        if (batchCases instanceof SpinJsonNode json) {
            return json.elements().stream().map(SpinJsonNode::stringValue).toList();
        }
        return batchCases == null ? List.of() : ((List<?>) batchCases).stream().map(String::valueOf).toList();
    }
}
