package nl.kabiz.smr.casework;

/** No case (or coach) with this reference. Dutch message; the API answers 404. */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String message) {
        super(message);
    }
}
