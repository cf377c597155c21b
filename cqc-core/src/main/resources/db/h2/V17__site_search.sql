-- The site search (issue 18), the embedded database's side: the same rows as on PostgreSQL, with the
-- words' French stems (Snowball's French stemmer, the one PostgreSQL's french configuration uses, on the
-- text without accents) written by the application between spaces: " jardin partag ".
CREATE TABLE search_entry (
    kind        VARCHAR(40)   NOT NULL,
    ref         VARCHAR(100)  NOT NULL,
    kind_order  INTEGER       NOT NULL,
    space_id    BIGINT,
    space_slug  VARCHAR(80),
    space_title VARCHAR(300),
    title       VARCHAR(500)  NOT NULL,
    path        VARCHAR(1000) NOT NULL,
    happened_at TIMESTAMP,
    body        VARCHAR(600000) NOT NULL,
    stems       VARCHAR(600000) NOT NULL,
    PRIMARY KEY (kind, ref)
);

-- Rebuilds of the index take this row's lock first: two instances never rebuild it at once.
INSERT INTO sync_lock (name, run_id, acquired_at) VALUES ('search-index', 0, TIMESTAMP '2000-01-01 00:00:00');
