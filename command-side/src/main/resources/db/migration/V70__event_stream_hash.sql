-- Tamper evidence, part 1: every event row carries the SHA-256 of its own stored bytes chained to
-- the hash of its aggregate's previous event (sequence - 1). The database computes it in the
-- append transaction, so no writer (Axon, an import, a script) can store an event without one, and
-- appends to different aggregates never wait for each other: the only row read is the predecessor.
--
-- stream_hash = SHA-256( previous stream_hash, or 32 zero bytes for sequence 0 or no predecessor
--                     || int8 global_index
--                     || field(event_identifier) || field(aggregate_identifier) || int8 sequence_number
--                     || field(type) || field(time_stamp) || field(payload_type) || field(payload_revision)
--                     || field(payload) || field(meta_data) )
-- field(x) = int4 byte length || bytes (text as UTF-8), int4 -1 for NULL; integers big-endian.
-- vn.thidua.command.integrity.StreamHash computes the same in Java for the verifiers.
ALTER TABLE domain_event_entry ADD COLUMN stream_hash BYTEA;

CREATE FUNCTION integrity_field(value BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT CASE WHEN value IS NULL THEN int4send(-1) ELSE int4send(length(value)) || value END $$;

CREATE FUNCTION integrity_stream_hash(previous BYTEA, event domain_event_entry) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$
SELECT sha256(coalesce(previous, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
              || int8send(event.global_index)
              || integrity_field(convert_to(event.event_identifier, 'UTF8'))
              || integrity_field(convert_to(event.aggregate_identifier, 'UTF8'))
              || int8send(event.sequence_number)
              || integrity_field(convert_to(event.type, 'UTF8'))
              || integrity_field(convert_to(event.time_stamp, 'UTF8'))
              || integrity_field(convert_to(event.payload_type, 'UTF8'))
              || integrity_field(convert_to(event.payload_revision, 'UTF8'))
              || integrity_field(event.payload)
              || integrity_field(event.meta_data))
$$;

-- events stored before this migration: chained once, aggregate by aggregate
DO
$$
    DECLARE
        event    domain_event_entry;
        previous domain_event_entry;
    BEGIN
        FOR event IN SELECT * FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number
            LOOP
                UPDATE domain_event_entry
                SET stream_hash = integrity_stream_hash(
                        CASE
                            WHEN previous.aggregate_identifier = event.aggregate_identifier
                                AND previous.sequence_number = event.sequence_number - 1
                                THEN previous.stream_hash
                            END, event)
                WHERE global_index = event.global_index
                RETURNING * INTO previous;
            END LOOP;
    END
$$;

ALTER TABLE domain_event_entry ALTER COLUMN stream_hash SET NOT NULL;

-- A BEFORE INSERT row trigger sees the rows inserted earlier in the same transaction and statement,
-- so a batch that appends sequences n and n + 1 of one aggregate chains them. Updates are not hashed
-- again on purpose: an edited row keeps its old hash, which is how the verifiers notice it.
-- The predecessor is read through the (aggregate_identifier, sequence_number) index, always: the
-- plan PL/pgSQL caches per connection may be made while the table is nearly empty, when a
-- sequential scan looks cheaper, and would then scan the whole table on every append.
CREATE FUNCTION integrity_chain_to_stream() RETURNS TRIGGER
    LANGUAGE plpgsql
    SET enable_seqscan = off AS
$$
DECLARE
    previous BYTEA;
BEGIN
    IF NEW.sequence_number > 0 THEN
        SELECT stream_hash INTO previous
        FROM domain_event_entry
        WHERE aggregate_identifier = NEW.aggregate_identifier
          AND sequence_number = NEW.sequence_number - 1;
    END IF;
    NEW.stream_hash := sha256(coalesce(previous, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                              || int8send(NEW.global_index)
                              || integrity_field(convert_to(NEW.event_identifier, 'UTF8'))
                              || integrity_field(convert_to(NEW.aggregate_identifier, 'UTF8'))
                              || int8send(NEW.sequence_number)
                              || integrity_field(convert_to(NEW.type, 'UTF8'))
                              || integrity_field(convert_to(NEW.time_stamp, 'UTF8'))
                              || integrity_field(convert_to(NEW.payload_type, 'UTF8'))
                              || integrity_field(convert_to(NEW.payload_revision, 'UTF8'))
                              || integrity_field(NEW.payload)
                              || integrity_field(NEW.meta_data));
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_stream_hash
    BEFORE INSERT
    ON domain_event_entry
    FOR EACH ROW
EXECUTE FUNCTION integrity_chain_to_stream();
