-- Paperboy cache, schema version 2: what sync learnt about each (day, source), and an index
-- to find where a paper is listed.

-- The last fetch of one (day, source): sync uses etag/last_modified for conditional requests
-- and status to decide what to re-check. Written in the same transaction as the digest.
CREATE TABLE fetches (
    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source TEXT NOT NULL CHECK (source <> ''),
    status TEXT NOT NULL CHECK (status IN ('fetched', 'missing', 'failed')),
    etag TEXT NOT NULL,
    last_modified TEXT NOT NULL,
    checked_at TEXT,
    error TEXT NOT NULL,
    PRIMARY KEY (day, source)
) WITHOUT ROWID;

-- The day a paper was first listed, and whether a source still lists it anywhere, are
-- looked up by paper: without this index both would scan every entry.
CREATE INDEX digest_entries_by_paper ON digest_entries (paper, source);
