-- The command side's own lookup of formed clusters (cụm thi đua), kept in the same transaction as
-- the events (subscribing processor), so commands can check membership and leadership.
CREATE TABLE formed_cluster (
    cluster_id     VARCHAR(64) PRIMARY KEY,
    emulation_year INTEGER     NOT NULL,
    chair_unit_id  VARCHAR(64) NOT NULL,
    deputy_unit_id VARCHAR(64) NOT NULL
);

-- A court belongs to one cluster per emulation year: the unique key also settles two clusters
-- formed at the same moment with a shared unit.
CREATE TABLE cluster_member (
    cluster_id     VARCHAR(64) NOT NULL REFERENCES formed_cluster (cluster_id),
    unit_id        VARCHAR(64) NOT NULL,
    emulation_year INTEGER     NOT NULL,
    position       INTEGER     NOT NULL,
    PRIMARY KEY (cluster_id, unit_id),
    CONSTRAINT one_cluster_per_unit_and_year UNIQUE (unit_id, emulation_year)
);
