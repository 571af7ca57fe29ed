package nl.kabiz.smr.casework.process;

import java.util.Set;

/**
 * Process variables that are a loop's bookkeeping, whose truth is a case table (when the next reminder is due), and
 * that therefore keep no history ({@link BookkeepingWithoutHistory}). A procedure declares them as a bean.
 */
public interface VariablesWithoutHistory {

    Set<String> names();
}
