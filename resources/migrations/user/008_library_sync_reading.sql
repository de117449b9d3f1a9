-- Schema version 8: highlights, reading positions and questions travel through the library
-- folder too (issues 34 and 35, docs/library-sync.md), queued as migration 007 queues the rest.
--
-- highlight: keyed by its uid, made where it was drawn, so every machine names it alike; an
-- edit (colour, comment) is the newer row, a removal a record without row, last writer wins.
-- reading: the page a paper was last read at, keyed by paper; the later change wins.
-- question: a question and its answer never change once asked, so they only ever travel as
-- additions. The queue names the row by its local id; the record names it by what
-- `userdata import` matches on (paper, time, question), which is the same on every machine.
-- The triggers test before inserting rather than say OR IGNORE, as in 007.

INSERT OR IGNORE INTO libsync_outbox SELECT 'highlight', uid FROM highlights;
INSERT OR IGNORE INTO libsync_outbox SELECT 'reading', paper_id FROM reading_positions;
INSERT OR IGNORE INTO libsync_outbox SELECT 'question', CAST(id AS TEXT) FROM questions;

-- A changed uid (no code does it) is the old highlight gone and the new one there.
CREATE TRIGGER libsync_highlight_insert AFTER INSERT ON highlights
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'highlight', NEW.uid
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'highlight' AND key = NEW.uid); END;
CREATE TRIGGER libsync_highlight_update AFTER UPDATE ON highlights
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN
    INSERT INTO libsync_outbox SELECT 'highlight', OLD.uid
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'highlight' AND key = OLD.uid);
    INSERT INTO libsync_outbox SELECT 'highlight', NEW.uid
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'highlight' AND key = NEW.uid);
END;
CREATE TRIGGER libsync_highlight_delete AFTER DELETE ON highlights
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'highlight', OLD.uid
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'highlight' AND key = OLD.uid); END;

CREATE TRIGGER libsync_reading_insert AFTER INSERT ON reading_positions
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'reading', NEW.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'reading' AND key = NEW.paper_id); END;
CREATE TRIGGER libsync_reading_update AFTER UPDATE ON reading_positions
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'reading', NEW.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'reading' AND key = NEW.paper_id); END;
CREATE TRIGGER libsync_reading_delete AFTER DELETE ON reading_positions
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'reading', OLD.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'reading' AND key = OLD.paper_id); END;

CREATE TRIGGER libsync_question_insert AFTER INSERT ON questions
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'question', CAST(NEW.id AS TEXT)
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox
                      WHERE kind = 'question' AND key = CAST(NEW.id AS TEXT)); END;
