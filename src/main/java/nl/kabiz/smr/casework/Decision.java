package nl.kabiz.smr.casework;

import java.time.OffsetDateTime;

/**
 * A decision on a case: what was decided, why, by whom (a person's user id, or {@link #byRules(String)} for a
 * decision table) and when; a decision against the coach carries the objection route it was sent with.
 *
 * @param outcome the procedure's own word for it (REGISTERED, REFUSED, EXTENSION_GRANTED, ...)
 * @param objectionText the objection route (bezwaar), or {@code null} when the decision is not against the coach
 */
public record Decision(String caseReference, String outcome, String reason, String decidedBy,
        OffsetDateTime decidedAt, String objectionText) {

    private static final String RULES = "regeltabel ";

    /** Who decided when a decision table did: "regeltabel registrationEligibility". */
    public static String byRules(String decisionKey) {
        return RULES + decisionKey;
    }

    public boolean takenByRules() {
        return decidedBy.startsWith(RULES);
    }

    /** Whether the coach can object (the letter carries the objection route). */
    public boolean appealable() {
        return objectionText != null;
    }
}
