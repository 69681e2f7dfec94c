-- One data key per person (AES-256, wrapped by thidua.privacy.master-key when it is set): the
-- person's name is sealed with it before it goes into an event. Erasing the person's data sets
-- data_key to NULL; the row stays as a tombstone without personal data, so readers know the name
-- was erased (not merely unknown) and a second erasure is refused. No stored event ever changes,
-- so the hash chain (V70/V71) stays intact.
CREATE TABLE personal_data_key (
    person_id  VARCHAR(64) PRIMARY KEY,
    data_key   BYTEA,
    wrapped    BOOLEAN     NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    erased_at  TIMESTAMPTZ,
    CONSTRAINT erased_keys_are_gone CHECK ((data_key IS NULL) = (erased_at IS NOT NULL))
);
