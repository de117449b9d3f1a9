-- Paperboy cache, schema version 7: summaries that Paperboy asked a language model for
-- (app/summarize), kept as the source 'summarizer'.
--
-- The summary's text is an ordinary source: a paper_sources row (its title only, so that the
-- summary stays readable when the digests no longer list the paper) and its sections, so the
-- merged paper, the full-text index and source: searches see it like any other source, and no
-- other source's text is ever touched. What a digest has no column for (which model wrote it,
-- when, from how much text) is kept here, one row per summarizer row, deleted with it.
--
-- Sync never deletes a summary: a digest's pruning removes only its own source's rows, and a
-- paper with any source row (the summarizer's included) is kept.
CREATE TABLE summaries (
    paper INTEGER NOT NULL,
    source TEXT NOT NULL CHECK (source = 'summarizer'),
    model TEXT NOT NULL CHECK (model <> ''),
    summarized_at TEXT NOT NULL,
    pdf_text INTEGER NOT NULL CHECK (pdf_text IN (0, 1)),
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    PRIMARY KEY (paper, source),
    FOREIGN KEY (paper, source) REFERENCES paper_sources (paper, source) ON DELETE CASCADE
) WITHOUT ROWID;
