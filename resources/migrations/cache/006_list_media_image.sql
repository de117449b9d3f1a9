-- Paperboy cache, schema version 6: the list's image for papers whose source names no
-- thumbnail but shows images on its media line (older daily_papers_ko digests point at
-- cdn-uploads.huggingface.co figures).
--
-- Why: the list reads only the covering index paper_sources_list, and `media` (a JSON array
-- of every figure and video) is too wide to put in it. media_image is the first image of
-- `media`, kept only when `thumbnail` is empty: what the thumbnail policy would choose, so the
-- list and the detail pane show the same picture. The writer fills it from now on
-- (core::firstImageUrl); below, the rows already there get it from the same rule in SQL
-- (the path's extension before any query, case-insensitive).
ALTER TABLE paper_sources ADD COLUMN media_image TEXT NOT NULL DEFAULT '';

UPDATE paper_sources SET media_image = COALESCE((
    SELECT m.url FROM (
        SELECT j.key AS ord, trim(j.value) AS url,
               lower(CASE WHEN instr(j.value, '?') > 0
                          THEN substr(j.value, 1, instr(j.value, '?') - 1)
                          ELSE j.value END) AS path
        FROM json_each(paper_sources.media) AS j WHERE j.type = 'text') AS m
    WHERE rtrim(m.path) GLOB '*.png' OR rtrim(m.path) GLOB '*.jpg'
       OR rtrim(m.path) GLOB '*.jpeg' OR rtrim(m.path) GLOB '*.gif'
       OR rtrim(m.path) GLOB '*.webp'
    ORDER BY m.ord LIMIT 1), '')
WHERE thumbnail = '' AND media <> '[]';

DROP INDEX paper_sources_list;
CREATE INDEX paper_sources_list ON paper_sources (
    paper, source, update_seq, title, authors_head, author_count, votes, thumbnail, media_image
);
