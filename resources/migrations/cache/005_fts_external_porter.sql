-- Paperboy cache, schema version 5: the full-text index keeps no copy of the text, and it
-- stems English words.
--
-- One copy of the text: paper_fts becomes an external-content index over the view
-- paper_fts_text (003_fts_tokenizer.sql), which reads the text the cache already stores.
-- Before, the index kept its own copy of every text (paper_fts_content: about 300 MB of an
-- 864 MB cache of 50 000 synthetic papers). FTS5 now reads the view only for snippets and
-- column values. The price: FTS5 cannot see what a row held, so every change must first remove
-- the row with exactly the values it was indexed with, read from the view before the tables
-- change (store/FtsIndexer.h, DigestImport::run), and add it again after.
--
-- Stemming: FTS5's porter tokenizer runs on top of paperboy_bigram, so that "model" finds
-- "models" and "generating" finds "generates". It changes only ASCII-letter tokens: Korean
-- pieces pass as they are, and searches find what they found before.
--
-- The view is rewritten without json_each: FTS5 reads its content through statements that may
-- not use virtual tables (SQLITE_PREPARE_NO_VTAB), and json_each is one, so the JSON lists of
-- authors and keywords are turned into "a, b" text with plain string functions (every list
-- is written by sql::jsonList as ["a","b"]). Every part is read in a fixed order, so the view
-- gives the same text for a paper every time its tables are the same: FTS5 relies on that to
-- remove a row.
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
            (SELECT abstract AS part, source, 0 AS kind FROM paper_sources
             WHERE paper = p.pk AND abstract <> ''
             UNION ALL
             SELECT ai_summary, source, 1 FROM paper_sources
             WHERE paper = p.pk AND ai_summary <> ''
             UNION ALL
             SELECT replace(substr(keywords, 3, length(keywords) - 4), '","', ', '), source, 2
             FROM paper_sources WHERE paper = p.pk AND keywords <> '[]'
             ORDER BY source, kind)),
       (SELECT group_concat(name || char(10) || markdown, char(10)) FROM
            (SELECT name, markdown FROM sections WHERE paper = p.pk ORDER BY source, ord))
FROM papers p
WHERE EXISTS (SELECT 1 FROM paper_sources WHERE paper = p.pk);

CREATE VIRTUAL TABLE paper_fts USING fts5 (
    title, authors, abstract, body,
    content = 'paper_fts_text', content_rowid = 'paper',
    tokenize = 'porter paperboy_bigram remove_diacritics 2'
);

INSERT INTO paper_fts (paper_fts) VALUES ('rebuild');
