#!/usr/bin/python3
"""Reads a watch's Atom feed with a real feed parser (Debian's python3-feedparser) and
compares it with what the cache holds: check_atom_feed.py FEED EXPECTED.json.

EXPECTED is a JSON list, newest first, of {"id", "title", "authors", "summary", "date"} as
`paperboy show --json` gives them. Prints what differs and exits 1, or exits 0."""
import json
import re
import sys

import feedparser

# What XML 1.0 cannot hold: the feed leaves these characters out.
FORBIDDEN = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text):
    return FORBIDDEN.sub("", text)


def main():
    feed = feedparser.parse(sys.argv[1])
    expected = json.load(open(sys.argv[2], encoding="utf-8"))
    problems = []
    if feed.bozo:
        problems.append("bozo: %r" % (feed.bozo_exception,))
    if feed.version != "atom10":
        problems.append("version %r, not atom10" % feed.version)
    if len(feed.entries) != len(expected):
        problems.append("%d entries, %d matches" % (len(feed.entries), len(expected)))
    for entry, paper in zip(feed.entries, expected):
        url = "https://arxiv.org/abs/" + paper["id"]
        checks = [
            ("id", entry.get("id"), url),
            ("link", entry.get("link"), url),
            ("title", entry.get("title"), xml_safe(paper["title"]).strip()),
            ("title type", entry.get("title_detail", {}).get("type"), "text/plain"),
            ("summary", entry.get("summary"), xml_safe(paper["summary"]).strip()),
            ("summary type", entry.get("summary_detail", {}).get("type"), "text/plain"),
            ("authors", [a.get("name") for a in entry.get("authors", [])],
             [xml_safe(a).strip() for a in paper["authors"] if xml_safe(a).strip()]),
            ("updated", entry.get("updated"), paper["date"] + "T00:00:00Z"),
        ]
        for name, got, want in checks:
            if got != want:
                problems.append("%s %s: %r != %r" % (paper["id"], name, got, want))
    print("\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
