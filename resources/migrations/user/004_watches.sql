-- Schema version 4: watches, saved searches that count what is new (issue 33). A watch is
-- the reader's own data, so it lives here and survives losing the cache.
--
-- seen_at is the arrival time (cache 012_paper_arrivals.sql) of the newest paper the reader
-- had when they last opened the watch: a paper is new in it when it matches and arrived in
-- the cache later. A time, not a cache row number, so that it keeps its meaning over a
-- rebuilt cache and in `userdata import` on another machine. updated_at: `userdata import`
-- merges by it (the newest name/query wins; seen_at keeps the later of the two).

CREATE TABLE watches (
    name TEXT PRIMARY KEY CHECK (name <> ''),
    query TEXT NOT NULL CHECK (query <> ''),
    position INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
