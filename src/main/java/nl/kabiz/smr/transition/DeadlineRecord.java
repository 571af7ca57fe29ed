package nl.kabiz.smr.transition;

import java.time.LocalDate;

/**
 * Where the register learns a transition case's deadline, each time the case fixes or extends it: the public
 * register shows "in overgangsregeling tot &lt;datum&gt;" from the application's own tables, never from the engine.
 */
@FunctionalInterface
public interface DeadlineRecord {

    void deadlineSet(String registrationNumber, LocalDate deadline);
}
