-- Paperboy cache, schema version 11: the full-text index links Korean words across a single
-- space.
--
-- Korean writers space compounds both ways (확산모델 and 확산 모델, 강화학습 and 강화 학습),
-- and a search for one spelling found none of the other's papers: the joined query is the
-- phrase 확산 산모 모델, while the spaced text held only 확산 and 모델. paperboy_bigram now also
-- indexes a marker for a single space between Hangul syllables (확산 모델 -> 확산 _ 모델), in
-- the position the piece across the space has in the joined spelling; a query word has it as an
-- alternative to its inner pieces, so that either spelling finds the other
-- (store/FtsTokenizer.h). Across punctuation or a line break no such
-- piece is made: words that merely touch there are not one.
--
-- The indexed text changes too (search snippets quoted what they should not):
--   - body: the digests' sections without their names. "What's New", "Purpose" or title_ko (the
--     reserved row of the Korean title) are headings, not the paper's words: a search for them
--     found every paper, and snippets quoted them ("...s New").
--   - authors: one source's list, Hugging Face's when it has the paper (the authors' own order,
--     store/MergedPapers.h), else the first source's. Two sources list the same people (in
--     different orders), and the snippet quoted both ("Jiachen Zhu, Jiachen Zhu"). (A vtab such
--     as json_each, to merge the lists name by name, cannot be read by FTS5's rebuild.)
--
-- As in 009, FTS5 removes a row by tokenizing the values it was indexed with, so the whole
-- index is built again, from the new view by today's tokenizer, before any write can touch it.
DROP TABLE paper_fts;
DROP VIEW paper_fts_text;

CREATE VIEW paper_fts_text (paper, title, authors, abstract, body) AS
SELECT p.pk,
       (SELECT group_concat(title, char(10)) FROM
            (SELECT title FROM paper_sources WHERE paper = p.pk AND title <> ''
             GROUP BY title ORDER BY min(source))),
       (SELECT replace(substr(authors, 3, length(authors) - 4), '","', ', ')
        FROM paper_sources WHERE paper = p.pk AND authors <> '[]'
        ORDER BY source = 'hf' DESC, source LIMIT 1),
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
       (SELECT group_concat(paperboy_text(markdown), char(10)) FROM
            (SELECT markdown FROM sections WHERE paper = p.pk ORDER BY source, ord))
FROM papers p
WHERE EXISTS (SELECT 1 FROM paper_sources WHERE paper = p.pk);

CREATE VIRTUAL TABLE paper_fts USING fts5 (
    body, abstract, title, authors,
    content = 'paper_fts_text', content_rowid = 'paper',
    tokenize = 'porter paperboy_bigram remove_diacritics 2'
);

INSERT INTO paper_fts (paper_fts) VALUES ('rebuild');
