-- Idempotency-Key of command requests: the first answer to (user, key) is kept and replayed to
-- retries. A row without response_status is PENDING: its request is still running.
CREATE TABLE idempotency_keys (
    user_id          VARCHAR(200) NOT NULL,
    idempotency_key  VARCHAR(200) NOT NULL,
    request_method   VARCHAR(10)  NOT NULL,
    request_path     VARCHAR(2000) NOT NULL,
    body_sha256      CHAR(64)     NOT NULL,
    response_status  INTEGER,
    content_type     VARCHAR(200),
    response_body    BYTEA,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, idempotency_key)
);

CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at);
