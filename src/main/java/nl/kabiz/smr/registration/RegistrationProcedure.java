package nl.kabiz.smr.registration;

import java.util.List;
import nl.kabiz.smr.document.StoredDocument;

/**
 * The registration procedure as the domain needs it, whatever runs it (implemented by the process adapter). Each
 * call runs in the caller's transaction, so a failing start leaves nothing behind.
 */
public interface RegistrationProcedure {

    /** Starts the procedure of a stored application; the case reference is its key. */
    void start(RegistrationApplication application);

    /**
     * The case's documents changed: an open case shows the new list, a case that waits for documents resumes.
     * Returns whether a waiting case resumed.
     */
    boolean documentsChanged(String reference, List<StoredDocument> documents);
}
