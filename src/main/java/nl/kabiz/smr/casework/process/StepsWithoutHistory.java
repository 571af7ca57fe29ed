package nl.kabiz.smr.casework.process;

import java.util.Set;

/**
 * Steps of a loop that runs by the thousand (the transition case's reminders) whose history says nothing the case
 * table and the loop's own recorded step do not ({@link BookkeepingWithoutHistory}). A procedure declares them as a
 * bean, with its process definition key.
 */
public interface StepsWithoutHistory {

    /** The process the steps belong to. */
    String processDefinitionKey();

    /**
     * Steps that keep no historic activity instance: routing and bookkeeping that start and end within one job (a
     * gateway, the step that takes the next planned day), never a wait state, so that no instance is left open.
     */
    Set<String> steps();

    /**
     * Timers whose jobs keep no job log of their creation and their success; a failure is still logged, as is every
     * event of every other job.
     */
    default Set<String> timersWithoutJobLog() {
        return Set.of();
    }
}
