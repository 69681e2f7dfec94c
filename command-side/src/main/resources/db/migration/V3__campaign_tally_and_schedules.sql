-- The campaign tally: what phase freezing counts, kept by the subscribing processor
-- "campaign-tally" in the same transaction as the caseload and unit events.
CREATE TABLE campaign_tally_case (
    case_id      VARCHAR(64) PRIMARY KEY,
    unit_id      VARCHAR(64) NOT NULL,
    case_type    VARCHAR(40) NOT NULL,
    accepted_on  DATE        NOT NULL,
    carried_over BOOLEAN     NOT NULL DEFAULT FALSE,
    resolved_on  DATE,
    outcome      VARCHAR(40),
    online_trial BOOLEAN     NOT NULL DEFAULT FALSE,
    model_trial  BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX campaign_tally_case_unit_idx ON campaign_tally_case (unit_id, accepted_on);

-- Judge counts with the date they take effect; the count at registration is effective since
-- '-infinity'.
CREATE TABLE campaign_tally_judges (
    unit_id        VARCHAR(64) NOT NULL,
    effective_from DATE        NOT NULL,
    judges         INT         NOT NULL,
    PRIMARY KEY (unit_id, effective_from)
);

-- db-scheduler's table (PostgreSQL layout of db-scheduler 16): Axon's DbSchedulerDeadlineManager
-- keeps the durable deadlines (phase closing) here, so they survive restarts.
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX scheduled_tasks_execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX scheduled_tasks_last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX scheduled_tasks_priority_execution_time_idx
    ON scheduled_tasks (priority DESC, execution_time ASC);
