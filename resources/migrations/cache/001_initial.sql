-- Paperboy cache, schema version 1: papers as each source describes them, the digests that
-- list them, and a full-text index over the merged paper.
--
-- Rules for every migration: one file per version (NNN_name.sql), never edited once released,
-- run in one transaction with PRAGMA user_version set by the migrator. Strings are '' rather
-- than NULL; NULL means "unknown" only for numbers (votes, stars, comments) and times.
-- Times are ISO 8601 UTC with milliseconds; days are 'YYYY-MM-DD'.

-- One row per arXiv paper, whatever the sources. `id` is the normalised id without version.
CREATE TABLE papers (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE CHECK (id <> '')
);

-- What one source says about one paper. Each source owns its own row, so importing one
-- source can never overwrite another's data; the reader merges the rows.
-- The columns the paper list reads come first: SQLite reads a row's columns in order, and a
-- long author list (some papers have 300 authors) or abstract before them would spill into
-- overflow pages that every day switch would have to walk.
CREATE TABLE paper_sources (
    paper INTEGER NOT NULL REFERENCES papers (pk) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source <> ''),
    title TEXT NOT NULL,
    author_count INTEGER NOT NULL,
    authors_head TEXT NOT NULL,      -- JSON array of the first 4 names: the list shows only these
    votes INTEGER,
    thumbnail TEXT NOT NULL,
    -- A strictly increasing write counter that orders changes, even within one millisecond
    -- ("the most recently changed source's votes win"), and when this source's data changed.
    update_seq INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    authors TEXT NOT NULL,           -- JSON array in published order
    media TEXT NOT NULL,             -- JSON array of URLs
    abstract TEXT NOT NULL,
    ai_summary TEXT NOT NULL,
    keywords TEXT NOT NULL,          -- JSON array
    github TEXT NOT NULL,
    stars INTEGER,
    project TEXT NOT NULL,
    organization TEXT NOT NULL,
    comments INTEGER,
    submitter TEXT NOT NULL,
    listed_at TEXT,
    published_at TEXT,
    PRIMARY KEY (paper, source)
);
CREATE INDEX paper_sources_by_update_seq ON paper_sources (update_seq);

-- Summary sections in the source's order (ord from 0).
CREATE TABLE sections (
    paper INTEGER NOT NULL,
    source TEXT NOT NULL,
    ord INTEGER NOT NULL,
    name TEXT NOT NULL,
    markdown TEXT NOT NULL,
    PRIMARY KEY (paper, source, ord),
    FOREIGN KEY (paper, source) REFERENCES paper_sources (paper, source) ON DELETE CASCADE
);

-- One row per (day, source) digest written, even when it listed no papers: a day whose
-- digest is empty is still a cached day.
CREATE TABLE digests (
    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source TEXT NOT NULL CHECK (source <> ''),
    paper_count INTEGER NOT NULL,
    written_at TEXT NOT NULL,
    PRIMARY KEY (day, source)
) WITHOUT ROWID;

-- The papers a digest lists, in its order. The primary key starts with day, so a day's
-- entries are one index range: that is the query behind every day switch in the reader.
-- (Key columns are declared first in every WITHOUT ROWID table: SQLite 3.40.0-3.41.0, Debian
-- 12's included, reports false "NULL value" errors from integrity_check otherwise.)
CREATE TABLE digest_entries (
    day TEXT NOT NULL,
    source TEXT NOT NULL,
    paper INTEGER NOT NULL,
    pos INTEGER NOT NULL,
    PRIMARY KEY (day, source, paper),
    UNIQUE (day, source, pos),
    FOREIGN KEY (day, source) REFERENCES digests (day, source) ON DELETE CASCADE,
    FOREIGN KEY (paper, source) REFERENCES paper_sources (paper, source)
) WITHOUT ROWID;

-- Each cached day with its number of distinct papers across sources, kept by the writer in
-- the digest's transaction so that the day list never has to count 50 000 entries.
CREATE TABLE days (
    day TEXT PRIMARY KEY,
    paper_count INTEGER NOT NULL
) WITHOUT ROWID;

-- Full-text index over the merged paper, rowid = papers.pk, rewritten in the transaction
-- that changes the paper.
--
-- Tokenizer choice, measured by TestFts::koreanRecall over 3 599 texts (3 591 papers of the
-- real 2023-2024 Korean digests: title + summary lines, and 8 texts of our own), for 20
-- two-syllable words (증류 모델 학습 추론 성능 비전 언어 영상 ...; 15 078 text hits in all),
-- recall against plain substring search:
--   unicode61, exact token          56.6 %  (Korean attaches particles: 증류를, 모델은)
--   unicode61, token prefix 증류*    99.0 %  (misses words inside compounds: 지식증류, 동영상)
--   trigram, MATCH or LIKE           0.0 %  (nothing under 3 characters matches)
--   unicode61 over syllable bigrams 100.0 %, no false hit
-- For 7 longer compounds (지식증류 강화학습 ...) prefix reaches 99.6 %, trigram and bigrams
-- 100 %. Index size for that text: unicode61 2.3 MB, bigrams 4.2 MB, trigram 11.0 MB.
-- So the columns hold the text with every run of Hangul (and of Han and Kana, which do not
-- separate words either) rewritten as overlapping two-character pieces plus the run's last
-- character (store/FtsText.h: 지식증류를 -> 지식 식증 증류 류를 를); queries go through the same
-- rewriting, so a 2-syllable word is one exact token and a longer one a phrase of pieces.
-- Latin text is indexed by unicode61 as usual and searched by token prefix.
CREATE VIRTUAL TABLE paper_fts USING fts5 (
    title, authors, abstract, body,
    tokenize = 'unicode61 remove_diacritics 2'
);
