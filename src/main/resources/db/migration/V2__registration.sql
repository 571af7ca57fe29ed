-- Applications for registration of a new coach (process coachRegistration). Portable SQL: H2 and PostgreSQL.
CREATE TABLE registration_application (
    reference                       VARCHAR(32)  PRIMARY KEY,
    status                          VARCHAR(40)  NOT NULL,
    -- the email while the case is open, NULL once closed: at most one open case per email address
    open_email                      VARCHAR(320),
    first_name                      VARCHAR(100) NOT NULL,
    last_name                       VARCHAR(150) NOT NULL,
    email                           VARCHAR(320) NOT NULL,
    phone                           VARCHAR(20)  NOT NULL,
    date_of_birth                   DATE         NOT NULL,
    postal_code                     VARCHAR(7)   NOT NULL,
    city                            VARCHAR(100) NOT NULL,
    education_level                 VARCHAR(10)  NOT NULL,
    healthcare_professional         BOOLEAN      NOT NULL,
    profession                      VARCHAR(100),
    big_number                      VARCHAR(11),
    smr_in_professional_education   BOOLEAN      NOT NULL,
    training                        VARCHAR(200) NOT NULL,
    supervisor_registration_number  VARCHAR(20)  NOT NULL,
    epa_coaching_hours              INTEGER      NOT NULL,
    epa_clients                     INTEGER      NOT NULL,
    epa_clients_limited_literacy    INTEGER      NOT NULL,
    epa_intakes                     INTEGER      NOT NULL,
    epa_integral_trajectories       INTEGER      NOT NULL,
    epa_pharmacotherapy_trajectories INTEGER     NOT NULL,
    epa_referrals                   INTEGER      NOT NULL,
    training_route                  VARCHAR(20),
    -- handling period (behandeltermijn): due date, suspended while the case waits for the coach (hersteltermijn)
    decision_due_date               DATE         NOT NULL,
    waiting_since                   DATE,
    days_suspended                  INTEGER      NOT NULL,
    document_deadline               TIMESTAMP WITH TIME ZONE,
    missing_documents               VARCHAR(2000),
    -- outcome
    decided_by                      VARCHAR(40),
    decision_reason                 VARCHAR(2000),
    registration_number             VARCHAR(20),
    profile_version                 VARCHAR(20),
    submitted_by                    VARCHAR(64)  NOT NULL,
    created_at                      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at                       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_registration_open_email UNIQUE (open_email)
);
CREATE INDEX ix_registration_email ON registration_application (email);
CREATE INDEX ix_registration_status ON registration_application (status);
