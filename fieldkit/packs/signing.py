"""Canonical JSON, Ed25519 keys and TUF-shaped signed envelopes (`{"signed", "signatures"}`).

Pure functions over bytes and dicts; the trust decisions (which keys, which threshold) live in
`trust.py`. A private key never leaves its file except to sign.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fieldkit.packs.errors import FormatError, SignatureError

KEYTYPE = "ed25519"


def canonical(value: Any) -> bytes:
    """OLPC-style canonical JSON as TUF uses it: sorted keys, no spaces, UTF-8, no floats."""
    _reject_floats(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def _reject_floats(value: Any) -> None:
    if isinstance(value, float):
        raise FormatError("signed metadata may not hold fractional numbers")
    if isinstance(value, dict):
        for k, v in value.items():
            if not isinstance(k, str):
                raise FormatError("signed metadata keys must be strings")
            _reject_floats(v)
    elif isinstance(value, list):
        for v in value:
            _reject_floats(v)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class PublicKey:
    keyid: str
    public: bytes  # the raw 32 bytes

    def as_json(self) -> dict[str, Any]:
        return {"keytype": KEYTYPE, "scheme": KEYTYPE, "keyval": {"public": self.public.hex()}}

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.public).verify(signature, data)
        except InvalidSignature:
            return False
        return True


def key_id(public: bytes) -> str:
    """TUF's key id: SHA-256 of the public key's canonical JSON."""
    return sha256(canonical({"keytype": KEYTYPE, "scheme": KEYTYPE,
                             "keyval": {"public": public.hex()}}))


def public_key_from_json(doc: Any) -> PublicKey:
    try:
        if doc["keytype"] != KEYTYPE or doc.get("scheme", KEYTYPE) != KEYTYPE:
            raise FormatError(f"key type {doc['keytype']!r} is not supported (only ed25519)")
        raw = bytes.fromhex(doc["keyval"]["public"])
    except (KeyError, TypeError, ValueError) as exc:
        raise FormatError("not an ed25519 public key") from exc
    if len(raw) != 32:
        raise FormatError("not an ed25519 public key (wrong length)")
    return PublicKey(key_id(raw), raw)


@dataclass(frozen=True)
class SigningKey:
    """A private key loaded from its file, with its public half."""

    private: Ed25519PrivateKey
    public: PublicKey

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def generate_key() -> SigningKey:
    private = Ed25519PrivateKey.generate()
    raw = private.public_key().public_bytes_raw()
    return SigningKey(private, PublicKey(key_id(raw), raw))


def write_keypair(key: SigningKey, folder: Path, name: str | None = None) -> tuple[Path, Path]:
    """`NAME.key` (mode 0600, created exclusively: never overwrites) and `NAME.pub`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    name = name or f"fieldkit-{key.public.keyid[:12]}"
    priv_path, pub_path = folder / f"{name}.key", folder / f"{name}.pub"
    pub_doc = {**key.public.as_json(), "keyid": key.public.keyid}
    priv_doc = {**pub_doc, "private": key.private.private_bytes_raw().hex()}
    for path, doc, mode in ((priv_path, priv_doc, 0o600), (pub_path, pub_doc, 0o644)):
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(json.dumps(doc, indent=2, sort_keys=True) + "\n")
        os.chmod(path, mode)  # the umask may have narrowed the public key's mode; fine for 0600
    return priv_path, pub_path


def _read_json(path: Path, what: str, limit: int = 64 * 1024) -> Any:
    path = Path(path)
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise FormatError(f"{path}: cannot read the {what} ({exc.strerror})") from exc
    if len(data) > limit:
        raise FormatError(f"{path}: too large to be a {what}")
    try:
        return json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FormatError(f"{path}: not a {what} (not JSON)") from exc


def load_signing_key(path: Path) -> SigningKey:
    doc = _read_json(path, "private key")
    try:
        private = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(doc["private"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise FormatError(f"{path}: not a FieldKit private key") from exc
    raw = private.public_key().public_bytes_raw()
    return SigningKey(private, PublicKey(key_id(raw), raw))


def load_public_key(path: Path) -> PublicKey:
    doc = _read_json(path, "public key")
    if not isinstance(doc, dict):
        raise FormatError(f"{path}: not a public key")
    key = public_key_from_json(doc)
    if "keyid" in doc and doc["keyid"] != key.keyid:
        raise FormatError(f"{path}: the key id does not match the key")
    return key


# --- envelopes -----------------------------------------------------------------------------

def sign_envelope(signed: dict[str, Any], keys: list[SigningKey]) -> dict[str, Any]:
    data = canonical(signed)
    return {"signed": signed,
            "signatures": [{"keyid": k.public.keyid, "sig": k.sign(data).hex()} for k in keys]}


def parse_envelope(doc: Any, expected_type: str) -> dict[str, Any]:
    """Checks the envelope's shape (not its signatures) and returns it."""
    if (not isinstance(doc, dict) or not isinstance(doc.get("signed"), dict)
            or not isinstance(doc.get("signatures"), list)):
        raise FormatError(f"not a signed {expected_type} (no signed envelope)")
    if doc["signed"].get("_type") != expected_type:
        raise FormatError(f"not a signed {expected_type} (it is a "
                          f"{doc['signed'].get('_type')!r})")
    for s in doc["signatures"]:
        if not (isinstance(s, dict) and isinstance(s.get("keyid"), str)
                and isinstance(s.get("sig"), str)):
            raise FormatError(f"the {expected_type}'s signature list is malformed")
    return doc


def count_valid(envelope: dict[str, Any], keys: dict[str, PublicKey],
                keyids: list[str]) -> int:
    """How many distinct keys among `keyids` made a valid signature over `signed`."""
    data = canonical(envelope["signed"])
    good: set[str] = set()
    for s in envelope["signatures"]:
        kid = s["keyid"]
        if kid in good or kid not in keyids or kid not in keys:
            continue
        try:
            sig = bytes.fromhex(s["sig"])
        except ValueError:
            continue
        if keys[kid].verify(sig, data):
            good.add(kid)
    return len(good)


def check_threshold(envelope: dict[str, Any], keys: dict[str, PublicKey], keyids: list[str],
                    threshold: int, what: str) -> None:
    valid = count_valid(envelope, keys, keyids)
    if valid < threshold:
        raise SignatureError(f"the {what} is signed by {valid} of the {threshold} trusted "
                             f"key{'s' if threshold != 1 else ''} it needs")
