-- issue 9: every deadline of a registration case that a timer waits for is an absolute moment kept on the case
-- (the model's timers read them as timeDate), and who decided is a person's user id or "regeltabel <table>".
-- Portable SQL: H2 and PostgreSQL.
ALTER TABLE registration_application ADD COLUMN document_reminder_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE registration_application ADD COLUMN supervisor_reminder_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE registration_application ADD COLUMN assessment_escalation_at TIMESTAMP WITH TIME ZONE;

-- Cases that run now: the moments their (older) process version already scheduled, with the default periods
-- (smr.registration.document-reminder P14D before a P28D deadline; supervisor-reminder P14D and
-- assessment-escalation P28D after the assessment started, which is when the case last changed).
UPDATE registration_application SET document_reminder_at = document_deadline - INTERVAL '14' DAY
    WHERE status = 'WAITING_FOR_DOCUMENTS' AND document_deadline IS NOT NULL;
UPDATE registration_application SET supervisor_reminder_at = updated_at + INTERVAL '14' DAY,
        assessment_escalation_at = updated_at + INTERVAL '28' DAY
    WHERE status = 'ASSESSMENT';

-- a person's user id (up to 64) or "regeltabel registrationEligibility", as in case_decision
ALTER TABLE registration_application ALTER COLUMN decided_by SET DATA TYPE VARCHAR(100);
UPDATE registration_application SET decided_by = 'regeltabel registrationEligibility'
    WHERE decided_by = 'registrationEligibility';
