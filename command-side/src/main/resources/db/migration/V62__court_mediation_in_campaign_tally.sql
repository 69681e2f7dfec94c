-- Mediation at court (Law on Mediation and Dialogue) in the campaign tally, for
-- COURT_MEDIATION_SUCCESS_RATE: matters transferred in a period (by receipt date) and those
-- concluded successfully in it (by conclusion date).
CREATE TABLE campaign_tally_court_mediation (
    mediation_id VARCHAR(64) PRIMARY KEY,
    unit_id      VARCHAR(64) NOT NULL,
    received_on  DATE        NOT NULL,
    concluded_on DATE,
    successful   BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX campaign_tally_court_mediation_unit_idx ON campaign_tally_court_mediation (unit_id);

-- Matters transferred and concluded before this table existed, from the stored events.
INSERT INTO campaign_tally_court_mediation (mediation_id, unit_id, received_on)
SELECT p ->> 'mediationId', p ->> 'unitId', (p ->> 'receivedOn')::date
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.events.caseload.MatterTransferredToCourtMediation') transferred
ON CONFLICT DO NOTHING;
UPDATE campaign_tally_court_mediation tally
SET concluded_on = (concluded.p ->> 'concludedOn')::date,
    successful   = concluded.p ->> 'outcome' = 'SUCCESS'
FROM (SELECT convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type = 'vn.thidua.events.caseload.CourtMediationOutcomeRecorded') concluded
WHERE tally.mediation_id = concluded.p ->> 'mediationId';
