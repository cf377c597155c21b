-- La fabrique citoyenne: a subject's optional attachment, a file of the document store (named by the SHA-256
-- of its bytes), its name as uploaded, its format as detected, its size. All null when there is none.
ALTER TABLE fabrique_subject ADD COLUMN attachment_hash VARCHAR(64);
ALTER TABLE fabrique_subject ADD COLUMN attachment_name VARCHAR(255);
ALTER TABLE fabrique_subject ADD COLUMN attachment_format VARCHAR(10);
ALTER TABLE fabrique_subject ADD COLUMN attachment_size BIGINT;
CREATE INDEX fabrique_subject_attachment_idx ON fabrique_subject (attachment_hash);
