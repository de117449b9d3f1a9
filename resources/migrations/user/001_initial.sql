-- Paperboy user data, schema version 1. This file holds what the user made and cannot be
-- downloaded again, so it is a separate SQLite file that sync and cache pruning never open.
-- Rows are keyed by the normalised arXiv id (no version), not by any cache row id, so they
-- survive deleting and rebuilding the cache. Times are ISO 8601 UTC with milliseconds.

CREATE TABLE bookmarks (
    paper_id TEXT PRIMARY KEY CHECK (paper_id <> ''),
    created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE read_state (
    paper_id TEXT PRIMARY KEY CHECK (paper_id <> ''),
    read_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE notes (
    paper_id TEXT PRIMARY KEY CHECK (paper_id <> ''),
    markdown TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
