-- Schema version 5: highlights in the Read view and the page each paper was last read at
-- (issue 35). Both are the reader's own work, so they live here and survive losing the cache.
--
-- A highlight is keyed by a random uuid made where it was drawn, not by a row number, so that
-- `userdata import` on another machine recognises it: updated_at decides which copy of one
-- highlight wins (its colour and comment change; its text and place do not). rects is a JSON
-- array of [x, y, width, height] in PDF points of its page (top-left origin, as Qt PDF gives
-- them), so it is drawn again at any zoom. page is 1-based, as people count pages.

CREATE TABLE highlights (
    uid TEXT PRIMARY KEY CHECK (uid <> ''),
    paper_id TEXT NOT NULL CHECK (paper_id <> ''),
    page INTEGER NOT NULL CHECK (page >= 1),
    text TEXT NOT NULL DEFAULT '',
    rects TEXT NOT NULL DEFAULT '[]',
    colour TEXT NOT NULL DEFAULT 'yellow',
    comment TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX highlights_by_paper ON highlights (paper_id, page);

-- The page the Read view showed last, reopened there. updated_at: import keeps the newer.
CREATE TABLE reading_positions (
    paper_id TEXT PRIMARY KEY CHECK (paper_id <> ''),
    page INTEGER NOT NULL CHECK (page >= 1),
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
