-- Judgment publication in the campaign tally, for JUDGMENT_PUBLICATION_RATE: judgments that took
-- effect in a period, and those of them published on the portal in time (not late).
ALTER TABLE campaign_tally_case ADD COLUMN effective_on DATE;
ALTER TABLE campaign_tally_case ADD COLUMN published_on_time BOOLEAN NOT NULL DEFAULT FALSE;

-- Judgments that took effect or were published before these columns existed.
UPDATE campaign_tally_case tally
SET effective_on = (effective.p ->> 'effectiveOn')::date
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.events.caseload.JudgmentTookEffect') effective
WHERE tally.case_id = effective.p ->> 'caseId';
UPDATE campaign_tally_case tally
SET published_on_time = NOT (published.p ->> 'late')::boolean
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.events.caseload.JudgmentPublished') published
WHERE tally.case_id = published.p ->> 'caseId';
