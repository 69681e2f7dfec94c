-- Tamper evidence, part 2: the sealer chains the events' stream hashes in global order, one row per
-- sealed event, so a deleted, inserted or moved event is found at its exact position:
--   chain_hash = SHA-256(previous chain_hash, or 32 zero bytes for the first || int8 global_index || stream_hash)
-- The aggregate and sequence sealed at each position are kept to say what was there.
CREATE TABLE event_chain (
    global_index         BIGINT       NOT NULL PRIMARY KEY,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    chain_hash           BYTEA        NOT NULL
);

-- The head of the chain, one row; the sealer locks it, so two instances never seal at once.
CREATE TABLE event_chain_head (
    singleton     BOOLEAN     NOT NULL PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    global_index  BIGINT      NOT NULL,
    chain_hash    BYTEA       NOT NULL,
    sealed_events BIGINT      NOT NULL,
    sealed_at     TIMESTAMPTZ NOT NULL
);

INSERT INTO event_chain_head (global_index, chain_hash, sealed_events, sealed_at)
VALUES (0, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea, 0, now());
