-- Paperboy cache, schema version 8: a narrow index for a paper's votes.
--
-- Why: a paper's votes are its most recently changed source's (store/MergedPapers.h), and a
-- search filtered or sorted by votes reads them for every match it walks. From the day list's
-- index (004, 27 MB for 100 000 source rows, wide with titles) each lookup cost about 2 us and
-- a sort; from this one (1.6 MB: it stays in SQLite's page cache) 0.4 us, in update order:
-- "agents votes:>50" on the synthetic Zipf cache walked its matches in 5.2 ms before, 1.2 after.
CREATE INDEX paper_sources_votes ON paper_sources (paper, update_seq, votes);
