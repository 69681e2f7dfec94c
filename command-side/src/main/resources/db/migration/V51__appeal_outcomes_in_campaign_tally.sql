-- Appeal outcomes in the campaign tally, for the annulled/amended rate: a whole annulment or
-- amendment for a subjective reason weighs 1, a partial one 0.5 (two partial count as one),
-- anything else 0. Counted in the period of the appeal decision.
ALTER TABLE campaign_tally_case ADD COLUMN appeal_decided_on DATE;
ALTER TABLE campaign_tally_case ADD COLUMN annulled_amended_weight NUMERIC(2, 1) NOT NULL DEFAULT 0;
