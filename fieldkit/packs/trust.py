"""The root of trust: `root.json` (keys and thresholds for the roles root, index and packs),
the walk from version N to N+1, and the trust store in the data folder.

A root N+1 counts only when a threshold of N's root keys and of its own signed it; a key that a
newer root drops is trusted no more. Nothing here touches installed packs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.packs.errors import (
    ExpiredError,
    FormatError,
    SignatureError,
    SizeError,
    TrustError,
    VersionError,
)
from fieldkit.packs.signing import (
    PublicKey,
    SigningKey,
    canonical,
    check_threshold,
    parse_envelope,
    public_key_from_json,
    sha256,
    sign_envelope,
)

ROLES = ("root", "index", "packs")
MAX_ROOT_BYTES = 512 * 1024  # endless data: a root is a few KB
TRUST_DIR = "trust"
FAR_FUTURE = "2999-12-31T00:00:00Z"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def format_time(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def parse_time(text: Any, what: str) -> dt.datetime:
    try:
        when = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError as exc:
        raise FormatError(f"the {what} has an unreadable date {text!r}") from exc
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class Role:
    keyids: list[str]
    threshold: int


@dataclass(frozen=True)
class Root:
    envelope: dict[str, Any]
    version: int
    expires: dt.datetime
    keys: dict[str, PublicKey]
    roles: dict[str, Role]
    anchor: str = ""  # the id of the root this lineage was first trusted as
    is_local: bool = field(default=False)  # a bare public key trusted by hand, not a real root

    def check(self, envelope: dict[str, Any], role: str, what: str) -> None:
        r = self.roles[role]
        check_threshold(envelope, self.keys, r.keyids, r.threshold, what)

    def is_expired(self, now: dt.datetime | None = None) -> bool:
        return (now or utcnow()) >= self.expires


def root_id(envelope: dict[str, Any]) -> str:
    return sha256(canonical(envelope["signed"]))[:16]


def parse_root(doc: Any, anchor: str | None = None) -> Root:
    env = parse_envelope(doc, "root")
    s = env["signed"]
    try:
        version = s["version"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise FormatError("the root's version is not a positive integer")
        keys = {kid: public_key_from_json(k) for kid, k in s["keys"].items()}
        for kid, key in keys.items():
            if key.keyid != kid:
                raise FormatError(f"the root lists key {kid[:12]} under the wrong id")
        roles = {}
        for name in ROLES:
            r = s["roles"][name]
            keyids, threshold = list(r["keyids"]), r["threshold"]
            if not isinstance(threshold, int) or threshold < 1 or threshold > len(keyids):
                raise FormatError(f"the root's {name} threshold is impossible")
            if any(k not in keys for k in keyids):
                raise FormatError(f"the root's {name} role names a key it does not list")
            roles[name] = Role(keyids, threshold)
        expires = parse_time(s["expires"], "root")
    except (KeyError, TypeError, AttributeError) as exc:
        raise FormatError(f"not a valid root ({exc} missing or malformed)") from exc
    return Root(env, version, expires, keys, roles, anchor or root_id(env))


def new_root(version: int, keys: dict[str, list[PublicKey]], thresholds: dict[str, int],
             expires: dt.datetime, signers: list[SigningKey]) -> dict[str, Any]:
    """A root envelope: `keys` maps each role to its public keys."""
    all_keys = {k.keyid: k.as_json() for ks in keys.values() for k in ks}
    signed = {"_type": "root", "spec_version": "1.0", "version": version,
              "expires": format_time(expires), "keys": all_keys,
              "roles": {r: {"keyids": sorted({k.keyid for k in keys[r]}),
                            "threshold": thresholds[r]} for r in ROLES}}
    return sign_envelope(signed, signers)


def self_check(root: Root) -> None:
    """A root must carry a threshold of its own root keys."""
    root.check(root.envelope, "root", f"root version {root.version}")


def next_root(trusted: Root, doc: Any, now: dt.datetime | None = None) -> Root:
    """Root N+1 accepted only when signed by a threshold of N's root keys and of its own."""
    new = parse_root(doc, trusted.anchor)
    if new.version != trusted.version + 1:
        raise VersionError(f"root version {new.version} does not follow version "
                           f"{trusted.version}")
    try:
        trusted.check(new.envelope, "root", f"root version {new.version}")
    except SignatureError as exc:
        raise SignatureError(f"root version {new.version} is not signed by enough keys of "
                             f"version {trusted.version}") from exc
    self_check(new)
    return new


