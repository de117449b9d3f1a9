#!/usr/bin/env python3
"""Writes the hostile-content digests of this folder (deterministic; run it here).

2024-03-09.json   a Hugging Face API day: a title with right-to-left overrides and zero-width
                  characters, a 10,000-character title of words, a 10,000-character title
                  without a single space, and a paper with 5,000 authors.
resources.md.in   a markdown day whose text names local and remote resources; the tests put
                  their own loopback server's address in place of @TRACKER@.
"""
import json

RLO, PDF, LRO = "\u202e", "\u202c", "\u202d"
ZW = "\u200b\u200c\u200d\u2060\ufeff"


def paper(pid, title, authors, summary):
    return {
        "paper": {
            "id": pid,
            "title": title,
            "summary": summary,
            "authors": [{"name": a, "hidden": False} for a in authors],
            "upvotes": 7,
            "publishedAt": "2024-03-08T17:00:00.000Z",
            "ai_summary": summary[:200],
            "ai_keywords": ["hostile", "layout"],
        },
        "title": title,
        "numComments": 0,
        "publishedAt": "2024-03-09T08:00:00.000Z",
    }


bidi_title = f"Bidi {RLO}txt.exe{PDF} and {LRO}forced{PDF} in{ZW}visible join{ZW}ers"
long_words = " ".join(f"word{n % 97:02d}" for n in range(2000))[:10000]
long_word = ("Unbroken" * 1250)[:10000]
authors = [f"Author{n:04d} Name{n:04d}" for n in range(5000)]
day = [
    paper("2403.09001", bidi_title, [f"{RLO}Mallory{PDF}", f"Zero{ZW}Width"],
          f"An abstract with {RLO}reversed{PDF} text and zero{ZW}width marks in hostile words."),
    paper("2403.09002", long_words, ["Long Title"], "A title of ten thousand characters of words."),
    paper("2403.09003", long_word, ["Long Word"], "A title of one unbroken hostile word."),
    paper("2403.09004", "Five Thousand Authors", authors, "A paper whose author list is hostile."),
]
with open("2024-03-09.json", "w", encoding="utf-8") as f:
    json.dump(day, f, ensure_ascii=False, separators=(",", ":"))
    f.write("\n")

with open("resources.md.in", "w", encoding="utf-8") as f:
    f.write("""## Daily Papers (2024-03-10)

### [Tracking Pixels in Digests](https://arxiv.org/abs/2403.10001)

Vote: 4

Authors: Eve Tracker

- ***What's New***: ![pixel](http://@TRACKER@/pixel.png) a remote image in markdown.
- ***Technical Details***: <img src="http://@TRACKER@/html.png"> an HTML image, \
<img src="file:///etc/hostname"> a local file, ![local](file:///etc/hostname) and \
![data](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==).
- ***Performance Highlights***: <link rel="stylesheet" href="http://@TRACKER@/style.css"> \
<iframe src="http://@TRACKER@/frame.html"></iframe> <video src="http://@TRACKER@/v.mp4"></video> \
<span style="background-image: url(http://@TRACKER@/bg.png)">styled</span>.
""")
