-- issue 10: EXTRA modules and Rookvrije Ouders end with the BASIS registration, recorded with the date and the reason

-- why a module ended (next to coach_module.valid_until); NULL while it runs
ALTER TABLE coach_module ADD COLUMN end_reason VARCHAR(500);
-- why the registration ended (next to coach.ended_on)
ALTER TABLE coach ADD COLUMN end_reason VARCHAR(500);

-- every Rookvrije Ouders participation: from, until and why it ended. coach.rookvrije_ouders_since stays the
-- current one (what the public register reads); this table keeps what ended
CREATE TABLE rookvrije_ouders_participation (
    registration_number VARCHAR(20)  NOT NULL REFERENCES coach (registration_number),
    valid_from          DATE         NOT NULL,
    valid_until         DATE,
    end_reason          VARCHAR(500),
    PRIMARY KEY (registration_number, valid_from)
);

-- participations recorded before this table existed
INSERT INTO rookvrije_ouders_participation (registration_number, valid_from)
    SELECT registration_number, rookvrije_ouders_since FROM coach WHERE rookvrije_ouders_since IS NOT NULL;
