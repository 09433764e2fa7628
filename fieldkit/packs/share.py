"""Share the installed packs on the local network for a limited time: the relay feed served
read-only over HTTP (GET and HEAD, byte ranges so a peer's download resumes), so a laptop
nearby syncs from it like any mirror.

Serves exactly the feed's files by name: no listing, no path is ever joined onto a folder, so
nothing else on the disk can be reached. Opt-in, and it stops by itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from fieldkit.packs.errors import FetchError
from fieldkit.packs.relay import Content, RelayPlan, plan_relay

DEFAULT_PORT = 8765
DEFAULT_MINUTES = 30.0
_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
_CHUNK = 256 * 1024


@dataclass(frozen=True)
class Served:
    """One request answered: the path, the status and the body bytes sent."""

    path: str
    status: int
    sent: int
    range: str | None


@dataclass
class Share:
    server: ThreadingHTTPServer
    port: int
    addresses: list[str]
    stops_at: float  # time.monotonic()
    plan: RelayPlan
    log: list[Served] = field(default_factory=list)
    _stopped: threading.Event = field(default_factory=threading.Event)

    @property
    def urls(self) -> list[str]:
        """What to type on the other laptop, one per feed and address."""
        return [f"http://{a}:{self.port}/{sub + '/' if sub else ''}"
                for a in self.addresses for sub in self.plan.feeds]

    def wait(self, timeout: float | None = None) -> bool:
        """Blocks until the share has stopped (its time is up, or `stop`); True if it has."""
        return self._stopped.wait(timeout)

    def stop(self) -> None:
        if not self._stopped.is_set():
            self.server.shutdown()
            self.server.server_close()
            self._stopped.set()

    @property
    def is_running(self) -> bool:
        return not self._stopped.is_set()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a peer that went away mid-transfer resumes later; nothing to report here


def lan_addresses() -> list[str]:
    """This machine's IPv4 addresses another laptop on the network can reach (loopback when
    there is no network)."""
    found: list[str] = []
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing interface
        found.append(s.getsockname()[0])
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(str(info[4][0]))
    out = [a for a in dict.fromkeys(found) if not a.startswith(("127.", "0."))]
    return out or ["127.0.0.1"]


def _etag(content: Content) -> str:
    if isinstance(content, bytes):
        key = hashlib.sha256(content).hexdigest()
    else:
        st = content.stat()
        key = hashlib.sha256(f"{content}:{st.st_size}:{st.st_mtime_ns}".encode()).hexdigest()
    return f'"{key[:32]}"'


def _handler(files: dict[str, Content], log: list[Served]) -> type[BaseHTTPRequestHandler]:
    class FeedHandler(BaseHTTPRequestHandler):
        server_version = "FieldKit-share"
        sys_version = ""
        timeout = 60  # a peer that stops reading does not hold a thread for ever

        def log_message(self, format: str, *args: object) -> None:
            pass  # requests are recorded in `log`

        def do_GET(self) -> None:
            self._answer(body=True)

        def do_HEAD(self) -> None:
            self._answer(body=False)

        def _answer(self, *, body: bool) -> None:
            name = unquote(urlsplit(self.path).path).lstrip("/")
            content = files.get(name)  # exact names only: nothing else is reachable
            rng = self.headers.get("Range")
            if content is None:
                self._plain(404, "not part of this feed\n", body)
                log.append(Served(name, 404, 0, rng))
                return
            size = len(content) if isinstance(content, bytes) else content.stat().st_size
            etag = _etag(content)
            start, end, status = 0, size - 1, 200
            if_range = self.headers.get("If-Range")
            if rng and (if_range is None or if_range == etag):
                m = _RANGE.match(rng.strip())
                if m and (m.group(1) or m.group(2)):
                    if m.group(1):
                        start = int(m.group(1))
                        end = min(int(m.group(2)), size - 1) if m.group(2) else size - 1
                    else:  # the last N bytes
                        start = max(size - int(m.group(2)), 0)
                    if start >= size or start > end:
                        self.send_response(416)
                        self.send_header("Content-Range", f"bytes */{size}")
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                        log.append(Served(name, 416, 0, rng))
                        return
                    status = 206
            self.send_response(status)
            self.send_header("Content-Type", "application/json" if name.endswith(".json")
                             else "application/octet-stream")
            self.send_header("Content-Length", str(end - start + 1))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", "no-cache")
            self.send_header("Last-Modified", formatdate(usegmt=True))
            if status == 206:
                self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
            self.end_headers()
            self.sent = 0
            if body:
                with contextlib.suppress(ConnectionError, TimeoutError):
                    self._send(content, start, end - start + 1)
            log.append(Served(name, status, self.sent, rng))

        def _send(self, content: Content, start: int, length: int) -> None:
            """Counts in `self.sent` as it goes: a peer that hangs up is logged with what it
            got."""
            if isinstance(content, bytes):
                self.wfile.write(content[start:start + length])
                self.sent = length
                return
            f: BinaryIO
            with content.open("rb") as f:
                f.seek(start)
                while self.sent < length and (chunk := f.read(min(_CHUNK, length - self.sent))):
                    self.wfile.write(chunk)
                    self.sent += len(chunk)

        def _plain(self, status: int, text: str, body: bool) -> None:
            data = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if body:
                self.wfile.write(data)

    return FeedHandler


def start_share(home: Path, *, port: int = DEFAULT_PORT, minutes: float = DEFAULT_MINUTES,
                host: str = "0.0.0.0", plan: RelayPlan | None = None,
                on_stop: Callable[[], None] | None = None) -> Share:
    """Serve the installed packs (`plan_relay`) on `host:port` (0: any free port; a busy
    default port moves to a free one) for `minutes`, in background threads. Returns at once;
    `Share.wait()` blocks until it stops."""
    plan = plan or plan_relay(home)
    files = {(f"{sub}/{name}" if sub else name): content
             for sub, feed in plan.feeds.items() for name, content in feed.items()}
    if not files:
        raise FetchError("no installed pack can be passed on: there is nothing to share",
                         code="relay.nothing_installed")
    return serve_files(files, port=port, minutes=minutes, host=host, plan=plan,
                       on_stop=on_stop)


def serve_files(files: dict[str, Content], *, port: int = DEFAULT_PORT,
                minutes: float = DEFAULT_MINUTES, host: str = "0.0.0.0",
                plan: RelayPlan | None = None,
                on_stop: Callable[[], None] | None = None) -> Share:
    """Serve exactly `files` (URL path -> file or bytes) read-only for `minutes`."""
    log: list[Served] = []
    handler = _handler(dict(files), log)
    try:
        server = _Server((host, port), handler)
    except OSError as exc:
        if port != DEFAULT_PORT:
            raise FetchError(f"port {port} cannot be used ({exc.strerror}); choose another "
                             "with --port", code="share.port_busy",
                             fields={"port": str(port)}) from exc
        server = _Server((host, 0), handler)
    addresses = ["127.0.0.1"] if host.startswith("127.") else (
        lan_addresses() if host in ("0.0.0.0", "") else [host])
    share = Share(server, server.server_address[1], addresses,
                  time.monotonic() + minutes * 60, plan or RelayPlan(feeds={"": {}}), log)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2},
                     name="fieldkit-share", daemon=True).start()

    def time_up() -> None:
        if not share._stopped.wait(minutes * 60):
            share.stop()
        if on_stop:
            on_stop()

    threading.Thread(target=time_up, name="fieldkit-share-timer", daemon=True).start()
    return share
