-- Statutory deadlines in the campaign tally, for OVERDUE_CASES in the frozen standings: a case
-- pending at the end of a period whose deadline is before that end is overdue. Cases accepted
-- before deadlines were recorded keep a null deadline and are never counted overdue.
ALTER TABLE campaign_tally_case ADD COLUMN statutory_deadline DATE;

-- Cases accepted before this column existed: read the deadline from the stored CaseAccepted.
UPDATE campaign_tally_case tally
SET statutory_deadline = (accepted.p ->> 'statutoryDeadline')::date
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.events.caseload.CaseAccepted') accepted
WHERE tally.case_id = accepted.p ->> 'caseId'
  AND accepted.p ->> 'statutoryDeadline' IS NOT NULL;
