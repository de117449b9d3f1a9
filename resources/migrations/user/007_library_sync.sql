-- Schema version 7: keeping the library in step through a folder (issue 34, docs/library-sync.md).
--
-- libsync_outbox: the user-data keys whose current state the folder has not been told yet. The
-- triggers below fill it in the same transaction as every change, whoever makes it (window, CLI,
-- import), so no change is lost when the folder is missing; the flusher writes one record per key
-- to this device's log and deletes the row. Existing data is queued once, here, so the first
-- flush publishes the whole library.
-- The triggers test before inserting rather than say OR IGNORE: inside a trigger the outer
-- statement's conflict policy (an upsert's) would override it.
-- libsync_muted: holds a row only inside the transaction that applies other devices' records, so
-- that applying them does not queue them again as our own changes.
-- libsync_state: device id, folder, the hybrid logical clock.
-- libsync_fields: per (kind, key) the clock of the change that holds (last writer wins).
-- libsync_notes: every note record seen, to keep both texts of concurrent edits.
-- libsync_files: how far each other device's file was read, and a hash of that prefix.

CREATE TABLE libsync_outbox (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

CREATE TABLE libsync_muted (one INTEGER PRIMARY KEY);

CREATE TABLE libsync_state (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE libsync_fields (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    clock TEXT NOT NULL, -- Hlc::text(): sorts as the clock does
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;

CREATE TABLE libsync_notes (
    paper_id TEXT NOT NULL,
    clock TEXT NOT NULL,
    device_name TEXT NOT NULL,
    markdown TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    bases TEXT NOT NULL, -- JSON array of the clocks of the versions this edit replaced
    PRIMARY KEY (paper_id, clock)
) WITHOUT ROWID;

CREATE TABLE libsync_files (
    name TEXT PRIMARY KEY,
    offset INTEGER NOT NULL,
    prefix_hash TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO libsync_outbox SELECT 'bookmark', paper_id FROM bookmarks;
INSERT OR IGNORE INTO libsync_outbox SELECT 'read', paper_id FROM read_state;
INSERT OR IGNORE INTO libsync_outbox SELECT 'note', paper_id FROM notes;
INSERT OR IGNORE INTO libsync_outbox SELECT 'dismiss', paper_id FROM dismissals;
INSERT OR IGNORE INTO libsync_outbox SELECT 'watch', name FROM watches;

CREATE TRIGGER libsync_bookmark_insert AFTER INSERT ON bookmarks
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'bookmark', NEW.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'bookmark' AND key = NEW.paper_id); END;
CREATE TRIGGER libsync_bookmark_update AFTER UPDATE ON bookmarks
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'bookmark', NEW.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'bookmark' AND key = NEW.paper_id); END;
CREATE TRIGGER libsync_bookmark_delete AFTER DELETE ON bookmarks
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'bookmark', OLD.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'bookmark' AND key = OLD.paper_id); END;

CREATE TRIGGER libsync_read_insert AFTER INSERT ON read_state
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'read', NEW.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'read' AND key = NEW.paper_id); END;
CREATE TRIGGER libsync_read_update AFTER UPDATE ON read_state
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'read', NEW.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'read' AND key = NEW.paper_id); END;
CREATE TRIGGER libsync_read_delete AFTER DELETE ON read_state
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'read', OLD.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'read' AND key = OLD.paper_id); END;

CREATE TRIGGER libsync_note_insert AFTER INSERT ON notes
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'note', NEW.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'note' AND key = NEW.paper_id); END;
CREATE TRIGGER libsync_note_update AFTER UPDATE ON notes
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'note', NEW.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'note' AND key = NEW.paper_id); END;
CREATE TRIGGER libsync_note_delete AFTER DELETE ON notes
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'note', OLD.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'note' AND key = OLD.paper_id); END;

CREATE TRIGGER libsync_dismiss_insert AFTER INSERT ON dismissals
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'dismiss', NEW.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'dismiss' AND key = NEW.paper_id); END;
CREATE TRIGGER libsync_dismiss_update AFTER UPDATE ON dismissals
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'dismiss', NEW.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'dismiss' AND key = NEW.paper_id); END;
CREATE TRIGGER libsync_dismiss_delete AFTER DELETE ON dismissals
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'dismiss', OLD.paper_id
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'dismiss' AND key = OLD.paper_id); END;

-- A rename is the old name gone and the new one there: both are queued.
CREATE TRIGGER libsync_watch_insert AFTER INSERT ON watches
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'watch', NEW.name
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'watch' AND key = NEW.name); END;
CREATE TRIGGER libsync_watch_update AFTER UPDATE ON watches
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN
    INSERT INTO libsync_outbox SELECT 'watch', OLD.name
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'watch' AND key = OLD.name);
    INSERT INTO libsync_outbox SELECT 'watch', NEW.name
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'watch' AND key = NEW.name);
END;
CREATE TRIGGER libsync_watch_delete AFTER DELETE ON watches
WHEN NOT EXISTS (SELECT 1 FROM libsync_muted)
BEGIN INSERT INTO libsync_outbox SELECT 'watch', OLD.name
    WHERE NOT EXISTS (SELECT 1 FROM libsync_outbox WHERE kind = 'watch' AND key = OLD.name); END;
