-- Paperboy cache, schema version 3: the full-text index splits Korean (and Chinese and
-- Japanese) text itself, with the tokenizer "paperboy_bigram" that Paperboy registers on each
-- connection (app/store/FtsTokenizer.h), instead of storing a rewritten copy of the text for
-- unicode61. The pieces indexed are the same as in version 2 (see 001_initial.sql for the
-- recall measurements), so searches find what they found before.
--
-- Why: the rewritten copy was two to three times the original text for Korean, and the index
-- was written from it through a second UTF-16 conversion; the index cost two thirds of an
-- import. Now the index is filled in SQL from the tables (paper_fts_text below) and the text
-- passes from table to index without leaving SQLite.
--
-- A consequence: the sqlite3 shell, which does not know the tokenizer, cannot query paper_fts
-- (every other table reads as before).

-- What the index holds for each paper that some source describes: the text of every source,
-- so that a search finds a paper by what any of its sources says.
CREATE VIEW paper_fts_text (paper, title, authors, abstract, body) AS
SELECT p.pk,
       (SELECT group_concat(title, char(10)) FROM
            (SELECT DISTINCT title FROM paper_sources WHERE paper = p.pk AND title <> '')),
       (SELECT group_concat(name, ', ') FROM
            (SELECT DISTINCT a.value AS name FROM paper_sources s, json_each(s.authors) a
             WHERE s.paper = p.pk)),
       (SELECT group_concat(part, char(10)) FROM
            (SELECT abstract AS part FROM paper_sources WHERE paper = p.pk AND abstract <> ''
             UNION ALL
             SELECT ai_summary FROM paper_sources WHERE paper = p.pk AND ai_summary <> ''
             UNION ALL
             SELECT (SELECT group_concat(k.value, ', ') FROM json_each(s.keywords) k)
             FROM paper_sources s WHERE s.paper = p.pk AND s.keywords <> '[]')),
       (SELECT group_concat(name || char(10) || markdown, char(10)) FROM
            (SELECT name, markdown FROM sections WHERE paper = p.pk ORDER BY source, ord))
FROM papers p
WHERE EXISTS (SELECT 1 FROM paper_sources WHERE paper = p.pk);

DROP TABLE paper_fts;

CREATE VIRTUAL TABLE paper_fts USING fts5 (
    title, authors, abstract, body,
    tokenize = 'paperboy_bigram remove_diacritics 2'
);

INSERT INTO paper_fts (rowid, title, authors, abstract, body)
SELECT paper, title, authors, abstract, body FROM paper_fts_text;
