-- The first statement succeeds, the second fails: the migration must leave nothing behind.
CREATE TABLE added_by_version_2 (x INTEGER);
INSERT INTO table_that_does_not_exist VALUES (1);
