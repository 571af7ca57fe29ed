package nl.kabiz.smr.system;

/**
 * A person's input breaks a rule of the register (an inconsistent assessment, a deadline out of range, a date that
 * does not exist). The message is Dutch and says what to change. The edges translate it: an API answers 400 with
 * the field, Tasklist shows the message on the form ({@link TaskFormGuard}), the command line exits non-zero.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field or request field at fault. */
    public String field() {
        return field;
    }
}
