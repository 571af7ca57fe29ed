package nl.kabiz.smr.transition;

import java.time.OffsetDateTime;

/**
 * A bulk start of transition cases and its progress.
 *
 * @param toStart coaches the request selected (DMN says a case is needed, none yet)
 * @param skippedExisting coaches skipped because they already have a case
 * @param skippedNotApplicable active coaches for whom DMN transitionApplicability says no case is needed
 * @param started cases opened so far by the batch jobs
 * @param skippedLater selected coaches skipped by a batch (a case was opened meanwhile, or the coach is no longer active)
 */
public record BulkStart(long id, String requestedBy, OffsetDateTime requestedAt, Status status, int toStart,
        int skippedExisting, int skippedNotApplicable, int started, int skippedLater, OffsetDateTime finishedAt) {

    public enum Status { RUNNING, COMPLETED }

    /** Selected coaches not handled yet. */
    public int remaining() {
        return toStart - started - skippedLater;
    }

    /** Every coach skipped, for whatever reason. */
    public int skipped() {
        return skippedExisting + skippedNotApplicable + skippedLater;
    }
}
