-- The command side's own lookup of the covenant (giao ước thi đua) of each cluster, kept in the
-- same transaction as the events (subscribing processor): one covenant per cluster and year.
CREATE TABLE cluster_covenant (
    cluster_id  VARCHAR(64) PRIMARY KEY,
    covenant_id VARCHAR(64) NOT NULL UNIQUE
);
