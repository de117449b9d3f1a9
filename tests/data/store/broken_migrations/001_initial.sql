-- A schema for TestMigrations::failedMigrationKeepsPreviousVersion.
CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
INSERT INTO notes (text) VALUES ('written by version 1; it; has; semicolons');
