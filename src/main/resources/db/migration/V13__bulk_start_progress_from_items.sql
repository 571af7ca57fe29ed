-- a bulk start's progress (started, skipped later) is counted from its items: the parallel workers no longer update
-- one shared counter row, whose row lock each batch held until its transaction (50 cases) committed (issue 12)
ALTER TABLE transition_bulk_start DROP COLUMN started;
ALTER TABLE transition_bulk_start DROP COLUMN skipped_later;
