-- which node (application instance) sent each email: with several nodes on one database, where a message went out
-- (issue 12: the reminder timer's job, which sends the reminder, no longer logs its success in the job log)
ALTER TABLE sent_mail ADD COLUMN sent_by VARCHAR(255);
