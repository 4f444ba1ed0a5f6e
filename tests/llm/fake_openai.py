"""A tiny OpenAI-compatible server on 127.0.0.1 that answers from a script.

Drives the real ``openai:`` provider path (langchain-openai → openai → httpx) without
any network: ``/v1/chat/completions`` pops the next scripted reply — text content, a
delay (to test timeouts), an HTTP error status — and answers as a chat completion, or
as server-sent events when the request asks to stream. Requests are kept for asserts.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Scripted:
    """One reply: ``content`` after ``delay`` seconds, or an error ``status``.

    ``echo_headers``: the error message repeats the request's headers, as some proxies
    do (the credentials in them must not reach the log or the screen).
    """

    content: str = ""
    delay: float = 0.0
    status: int = 200
    echo_headers: bool = False
    release: threading.Event = field(default_factory=threading.Event)
    """Set it to end ``delay`` early (a test that has seen what it waited for)."""
    replied: threading.Event = field(default_factory=threading.Event)
    """Set once the reply is written: unset when a client returned means it gave up."""


@dataclass
class FakeOpenAI:
    replies: list[Scripted] = field(default_factory=list)
    default: Scripted | None = None
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""

    def next_reply(self) -> Scripted:
        if self.replies:
            return self.replies.pop(0)
        return self.default or Scripted(content="")


def _completion(content: str, model: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
    }


def _handler(fake: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}")
            fake.requests.append({"path": self.path, "body": body, "headers": dict(self.headers)})
            if not self.path.split("?", 1)[0].endswith("/chat/completions"):
                self.send_error(404)
                return
            reply = fake.next_reply()
            if reply.delay:
                reply.release.wait(reply.delay)
            if reply.status != 200:
                message = "scripted failure"
                if reply.echo_headers:
                    message += " for " + "; ".join(f"{k}: {v}" for k, v in self.headers.items())
                payload = json.dumps({"error": {"message": message}}).encode()
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                return
            model = str(body.get("model", "fake"))
            try:
                if body.get("stream"):
                    self._stream(reply.content, model)
                else:
                    payload = json.dumps(_completion(reply.content, model)).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                reply.replied.set()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def _stream(self, content: str, model: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            words = content.split(" ")
            for i, word in enumerate(words):
                piece = word if i == 0 else " " + word
                chunk = {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion.chunk",
                    "created": int(time.time()),
                    "model": model,
                    "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
            end = {
                "id": "chatcmpl-fake",
                "object": "chat.completion.chunk",
                "created": int(time.time()),
                "model": model,
                "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            }
            self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
            self.wfile.flush()

    return Handler


@contextmanager
def serve(fake: FakeOpenAI | None = None) -> Iterator[FakeOpenAI]:
    """Run the fake server on a free port for the duration of the block."""
    fake = fake or FakeOpenAI()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    fake.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
