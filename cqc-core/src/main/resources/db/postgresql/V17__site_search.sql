-- The site search (issue 18), PostgreSQL's side: its full-text search with the French stemmer, accents
-- removed first (the unaccent extension, trusted: the database's owner may create it). One row per public
-- thing (a space, a meeting, a document, an association...), rebuilt from the components' declarations.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION cqc_french (COPY = french);
ALTER TEXT SEARCH CONFIGURATION cqc_french
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, french_stem;

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
    body        TEXT          NOT NULL,
    terms       TSVECTOR GENERATED ALWAYS AS (to_tsvector('cqc_french'::regconfig, title || ' ' || body)) STORED,
    PRIMARY KEY (kind, ref)
);
CREATE INDEX search_entry_terms_idx ON search_entry USING GIN (terms);

-- Rebuilds of the index take this row's lock first: two instances never rebuild it at once.
INSERT INTO sync_lock (name, run_id, acquired_at) VALUES ('search-index', 0, TIMESTAMP '2000-01-01 00:00:00');
