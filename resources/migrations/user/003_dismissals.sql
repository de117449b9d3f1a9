-- Schema version 3: "Not interested" marks, the negative label of the For you ranking (the
-- bookmarks are its positive one). Like a bookmark, a dismissal keeps the text of its paper,
-- so that the ranking can still learn from it after the cache is deleted or rebuilt.
-- updated_at is when the mark last changed: `userdata import` merges by it, newest wins.

CREATE TABLE dismissals (
    paper_id TEXT PRIMARY KEY CHECK (paper_id <> ''),
    title TEXT NOT NULL DEFAULT '',
    authors TEXT NOT NULL DEFAULT '[]', -- JSON array of names
    paper_date TEXT,                    -- the digest day, YYYY-MM-DD, NULL unknown
    abstract TEXT NOT NULL DEFAULT '',
    korean_title TEXT NOT NULL DEFAULT '',
    dismissed_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
