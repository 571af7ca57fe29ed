package nl.kabiz.smr.casework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person's input breaks a rule of the register (a field left empty, an inconsistent assessment, a deadline out of
 * range, a date that does not exist). Each reason is Dutch and says what to change. The edges translate it: the API
 * answers 400 naming each field ({@code system.ApiErrors}), Tasklist shows the message next to the form
 * ({@code system.TaskFormGuard}), the command line logs each field and exits non-zero.
 */
public class RuleViolation extends RuntimeException {

    private final Map<String, String> reasons;

    /** One field and why: the reason is the message Tasklist shows. */
    public RuleViolation(String field, String reason) {
        this(Map.of(field, reason));
    }

    /** Several fields, in the order a person reads them: field to reason. */
    public RuleViolation(Map<String, String> reasons) {
        super(reasons.isEmpty() ? "" : reasons.values().iterator().next());
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A rule violation names at least one field");
        }
        this.reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /** The (first) form field or request field at fault. */
    public String field() {
        return reasons.keySet().iterator().next();
    }

    /** Every field at fault with its reason, in order. */
    public Map<String, String> reasons() {
        return reasons;
    }
}
