package nl.kabiz.smr.casework;

import java.util.Map;

/** An uploaded file the register does not take: too large (API 413) or not a PDF/PNG/JPEG by content (API 415). */
public class UnacceptableDocument extends RuleViolation {

    private final boolean tooLarge;

    private UnacceptableDocument(String field, String reason, boolean tooLarge) {
        super(Map.of(field, reason));
        this.tooLarge = tooLarge;
    }

    public static UnacceptableDocument tooLarge(String field, String reason) {
        return new UnacceptableDocument(field, reason, true);
    }

    public static UnacceptableDocument wrongType(String field, String reason) {
        return new UnacceptableDocument(field, reason, false);
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
