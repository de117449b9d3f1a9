-- Schema version 6: questions asked about a paper and the endpoint's answers (issue 35). They
-- are the reader's own work, like notes, so they live here and survive losing the cache.
--
-- pages: the pages the answer cites, a JSON array of numbers. complete: 0 when the answer was
-- cut off or cancelled (what arrived is kept). endpoint: the server asked, without user name,
-- password or query, so no secret is kept. A question is the same row in `userdata import`
-- when its paper, question and time agree.

CREATE TABLE questions (
    id INTEGER PRIMARY KEY,
    paper_id TEXT NOT NULL CHECK (paper_id <> ''),
    question TEXT NOT NULL CHECK (question <> ''),
    answer TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '',
    endpoint TEXT NOT NULL DEFAULT '',
    pages TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    complete INTEGER NOT NULL DEFAULT 1 CHECK (complete IN (0, 1)),
    UNIQUE (paper_id, created_at, question)
);
CREATE INDEX questions_by_paper ON questions (paper_id, created_at);
