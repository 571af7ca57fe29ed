-- Parallel bulk start (issue 12): the request partitions its coaches over smr.transition.bulk-workers batch workers,
-- one transitionBulkStart instance each; the run is COMPLETED when the last worker is done (workers_done = workers).
-- Portable SQL: runs on H2 and PostgreSQL. Runs started before this migration are one worker (0) of one.

ALTER TABLE transition_bulk_start_item ADD COLUMN worker INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE transition_bulk_start ADD COLUMN workers INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE transition_bulk_start ADD COLUMN workers_done INTEGER DEFAULT 0 NOT NULL;

-- a worker's next batch: its own open items
DROP INDEX ix_transition_bulk_item_open;
CREATE INDEX ix_transition_bulk_item_open ON transition_bulk_start_item (bulk_start_id, worker, processed_at);
