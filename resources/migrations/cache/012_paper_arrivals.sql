-- Cache schema version 12: when each paper entered the cache, for the watches' new counts
-- (issue 33). update_seq cannot say it: it moves when a source's row changes (new votes), so
-- it would make an old paper new again, and papers.pk can be reused once the newest paper is
-- deleted. seq never is (AUTOINCREMENT): counting after a sync reads only the arrivals past
-- the last seq it counted. A paper that leaves the cache (a pruned or replaced day) takes its
-- arrival with it (ON DELETE CASCADE), so it leaves every count; re-importing a paper that is
-- still cached inserts no papers row, so it does not arrive again.
CREATE TABLE paper_arrivals (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    paper INTEGER NOT NULL UNIQUE REFERENCES papers (pk) ON DELETE CASCADE,
    arrived_at TEXT NOT NULL -- ISO 8601 UTC with milliseconds
);
CREATE INDEX paper_arrivals_by_time ON paper_arrivals (arrived_at);

-- The papers already cached arrived when their first source row was written.
INSERT INTO paper_arrivals (paper, arrived_at)
SELECT p.pk, COALESCE((SELECT MIN(updated_at) FROM paper_sources WHERE paper = p.pk), '')
FROM papers p ORDER BY p.pk;

-- Written by the database itself, so that every path that adds a paper (import, sync,
-- summaries, recovery) records its arrival without knowing about watches. Each arrival time
-- is later than every earlier one (now, or the last one plus a millisecond), so a seen mark
-- (the newest arrival time when the reader looked) splits the papers exactly, even when two
-- writes fall into one millisecond. (No WITH clause: SQLite allows none in a trigger.)
CREATE TRIGGER papers_arrival AFTER INSERT ON papers
BEGIN
    INSERT INTO paper_arrivals (paper, arrived_at)
    SELECT NEW.pk, strftime('%Y-%m-%dT%H:%M:%S', ms / 1000, 'unixepoch') ||
                   printf('.%03dZ', ms % 1000)
    FROM (SELECT max(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
                     COALESCE((SELECT CAST((julianday(max(arrived_at)) - 2440587.5) * 86400000
                                           + 0.5 AS INTEGER) + 1 FROM paper_arrivals), 0)) AS ms);
END;
