-- The site search on the embedded database, indexed (issue 18, flat cost): each entry's French stems become
-- rows of search_stem, one per (stem, entry), read through their primary key's index on the stem, instead of
-- a LIKE '% stem %' over a column of all the stems, which scanned the whole table. PostgreSQL keeps its GIN
-- index (no migration there). The application numbers the entries at each rebuild (id) and writes their stems;
-- the index is rebuilt at start-up, so the rows written under the former shape are dropped here.
DELETE FROM search_entry;
ALTER TABLE search_entry DROP COLUMN stems;
ALTER TABLE search_entry ADD COLUMN id BIGINT NOT NULL;
ALTER TABLE search_entry ADD CONSTRAINT search_entry_id_key UNIQUE (id);

CREATE TABLE search_stem (
    stem  VARCHAR NOT NULL,
    entry BIGINT  NOT NULL,
    CONSTRAINT search_stem_pk PRIMARY KEY (stem, entry)
);
