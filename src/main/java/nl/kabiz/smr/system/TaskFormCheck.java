package nl.kabiz.smr.system;

import java.util.Map;
import nl.kabiz.smr.casework.RuleViolation;

/**
 * A rule that a submitted task form must meet, judged before the engine sees the submission ({@link TaskFormGuard}):
 * a broken rule reaches Tasklist as a Dutch message on the form (HTTP 400), the task stays open and nothing is
 * written. The process still checks the same rule when the task completes, for callers that bypass the form.
 */
public interface TaskFormCheck {

    /** The Camunda Form id ({@code formRef}) whose submissions this check judges. */
    String formId();

    /**
     * Throws {@link RuleViolation} when the submission breaks a rule.
     *
     * @param values the task's variables with the submitted values over them; JSON values as lists and maps
     */
    void check(Map<String, Object> values);
}
