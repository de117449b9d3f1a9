-- Placeholder on the libsync branch only, so that 007 follows without a gap (the migrator
-- refuses gaps). The lead drops this file when the branch that owns this number is merged.
SELECT 1;
