package nl.kabiz.smr.transition;

/**
 * The decisions a transition case records ({@code case_decision}, through {@code CaseDecisions}): the outcome
 * words the model names, each with the question it answers.
 */
public enum TransitionDecision {
    /** The case worker's review of a round of evidence. */
    EVIDENCE_COMPLETE(Question.REVIEW),
    EVIDENCE_INCOMPLETE(Question.REVIEW),
    /** DMN {@code transitionOutcome} after the supervisor's assessment. */
    QUALIFIED(Question.OUTCOME),
    COMMISSION(Question.OUTCOME),
    NOT_QUALIFIED(Question.OUTCOME),
    /** The commission on an edge case. */
    COMMISSION_QUALIFY(Question.COMMISSION),
    COMMISSION_REJECT(Question.COMMISSION),
    /** The commission on an extension request. */
    EXTENSION_GRANTED(Question.EXTENSION),
    EXTENSION_REFUSED(Question.EXTENSION),
    /** The case worker confirms the end of the registration after the deadline. */
    REGISTRATION_ENDED(Question.END);

    public enum Question { REVIEW, OUTCOME, COMMISSION, EXTENSION, END }

    private final Question question;

    TransitionDecision(Question question) {
        this.question = question;
    }

    /** Whether the recorded outcome answers the question. */
    static boolean answers(String outcome, Question question) {
        for (TransitionDecision decision : values()) {
            if (decision.name().equals(outcome)) {
                return decision.question == question;
            }
        }
        return false;
    }
}
