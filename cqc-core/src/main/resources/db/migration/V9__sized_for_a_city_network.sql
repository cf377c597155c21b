-- Indexes for an installation serving many cities' councils (issue 8: the ×100 dataset).
-- The sync matches records by directory id as well as by RNA number and identity key.
CREATE INDEX association_directory_idx ON association (directory_id);
-- A run now remembers what it has seen in memory, so that an unchanged record costs no write.
ALTER TABLE association DROP COLUMN last_seen_run;
