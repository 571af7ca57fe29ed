-- issue 10: applications for an EXTRA module (process extraModuleApplication). The case table is the only truth about
-- a case: status, supervisor, the assessment's reminder and escalation moments, the outcome. Decisions (who, when,
-- why, objection route) are in case_decision. Portable SQL: H2 and PostgreSQL.
CREATE TABLE extra_module_application (
    -- EXTRA-<module>-<registration number>-<n>, e.g. EXTRA-ZWANGER-SMR-123456-1
    reference                       VARCHAR(64)  PRIMARY KEY,
    registration_number             VARCHAR(20)  NOT NULL,
    module                          VARCHAR(30)  NOT NULL,
    -- n: the coach's n-th application for this module
    sequence_number                 INTEGER      NOT NULL,
    status                          VARCHAR(40)  NOT NULL,
    -- <registration number>:<module> while the case is open, NULL once closed: one open application per module
    open_key                        VARCHAR(64),
    coach_name                      VARCHAR(250) NOT NULL,
    coach_email                     VARCHAR(320) NOT NULL,
    supervisor_registration_number  VARCHAR(20)  NOT NULL,
    epa_summary                     VARCHAR(2000),
    -- the version of the module's own profile the supervisor assesses against (set when the assessment starts)
    profile_version                 VARCHAR(20),
    -- absolute moments of the running assessment: reminder to the supervisor, escalation to a case worker
    assessment_reminder_at          TIMESTAMP WITH TIME ZONE,
    assessment_escalation_at        TIMESTAMP WITH TIME ZONE,
    outcome_reason                  VARCHAR(4000),
    -- the day the module was added to the register (approved)
    granted_on                      DATE,
    submitted_by                    VARCHAR(64)  NOT NULL,
    opened_at                       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at                       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_extra_module_open UNIQUE (open_key),
    CONSTRAINT uq_extra_module_sequence UNIQUE (registration_number, module, sequence_number)
);
CREATE INDEX ix_extra_module_coach ON extra_module_application (registration_number);
