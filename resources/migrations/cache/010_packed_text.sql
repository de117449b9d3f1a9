-- Paperboy cache, schema version 10: the long texts are stored compressed, and the full-text
-- index puts the digests' text first. Together they make the synthetic 50 000-paper cache
-- 663 -> about 390 MB for its 312 MB of text (docs/performance.md, "Size").
--
-- Texts: abstracts, AI summaries and digest sections become zstd frames with a dictionary the
-- cache trains on its own text (store/PackedText.h, store/TextDictionary.h). Every read of them
-- goes through paperboy_text(), which passes plain text through, so rows written before the
-- cache had a dictionary stay readable as they are.
--
-- Index: FTS5 marks each position list outside the first column with two bytes (0x01 and the
-- column's number). Nearly every term of a paper is in its Korean digest text (body), which
-- was the fourth column: with body first, the index is a quarter smaller (241.8 -> 183.5 MB).
-- The columns' weights and the snippets' order of preference follow them by name
-- (store/FtsColumns.h). The index is rebuilt here from the view, before any write can touch it.
CREATE TABLE text_dictionaries (
    seq INTEGER PRIMARY KEY,
    key INTEGER NOT NULL UNIQUE,
    dictionary BLOB NOT NULL,
    trained_at TEXT NOT NULL
);

DROP TABLE paper_fts;
DROP VIEW paper_fts_text;

CREATE VIEW paper_fts_text (paper, title, authors, abstract, body) AS
SELECT p.pk,
       (SELECT group_concat(title, char(10)) FROM
            (SELECT title FROM paper_sources WHERE paper = p.pk AND title <> ''
             GROUP BY title ORDER BY min(source))),
       (SELECT group_concat(names, ', ') FROM
            (SELECT replace(substr(authors, 3, length(authors) - 4), '","', ', ') AS names
             FROM paper_sources WHERE paper = p.pk AND authors <> '[]'
             GROUP BY authors ORDER BY min(source))),
       (SELECT group_concat(part, char(10)) FROM
            (SELECT paperboy_text(abstract) AS part, source, 0 AS kind FROM paper_sources
             WHERE paper = p.pk AND abstract <> ''
             UNION ALL
             SELECT paperboy_text(ai_summary), source, 1 FROM paper_sources
             WHERE paper = p.pk AND ai_summary <> ''
             UNION ALL
             SELECT replace(substr(keywords, 3, length(keywords) - 4), '","', ', '), source, 2
             FROM paper_sources WHERE paper = p.pk AND keywords <> '[]'
             ORDER BY source, kind)),
       (SELECT group_concat(name || char(10) || paperboy_text(markdown), char(10)) FROM
            (SELECT name, markdown FROM sections WHERE paper = p.pk ORDER BY source, ord))
FROM papers p
WHERE EXISTS (SELECT 1 FROM paper_sources WHERE paper = p.pk);

CREATE VIRTUAL TABLE paper_fts USING fts5 (
    body, abstract, title, authors,
    content = 'paper_fts_text', content_rowid = 'paper',
    tokenize = 'porter paperboy_bigram remove_diacritics 2'
);

INSERT INTO paper_fts (paper_fts) VALUES ('rebuild');

-- An existing cache with enough text gets its dictionary now, and its texts packed.
SELECT paperboy_pack_stored_text();
