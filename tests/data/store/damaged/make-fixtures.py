#!/usr/bin/env python3
"""Writes the damaged-cache fixtures of this folder (run it here; the output is deterministic
apart from SQLite's own header bytes). Each file is copied over cache.sqlite by the tests."""
import os
import random
import sqlite3

PBYC = 0x50425943  # Paperboy's cache application_id ('PBYC')


def fresh(name):
    if os.path.exists(name):
        os.remove(name)
    return sqlite3.connect(name)


def cache_like(name, version):
    db = fresh(name)
    db.execute("PRAGMA page_size = 4096")
    db.execute(f"PRAGMA application_id = {PBYC}")
    db.execute(f"PRAGMA user_version = {version}")
    db.execute("CREATE TABLE paper (id TEXT PRIMARY KEY, title TEXT, abstract TEXT)")
    rng = random.Random(21)
    for n in range(120):
        words = " ".join(rng.choice(["model", "data", "agent", "vision", "token"]) for _ in range(60))
        db.execute("INSERT INTO paper VALUES (?, ?, ?)", (f"2501.{n:05d}", f"Paper {n}", words))
    db.commit()
    db.close()


# A cache whose last half is gone (a copy or a disk that gave out): the header still counts
# every page.
cache_like("cache-truncated.sqlite", 6)
size = os.path.getsize("cache-truncated.sqlite")
with open("cache-truncated.sqlite", "r+b") as f:
    f.truncate(size // 2)

# A cache overwritten with random bytes from its first byte.
with open("cache-random-bytes.sqlite", "wb") as f:
    f.write(random.Random(42).randbytes(16384))

# The header survives but the rest of the first page (the schema) is noise.
cache_like("cache-scrambled-schema.sqlite", 6)
with open("cache-scrambled-schema.sqlite", "r+b") as f:
    f.seek(100)
    f.write(random.Random(7).randbytes(4096 - 100))
with open("cache-scrambled-schema.sqlite", "r+b") as f:
    f.truncate(4096 * 4)
    f.seek(28)
    f.write((4).to_bytes(4, "big"))  # the header's page count agrees with the shortened file

# A cache written by a Paperboy of a far newer schema.
cache_like("cache-newer-schema.sqlite", 999)
with sqlite3.connect("cache-newer-schema.sqlite") as db:
    db.execute("CREATE TABLE something_new (x)")

# Another program's SQLite database under the cache's name.
db = fresh("cache-foreign.sqlite")
db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
db.execute("INSERT INTO moz_places (url) VALUES ('https://example.org/')")
db.commit()
db.close()
