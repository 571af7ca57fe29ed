-- Issue 9: the transition case table is the only source of truth of a case: its status, its transition period
-- and deadline, its evidence and extension rounds, its supervisor and its pending reminders. Delegates and
-- listeners write it through the domain (TransitionCaseSteps); the API reads only these tables, never the engine.
-- Portable SQL: runs on H2 and PostgreSQL.

ALTER TABLE transition_case ADD COLUMN status VARCHAR(30) DEFAULT 'OPENING' NOT NULL;
ALTER TABLE transition_case ADD COLUMN transition_start DATE;
ALTER TABLE transition_case ADD COLUMN transition_years INTEGER;
ALTER TABLE transition_case ADD COLUMN deadline DATE;
ALTER TABLE transition_case ADD COLUMN evidence_rounds INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE transition_case ADD COLUMN evidence_submitted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE transition_case ADD COLUMN extension_requests INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE transition_case ADD COLUMN supervisor_registration_number VARCHAR(20);

-- cases that exist already: a closed case keeps its outcome as status (CLOSED when it had none); an open case is
-- taken to wait for evidence (its next step writes the exact status); its deadline is the one the register
-- learned (coach.transition_until); documents already sent count as one round of evidence
UPDATE transition_case SET status = outcome WHERE outcome IS NOT NULL;
UPDATE transition_case SET status = 'CLOSED' WHERE outcome IS NULL AND closed_at IS NOT NULL;
UPDATE transition_case SET status = 'AWAITING_EVIDENCE' WHERE closed_at IS NULL;
UPDATE transition_case SET deadline = (SELECT c.transition_until FROM coach c
        WHERE c.registration_number = transition_case.registration_number)
    WHERE closed_at IS NULL;
UPDATE transition_case SET evidence_submitted_at = (SELECT MAX(d.uploaded_at) FROM document d
        WHERE d.case_reference = transition_case.case_reference);
UPDATE transition_case SET evidence_rounds = 1 WHERE evidence_submitted_at IS NOT NULL;

-- the status says it all now
ALTER TABLE transition_case DROP COLUMN outcome;

-- the reminders still to come for a case waiting for evidence, planned whenever its period (re)starts and after
-- every reminder sent (DMN reminderSchedule); the sent ones are in sent_mail
CREATE TABLE transition_case_reminder (
    case_reference VARCHAR(64) NOT NULL REFERENCES transition_case (case_reference),
    reminder_day   DATE        NOT NULL,
    PRIMARY KEY (case_reference, reminder_day)
);
