"""HTTP(S) feeds through urllib3, with a resume loop of our own: a `.part` file that survives a
restart, `Range` + `If-Range` on the ETag, identity encoding (resuming inside a gzip stream
breaks), a 206 accepted only when it starts where asked, backoff with jitter, the signed length
as a hard stop, a minimum rate (slow retrieval), proxies from the environment, cancel.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import re
import ssl
import threading
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import HTTPError as Urllib3Error

from fieldkit.packs.errors import FetchError, HashError, SizeError
from fieldkit.packs.sources import Progress

_CHUNK = 64 * 1024
_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")


class FetchCancelled(FetchError):
    """The person cancelled; the `.part` file stays for the next attempt."""

    code = "sync.cancelled"


@dataclass(frozen=True)
class FetchPolicy:
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    attempts: int = 5
    backoff: float = 0.5  # seconds, doubled each attempt, with jitter
    min_rate: int = 512  # bytes/s averaged after the grace period: slower is an attack or a
    grace: float = 10.0  # dead link, and the next mirror is tried


CA_FILE_ENV = "FIELDKIT_CA_FILE"


def tls_context(ca_file: str | os.PathLike[str] | None = None) -> ssl.SSLContext:
    """Certificates are checked against the system's store, plus the CA bundle the package
    carries (certifi: for a machine whose store is missing or years old), plus `ca_file` or
    $FIELDKIT_CA_FILE (an organisation's own CA, or a mirror's self-signed one)."""
    ctx = ssl.create_default_context()
    with contextlib.suppress(ImportError, OSError, ssl.SSLError):
        import certifi

        ctx.load_verify_locations(cafile=certifi.where())
    extra = ca_file or os.environ.get(CA_FILE_ENV) or None
    if extra:
        try:
            ctx.load_verify_locations(cafile=os.fspath(extra))
        except (OSError, ssl.SSLError) as exc:
            raise FetchError(f"{extra}: cannot be read as CA certificates (PEM) "
                             f"({getattr(exc, 'strerror', None) or exc})",
                             code="sync.bad_ca_file",
                             fields={"file": os.fspath(extra)}) from exc
    return ctx


def _pool(url: str, policy: FetchPolicy,
          ctx: ssl.SSLContext | None) -> urllib3.PoolManager:
    timeout = urllib3.Timeout(connect=policy.connect_timeout, read=policy.read_timeout)
    host = urlsplit(url).hostname or ""
    proxies = urllib.request.getproxies()
    proxy = proxies.get(urlsplit(url).scheme)
    if proxy and not urllib.request.proxy_bypass(host):
        return urllib3.ProxyManager(proxy, timeout=timeout, retries=False, ssl_context=ctx)
    return urllib3.PoolManager(timeout=timeout, retries=False, ssl_context=ctx)


def _untrusted(exc: Urllib3Error, label: str) -> FetchError | None:
    """A certificate that does not verify is refused at once (retrying cannot help), in one
    sentence that says how to trust it (the CLI's way; the GUI says its own, by the code)."""
    reason = getattr(exc, "reason", None) or exc
    if isinstance(reason, urllib3.exceptions.SSLError):
        detail = str(reason)
        why = ("its certificate is not signed by an authority this device trusts"
               if "CERTIFICATE_VERIFY_FAILED" in detail else "the secure connection failed")
        return FetchError(f"{label}: {why}; if it is your own server, give its CA file with "
                          f"--ca-file or {CA_FILE_ENV}", code="sync.untrusted_certificate",
                          fields={"source": label})
    return None


class HttpSource:
    """A feed at an http(s) URL; never accepts a stale index (`is_folder` is False)."""

    is_folder = False

    def __init__(self, url: str, policy: FetchPolicy | None = None,
                 cancel: threading.Event | None = None,
                 ca_file: str | os.PathLike[str] | None = None) -> None:
        self.base = url if url.endswith("/") else url + "/"
        self.label = url
        self.policy = policy or FetchPolicy()
        self.cancel = cancel or threading.Event()
        # the CA file matters for https only: a plain http:// feed (another laptop's share)
        # syncs even when the CA file set for the organisation's server is missing
        secure = urlsplit(self.base).scheme == "https"
        self.pool = _pool(self.base, self.policy, tls_context(ca_file) if secure else None)
        self.bytes_fetched = 0  # body bytes received, for the resume figures

    def _url(self, name: str) -> str:
        if name.startswith("/") or ".." in name.split("/"):
            raise FetchError(f"{self.label}: {name!r} is outside the feed")
        return urljoin(self.base, name)

    def _sleep(self, attempt: int) -> None:
        delay = self.policy.backoff * (2 ** attempt) * (0.5 + random.random())
        if self.cancel.wait(delay):
            raise FetchCancelled("cancelled")

    def read_meta(self, name: str, limit: int) -> bytes | None:
        url = self._url(name)
        last: str = ""
        for attempt in range(self.policy.attempts):
            try:
                r = self.pool.request("GET", url, headers={"Accept-Encoding": "identity"},
                                      preload_content=False, redirect=True)
                try:
                    if r.status == 404:
                        return None
                    if r.status != 200:
                        last = f"HTTP {r.status}"
                        if r.status < 500:
                            break
                        continue
                    data = r.read(limit + 1)
                    self.bytes_fetched += len(data)
                    if len(data) > limit:
                        raise SizeError(f"{name} at {self.label} is over its size limit")
                    return data
                finally:
                    r.release_conn()
            except Urllib3Error as exc:
                if refusal := _untrusted(exc, self.label):
                    raise refusal from exc
                last = type(exc).__name__
            if attempt + 1 < self.policy.attempts:
                self._sleep(attempt)
        raise FetchError(f"{self.label}: {name} could not be fetched ({last})",
                             code="sync.unreachable", fields={"source": self.label})

    def loose_packs(self) -> list[str]:
        return []

    def loose_path(self, name: str) -> Path:
        raise FetchError(f"{self.label} is a feed, not a folder")

    # --- the resume loop ------------------------------------------------------------------
    def fetch(self, name: str, dest: Path, length: int, digest: str,
              progress: Progress | None = None) -> None:
        url = self._url(name)
        part = dest.with_name(dest.name + ".part")
        meta = dest.with_name(dest.name + ".etag")
        last = ""
        for attempt in range(self.policy.attempts):
            if self.cancel.is_set():
                raise FetchCancelled("cancelled")
            try:
                if self._attempt(url, part, meta, length, progress):
                    break
                last = "the server sent less than was signed"
            except HashError:
                part.unlink(missing_ok=True)
                raise
            except _Retry as exc:
                last = str(exc)
            except Urllib3Error as exc:
                if refusal := _untrusted(exc, self.label):
                    raise refusal from exc
                last = f"connection lost ({type(exc).__name__})"
            if attempt + 1 < self.policy.attempts:
                self._sleep(attempt)
        else:
            raise FetchError(f"{self.label}: {name} could not be fetched ({last})",
                             code="sync.unreachable", fields={"source": self.label})
        h = hashlib.sha256()
        with part.open("rb") as f:
            while chunk := f.read(1024 * 1024):
                h.update(chunk)
        if h.hexdigest() != digest:
            part.unlink()
            meta.unlink(missing_ok=True)
            raise HashError(f"{name} at {self.label} does not match the signed index "
                            "(length or SHA-256)")
        os.replace(part, dest)
        meta.unlink(missing_ok=True)

    def _attempt(self, url: str, part: Path, meta: Path, length: int,
                 progress: Progress | None) -> bool:
        """One request from where the `.part` file ends; True when it holds `length` bytes."""
        offset = part.stat().st_size if part.exists() else 0
        if offset > length:
            part.unlink()
            offset = 0
        if offset == length:
            return True
        etag = _read_etag(meta)
        headers = {"Accept-Encoding": "identity"}
        if offset:
            headers["Range"] = f"bytes={offset}-"
            if etag:
                headers["If-Range"] = etag
        r = self.pool.request("GET", url, headers=headers, preload_content=False,
                              redirect=True, decode_content=False)
        try:
            if r.status == 404:
                raise FetchError(f"{self.label}: {urlsplit(url).path} is missing (HTTP 404)")
            if r.status == 416 and offset:
                part.unlink()  # our part no longer fits the file: start again
                raise _Retry("range not satisfiable")
            if r.status >= 500 or r.status not in (200, 206):
                if r.status < 500:
                    raise FetchError(f"{self.label}: HTTP {r.status}")
                raise _Retry(f"HTTP {r.status}")
            if r.headers.get("Content-Encoding", "identity") not in ("identity", ""):
                raise _Retry("the server compressed the pack")
            if r.status == 206:
                m = _RANGE.match(r.headers.get("Content-Range", ""))
                if not m or int(m.group(1)) != offset or (
                        m.group(3) != "*" and int(m.group(3)) != length):
                    part.unlink(missing_ok=True)
                    raise _Retry("the server answered a different range")
                mode = "ab"
            else:  # 200: the whole file (no range support, or the file changed)
                offset, mode = 0, "wb"
            new_etag = r.headers.get("ETag")
            if new_etag:
                meta.write_text(json.dumps({"etag": new_etag}), "utf-8")
            return self._stream(r, part, mode, offset, length, progress)
        finally:
            r.release_conn()

    def _stream(self, r: urllib3.BaseHTTPResponse, part: Path, mode: str, offset: int,
                length: int, progress: Progress | None) -> bool:
        seen = offset
        start = time.monotonic()
        got = 0
        with part.open(mode) as out:
            try:
                # read1: whatever has arrived, so a trickle is measured, not waited out
                while chunk := r.read1(_CHUNK):
                    if self.cancel.is_set():
                        raise FetchCancelled("cancelled")
                    if seen + len(chunk) > length:  # endless data: stop at the signed length
                        out.write(chunk[: length - seen])
                        raise HashError(f"{self.label} sent more than the {length} bytes "
                                        "signed for this pack")
                    out.write(chunk)
                    seen += len(chunk)
                    got += len(chunk)
                    self.bytes_fetched += len(chunk)
                    if progress:
                        progress(seen, length)
                    elapsed = time.monotonic() - start
                    if elapsed > self.policy.grace and got / elapsed < self.policy.min_rate:
                        raise FetchError(f"{self.label} is too slow ({got / elapsed:.0f} "
                                         "bytes/s): skipped")
            finally:
                out.flush()
                with contextlib.suppress(OSError):
                    os.fsync(out.fileno())
        return seen == length


class _Retry(Exception):
    """A failed attempt worth repeating after a pause (internal to the resume loop)."""


def _read_etag(meta: Path) -> str | None:
    try:
        value = json.loads(meta.read_text("utf-8")).get("etag")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None
