-- Schema version 2: a bookmark keeps the paper it points at. The cache can be deleted,
-- pruned or rebuilt at any time, so the bookmarks view and `paperboy bookmarks list` read
-- these columns and never need the cache. updated_at is when the bookmark (or its kept
-- metadata) last changed: `userdata import` merges by it, newest change wins.

ALTER TABLE bookmarks ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE bookmarks ADD COLUMN authors TEXT NOT NULL DEFAULT '[]'; -- JSON array of names
ALTER TABLE bookmarks ADD COLUMN paper_date TEXT; -- the digest day, YYYY-MM-DD, NULL unknown
ALTER TABLE bookmarks ADD COLUMN abstract TEXT NOT NULL DEFAULT '';
ALTER TABLE bookmarks ADD COLUMN korean_title TEXT NOT NULL DEFAULT '';
ALTER TABLE bookmarks ADD COLUMN primary_class TEXT NOT NULL DEFAULT ''; -- e.g. cs.CL
ALTER TABLE bookmarks ADD COLUMN github_url TEXT NOT NULL DEFAULT '';
ALTER TABLE bookmarks ADD COLUMN project_url TEXT NOT NULL DEFAULT '';
ALTER TABLE bookmarks ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';

UPDATE bookmarks SET updated_at = created_at;

-- The bookmarks view lists newest bookmark first.
CREATE INDEX bookmarks_by_time ON bookmarks (created_at DESC);
