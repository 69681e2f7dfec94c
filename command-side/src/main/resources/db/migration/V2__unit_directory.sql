-- The command side's own lookup of registered units, kept in the same transaction as the
-- events (subscribing processor), so commands can refuse unknown units and check unit scope.
CREATE TABLE registered_unit (
    unit_id        VARCHAR(64) PRIMARY KEY,
    parent_unit_id VARCHAR(64)
);
