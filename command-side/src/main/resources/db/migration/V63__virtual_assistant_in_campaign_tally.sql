-- Use of the virtual assistant (Trợ lý ảo) in the campaign tally, for VIRTUAL_ASSISTANT_USE_RATE:
-- one row per judge, unit and month with the Q&A contributed (the latest correction wins). A
-- judge counts as using it in a period when a month of the period has a row.
CREATE TABLE campaign_tally_virtual_assistant (
    judge_id           VARCHAR(64) NOT NULL,
    unit_id            VARCHAR(64) NOT NULL,
    month              DATE        NOT NULL, -- the first day of the month
    questions_answers  INT         NOT NULL,
    PRIMARY KEY (unit_id, month, judge_id)
);

-- Months recorded or corrected before this table existed: the latest figure of each.
INSERT INTO campaign_tally_virtual_assistant (judge_id, unit_id, month, questions_answers)
SELECT DISTINCT ON (p ->> 'judgeId', p ->> 'unitId', p ->> 'month')
       p ->> 'judgeId', p ->> 'unitId', to_date(p ->> 'month', 'YYYY-MM'),
       (p ->> 'questionsAndAnswersContributed')::int
FROM (SELECT global_index, convert_from(payload, 'UTF8')::jsonb AS p
      FROM domain_event_entry
      WHERE payload_type IN ('vn.thidua.events.caseload.VirtualAssistantUseRecorded',
                             'vn.thidua.events.caseload.VirtualAssistantUseCorrected')) used
ORDER BY p ->> 'judgeId', p ->> 'unitId', p ->> 'month', global_index DESC
ON CONFLICT DO NOTHING;