def walk_roots(trusted: Root, fetch: Callable[[int], Any | None],
               now: dt.datetime | None = None) -> Root:
    """Follows `N+1.root.json`, `N+2...` as long as `fetch` finds them; the last one must not
    have expired (an expired root is never accepted)."""
    current = trusted
    for _ in range(1000):
        doc = fetch(current.version + 1)
        if doc is None:
            break
        current = next_root(current, doc, now)
    if current.is_expired(now) and not current.is_local:
        raise ExpiredError(f"the newest root (version {current.version}) expired on "
                           f"{format_time(current.expires)[:10]}")
    return current


def root_from_public_key(key: PublicKey) -> Root:
    """A bare public key trusted by hand: one key for every role, threshold 1, no expiry."""
    signed = {"_type": "root", "spec_version": "1.0", "version": 1, "expires": FAR_FUTURE,
              "keys": {key.keyid: key.as_json()},
              "roles": {r: {"keyids": [key.keyid], "threshold": 1} for r in ROLES}}
    env = {"signed": signed, "signatures": []}
    root = parse_root(env)
    return Root(root.envelope, 1, root.expires, root.keys, root.roles, root.anchor, True)


def read_json_file(path: Path, what: str, limit: int) -> Any:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise SizeError(f"{path.name}: {size} bytes is too large for a {what}")
        data = path.read_bytes()[:limit + 1]
    except OSError as exc:
        raise FormatError(f"{path}: cannot read the {what} ({exc.strerror})") from exc
    if len(data) > limit:
        raise SizeError(f"{path.name}: too large for a {what}")
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FormatError(f"{path.name}: not a {what} (not JSON)") from exc


def write_atomic(path: Path, data: bytes) -> None:
    """Exclusive random temp file beside `path`, fsync, `os.replace`, then fsync the folder."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- the trust store: data/trust/<anchor>/root.json (+ state.json) -------------------------

class TrustStore:
    """The roots this device trusts, each under the id it was first trusted as."""

    def __init__(self, folder: Path) -> None:
        self.dir = Path(folder) / TRUST_DIR

    def roots(self) -> list[Root]:
        out: list[Root] = []
        if not self.dir.is_dir():
            return out
        for sub in sorted(self.dir.iterdir()):
            path = sub / "root.json"
            if not path.is_file():
                continue
            doc = read_json_file(path, "root", MAX_ROOT_BYTES)
            root = parse_root(doc, sub.name)
            if not root.envelope["signatures"]:
                root = Root(root.envelope, 1, root.expires, root.keys, root.roles, sub.name, True)
            out.append(root)
        return out

    def get(self, anchor: str) -> Root:
        for root in self.roots():
            if root.anchor == anchor:
                return root
        raise TrustError(f"the root {anchor} is not trusted on this device")

    def add(self, root: Root) -> Root:
        """Trust a root (checked against its own keys) or a bare key; re-adding is a no-op."""
        if not root.is_local:
            self_check(root)
        for existing in self.roots():
            if existing.anchor == root.anchor or (
                    canonical(existing.envelope["signed"]) == canonical(root.envelope["signed"])):
                return existing
        self.save(root)
        return root

    def save(self, root: Root) -> None:
        """Store a newer root of a lineage (after `next_root` accepted it), also under its
        number, so the device can hand the chain on (`relay`) to one that trusts an older."""
        data = json.dumps(root.envelope, indent=1, sort_keys=True).encode("utf-8")
        if not root.is_local:
            write_atomic(self.dir / root.anchor / f"{root.version}.root.json", data)
        write_atomic(self.dir / root.anchor / "root.json", data)

    def state(self, anchor: str) -> dict[str, Any]:
        path = self.dir / anchor / "state.json"
        if not path.is_file():
            return {}
        doc = read_json_file(path, "trust state", 64 * 1024)
        return doc if isinstance(doc, dict) else {}

    def save_state(self, anchor: str, state: dict[str, Any]) -> None:
        write_atomic(self.dir / anchor / "state.json",
                     json.dumps(state, indent=1, sort_keys=True).encode("utf-8"))


def load_trust_source(path: Path) -> Root:
    """`trust add` takes a root.json or a public key file."""
    doc = read_json_file(path, "root or public key", MAX_ROOT_BYTES)
    if isinstance(doc, dict) and "signed" in doc:
        return parse_root(doc)
    if isinstance(doc, dict) and "keyval" in doc:
        return root_from_public_key(public_key_from_json(doc))
    raise FormatError(f"{Path(path).name}: neither a root nor a public key")
