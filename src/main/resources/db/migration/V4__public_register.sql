-- The public register (issue 11): what GET /register and GET /api/public/coaches show and search, kept in the
-- application's own tables (never read from the engine). Portable SQL: runs on H2 and PostgreSQL.

-- postal code from the registration application or the CSV import; only its 4-digit area is ever shown or searched
ALTER TABLE coach ADD COLUMN postal_code VARCHAR(7);
ALTER TABLE coach ADD COLUMN postal_area VARCHAR(4);
-- search keys: lower case, no accents, punctuation as a space (nl.kabiz.smr.coach.SearchKeys)
ALTER TABLE coach ADD COLUMN name_key VARCHAR(250);
ALTER TABLE coach ADD COLUMN city_key VARCHAR(100);
-- deadline of the coach's open transition case (written where the case sets or extends it; NULL once it closes)
ALTER TABLE coach ADD COLUMN transition_until DATE;
-- since when the coach takes part in Rookvrije Ouders (written by the opt-in procedure; NULL: not taking part)
ALTER TABLE coach ADD COLUMN rookvrije_ouders_since DATE;

-- the words of each coach's name, so that "jans" finds "Piet Jansen" through an index
CREATE TABLE coach_name_word (
    word                VARCHAR(100) NOT NULL,
    registration_number VARCHAR(20)  NOT NULL REFERENCES coach (registration_number),
    PRIMARY KEY (word, registration_number)
);
CREATE INDEX ix_coach_name_word_coach ON coach_name_word (registration_number);

-- one index per filter of the public register, and one for its order (name, then number)
CREATE INDEX ix_coach_name_key ON coach (name_key, registration_number);
CREATE INDEX ix_coach_city_key ON coach (city_key);
CREATE INDEX ix_coach_postal_area ON coach (postal_area);
CREATE INDEX ix_coach_status_ended ON coach (status, ended_on);
CREATE INDEX ix_coach_rookvrije_ouders ON coach (rookvrije_ouders_since);
CREATE INDEX ix_coach_module_module ON coach_module (module, registration_number);
