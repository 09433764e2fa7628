"""Canonical JSON, keys, envelopes, thresholds and the root walk (key rotation, revocation)."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.packs.errors import ExpiredError, FormatError, SignatureError, VersionError
from fieldkit.packs.signing import (
    canonical,
    check_threshold,
    generate_key,
    load_public_key,
    load_signing_key,
    sign_envelope,
)
from fieldkit.packs.trust import (
    TrustStore,
    new_root,
    next_root,
    parse_root,
    utcnow,
    walk_roots,
)

from .conftest import make_root


def test_canonical_json_is_stable_and_refuses_floats() -> None:
    assert canonical({"b": 1, "a": ["é", {"d": None, "c": True}]}) == \
        '{"a":["é",{"c":true,"d":null}],"b":1}'.encode()
    with pytest.raises(FormatError, match="fractional"):
        canonical({"x": 1.5})


def test_keygen_writes_a_private_key_only_its_owner_reads(tmp_path: Path, capsys) -> None:
    assert main(["keygen", "--out", str(tmp_path / "k"), "--name", "pub"]) == 0
    priv, pub = tmp_path / "k" / "pub.key", tmp_path / "k" / "pub.pub"
    assert stat.S_IMODE(os.stat(priv).st_mode) == 0o600
    key, public = load_signing_key(priv), load_public_key(pub)
    assert key.public == public and json.loads(pub.read_text())["keyid"] == public.keyid
    assert "private" not in pub.read_text()
    assert public.keyid in capsys.readouterr().out
    # never overwrites a key
    assert main(["keygen", "--out", str(tmp_path / "k"), "--name", "pub"]) == 1


def test_envelope_threshold_counts_distinct_valid_trusted_keys() -> None:
    a, b, c = generate_key(), generate_key(), generate_key()
    keys = {k.public.keyid: k.public for k in (a, b)}
    ids = list(keys)
    env = sign_envelope({"_type": "x", "n": 1}, [a, b])
    check_threshold(env, keys, ids, 2, "x")
    # the same key twice is one signature
    twice = {**env, "signatures": [env["signatures"][0]] * 2}
    with pytest.raises(SignatureError, match="1 of the 2"):
        check_threshold(twice, keys, ids, 2, "x")
    # an unknown key does not count
    with pytest.raises(SignatureError, match="0 of the 1"):
        check_threshold(sign_envelope({"_type": "x"}, [c]), keys, ids, 1, "x")
    # a changed body breaks every signature
    tampered = {**env, "signed": {"_type": "x", "n": 2}}
    with pytest.raises(SignatureError, match="0 of the 2"):
        check_threshold(tampered, keys, ids, 2, "x")
    # a malformed signature is not a crash
    bad = {**env, "signatures": [{"keyid": ids[0], "sig": "zz"}]}
    with pytest.raises(SignatureError):
        check_threshold(bad, keys, ids, 1, "x")


def _root(version: int, root_keys, signers, threshold: int = 1, days: int = 365):
    keys = {"root": [k.public for k in root_keys], "index": [root_keys[0].public],
            "packs": [root_keys[0].public]}
    return new_root(version, keys, {"root": threshold, "index": 1, "packs": 1},
                    utcnow() + dt.timedelta(days=days), signers)


def test_root_rotation_needs_old_and_new_thresholds_and_revokes_dropped_keys() -> None:
    a, b, c = generate_key(), generate_key(), generate_key()
    v1 = parse_root(_root(1, [a, b], [a, b], threshold=2))
    # v2 replaces b by c: signed by a threshold of v1 (a, b) and of itself (a, c)
    v2_doc = _root(2, [a, c], [a, b, c], threshold=2)
    v2 = next_root(v1, v2_doc)
    assert v2.version == 2 and v2.anchor == v1.anchor
    # only the new keys: key compromise of c alone cannot rotate
    with pytest.raises(SignatureError, match="not signed by enough keys of version 1"):
        next_root(v1, _root(2, [a, c], [c], threshold=1))
    # below the new root's own threshold
    with pytest.raises(SignatureError):
        next_root(v1, _root(2, [a, c], [a, b], threshold=2))
    # b was dropped by v2: it cannot sign v3 any more, even with a
    with pytest.raises(SignatureError):
        next_root(v2, _root(3, [a, b], [a, b], threshold=2))
    # versions must follow one another
    with pytest.raises(VersionError, match="does not follow"):
        next_root(v1, _root(3, [a, c], [a, b, c], threshold=2))
    # the walk follows 2, 3, ... as far as it finds them
    docs = {2: v2_doc, 3: _root(3, [a, c], [a, c], threshold=2)}
    assert walk_roots(v1, docs.get).version == 3


def test_an_expired_newest_root_is_never_accepted() -> None:
    a = generate_key()
    v1 = parse_root(_root(1, [a], [a]))
    stale = {2: _root(2, [a], [a], days=-1)}
    with pytest.raises(ExpiredError, match="expired"):
        walk_roots(v1, stale.get)


def test_trust_add_and_list(tmp_path: Path, capsys) -> None:
    key = generate_key()
    root_file = tmp_path / "root.json"
    root_file.write_text(json.dumps(make_root(key)))
    home = ["--data-dir", str(tmp_path / "home")]
    assert main(["trust", "add", str(root_file), *home]) == 0
    assert main(["trust", "add", str(root_file), *home]) == 0  # twice is once
    assert main(["trust", "list", "--json", *home]) == 0
    out = capsys.readouterr().out
    listed = json.loads(out[out.index("["):])
    assert len(listed) == 1 and listed[0]["version"] == 1
    assert len(TrustStore(tmp_path / "home").roots()) == 1
    # a root not signed by its own keys is refused, with one sentence
    forged = make_root(key, signers=[generate_key()])
    root_file.write_text(json.dumps(forged))
    assert main(["trust", "add", str(root_file), *home]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldkit: error: ") and err.count("\n") == 1
    junk = tmp_path / "junk.json"
    junk.write_text("[1, 2]")
    assert main(["trust", "add", str(junk), *home]) == 1
    assert len(TrustStore(tmp_path / "home").roots()) == 1
