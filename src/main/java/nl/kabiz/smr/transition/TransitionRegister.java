package nl.kabiz.smr.transition;

import java.time.LocalDate;
import java.util.List;

/**
 * What the register learns from a transition case: its deadline each time the case fixes or extends it (the
 * public register shows "in overgangsregeling tot &lt;datum&gt;" from the application's own tables), the
 * qualification under the new profile, and the end of the registration.
 */
public interface TransitionRegister {

    void deadlineSet(String registrationNumber, LocalDate deadline);

    void qualified(String registrationNumber, String profileVersion);

    /**
     * Ends the registration for the given reason; returns the Dutch names of what ended with it (EXTRA modules,
     * Rookvrije Ouders), empty when only BASIS did, so that the letter can say so.
     */
    List<String> registrationEnded(String registrationNumber, String reason);
}
