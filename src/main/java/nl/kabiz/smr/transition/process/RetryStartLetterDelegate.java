package nl.kabiz.smr.transition.process;

import nl.kabiz.smr.transition.TransitionStartLetters;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The retry of one start letter the batch did not send ({@code letterCaseReference}): a job of its own on the mail
 * retry cycle, failing (and in the end an incident) as long as the letter cannot be delivered. Sent once.
 */
@Component("retryStartLetterDelegate")
public class RetryStartLetterDelegate implements JavaDelegate {

    private final TransitionStartLetters letters;

    public RetryStartLetterDelegate(TransitionStartLetters letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.send((String) execution.getVariable(TransitionProcess.LETTER_CASE_REFERENCE));
    }
}
