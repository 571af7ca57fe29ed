package nl.kabiz.smr.casework;

/**
 * The request is sound but the case is not in a state to take it (already closed, not waiting for evidence, a
 * second open application). Dutch message; the API answers 409, nothing is written.
 */
public class CaseConflict extends RuntimeException {

    public CaseConflict(String message) {
        super(message);
    }
}
