-- Schema version 5 is the highlights and reading positions of the Read view (helper `reader`,
-- issue 35). This placeholder only keeps the numbering whole on the `ask` branch; the merge
-- replaces it with that migration.
SELECT 1;
