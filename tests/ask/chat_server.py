#!/usr/bin/env python3
"""An OpenAI-compatible chat-completions server on 127.0.0.1 for the ask tests (and for
screenshots by hand): POST /v1/chat/completions answers from the prompt it is sent.

    chat_server.py LOG_FILE [PORT [SECONDS_PER_EVENT]]

prints "port N" once it listens. The answer quotes the sentence of the context that shares the
most words with the question (else the first one) and cites its page. A marker in the question picks how it answers:
  (none)     streamed as server-sent events, a few words an event, 50 ms apart
  #hold      the first event, then nothing until LOG_FILE.release exists, then the rest
  #cut       two events, half of a third, then the connection closes
  #busy      429 with Retry-After: 1 the first time, then streamed
  #busylong  429 with Retry-After: 3600
  #plain     one whole JSON completion (a server that does not stream)
  #slow      an event every 200 ms for a minute
Each request is appended to LOG_FILE as a JSON line {"kind": "request", "body": ...}; a client
that closes the connection mid-answer adds {"kind": "closed"}.
"""
import json
import os
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOG = sys.argv[1]
LOCK = threading.Lock()
BUSY_SEEN = set()


def log(entry):
    with LOCK, open(LOG, "a", encoding="utf-8") as f:
        f.write(json.dumps(entry, ensure_ascii=False) + "\n")


DELAY = float(sys.argv[3]) if len(sys.argv) > 3 else 0.05


def words(text):
    return set(re.findall(r"\w+", text.lower()))


def answer_for(prompt, question):
    best = None  # (overlap, page, sentence)
    for match in re.finditer(r"\[page (\d+)\]\n((?:.+\n?)+)", prompt):
        for sentence in re.split(r"(?<=\.)\s+", " ".join(match.group(2).split())):
            overlap = len(words(sentence) & words(question))
            if best is None or overlap > best[0]:
                best = (overlap, int(match.group(1)), sentence.rstrip("."))
    if best:
        page = best[1]
        return f"The paper says: {best[2]} [p. {page}]. See also [pp. {page}-{page + 1}]."
    return "The summaries say little about that."


def event(text, finish=None):
    choice = {"index": 0, "delta": {"content": text} if text else {}, "finish_reason": finish}
    return b"data: " + json.dumps({"choices": [choice]}, ensure_ascii=False).encode() + b"\n\n"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode("utf-8")
        log({"kind": "request", "body": body, "authorization": self.headers.get("Authorization", "")})
        request = json.loads(body)
        prompt = request["messages"][-1]["content"]
        question = prompt.rsplit("Question:", 1)[-1]
        text = answer_for(prompt, question.split("#")[0])
        words = [w + " " for w in text.split(" ")]
        words[-1] = words[-1].rstrip()
        if "#busylong" in question:
            return self.plain(429, {"error": {"message": "rate limited"}}, {"Retry-After": "3600"})
        if "#busy" in question and question not in BUSY_SEEN:
            BUSY_SEEN.add(question)
            return self.plain(429, {"error": {"message": "rate limited"}}, {"Retry-After": "1"})
        if "#plain" in question:
            return self.plain(200, {"choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]})
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            if "#cut" in question:
                self.write(event(words[0]) + event(words[1]))
                time.sleep(0.1)
                self.write(event(words[2])[:12])
                return
            if "#hold" in question:
                self.write(event(words[0]))
                while not os.path.exists(LOG + ".release"):
                    time.sleep(0.05)
                words = words[1:]
            if "#slow" in question:
                for i in range(300):
                    self.write(event(f"word{i} "))
                    time.sleep(0.2)
            for i in range(0, len(words), 2):
                self.write(event("".join(words[i:i + 2])))
                time.sleep(DELAY)
            self.write(event("", "stop") + b"data: [DONE]\n\n")
        except (BrokenPipeError, ConnectionResetError):
            log({"kind": "closed"})
        self.close_connection = True

    def write(self, data):
        self.wfile.write(data)
        self.wfile.flush()

    def plain(self, status, obj, headers=None):
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[2]) if len(sys.argv) > 2 else 0), Handler)
print(f"port {server.server_address[1]}", flush=True)
server.serve_forever()
