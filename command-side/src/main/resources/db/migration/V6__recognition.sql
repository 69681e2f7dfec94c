-- The recognition workflow's own lookups, kept by a subscribing processor in the same transaction
-- as the events (processing group recognition-register), so nominations, ballots and decisions can
-- check frozen standings, past titles, ballot outcomes and the decider's court level.

-- Court level of every unit, for the competent-authority rule.
CREATE TABLE recognition_unit (
    unit_id VARCHAR(64) PRIMARY KEY,
    level   VARCHAR(16) NOT NULL
);
-- Units registered before this table existed: read their level from the stored events.
INSERT INTO recognition_unit (unit_id, level)
SELECT convert_from(payload, 'UTF8')::jsonb ->> 'unitId',
       convert_from(payload, 'UTF8')::jsonb ->> 'level'
FROM domain_event_entry
WHERE payload_type = 'vn.thidua.events.organisation.UnitRegistered'
ON CONFLICT DO NOTHING;

-- Phases whose standings are frozen, and each unit's figures the gates read.
CREATE TABLE recognition_frozen_phase (
    campaign_id VARCHAR(64) NOT NULL,
    phase_id    VARCHAR(64) NOT NULL,
    ended_on    DATE,
    PRIMARY KEY (campaign_id, phase_id)
);
CREATE TABLE recognition_frozen_standing (
    campaign_id   VARCHAR(64) NOT NULL,
    phase_id      VARCHAR(64) NOT NULL,
    unit_id       VARCHAR(64) NOT NULL,
    annulled_rate NUMERIC,
    failed_gates  TEXT        NOT NULL DEFAULT '',
    PRIMARY KEY (campaign_id, phase_id, unit_id)
);

-- Every nomination with its eligibility, its ballot outcome and its award (if any).
CREATE TABLE recognition_nomination (
    nomination_id   VARCHAR(64) PRIMARY KEY,
    title           VARCHAR(40) NOT NULL,
    emulation_year  INTEGER     NOT NULL,
    unit_id         VARCHAR(64) NOT NULL,
    person_id       VARCHAR(64),
    eligible        BOOLEAN,
    ballot_id       VARCHAR(64),
    ballot_passed   BOOLEAN,
    decision_number VARCHAR(64) UNIQUE,
    revoked         BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX recognition_nomination_by_unit ON recognition_nomination (title, emulation_year, unit_id);
CREATE INDEX recognition_nomination_by_person ON recognition_nomination (person_id, title);

-- The secret ballot box: counts per nomination and choice, never a row per voter.
CREATE TABLE recognition_ballot_box (
    ballot_id     VARCHAR(64) NOT NULL,
    nomination_id VARCHAR(64) NOT NULL,
    choice        VARCHAR(8)  NOT NULL,
    votes         INTEGER     NOT NULL,
    PRIMARY KEY (ballot_id, nomination_id, choice)
);
