"""Pack format: manifest, slim DB, content digest, and every way a pack file is refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tarfile
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.core.build import build_library
from fieldkit.core.models import CONTENT_SCHEMA_VERSION
from fieldkit.packs import slim
from fieldkit.packs.errors import (
    ArchiveError,
    FormatError,
    HashError,
    SchemaError,
    SignatureError,
    SizeError,
)
from fieldkit.packs.manifest import create_pack, verify_pack
from fieldkit.packs.signing import SigningKey
from fieldkit.packs.trust import TrustStore

from .conftest import PACK_SOURCE, SOURCE, file_member, read_members, resign, write_tar


def test_a_pack_verifies_and_says_what_it_holds(home: Path, packs: dict[str, Path]) -> None:
    m, _root = verify_pack(packs["core-1"], TrustStore(home))
    assert (m.id, m.version) == ("test-core", 1)
    assert m.counts["record"] > 0 and m.counts["checklist"] > 0 and m.counts["prompt"] > 0
    assert m.languages and m.content_schema == CONTENT_SCHEMA_VERSION
    assert len(m.content_digest) == 64
    c = m.content
    assert c.length < c.unpacked_length  # zstd did its work
    with tarfile.open(packs["core-1"]) as tar:
        assert tar.getnames() == ["manifest.json", "content.sqlite.zst"]


def test_two_builds_of_the_same_content_have_the_same_digest(tmp_path: Path,
                                                             publisher: SigningKey) -> None:
    a = create_pack(SOURCE, publisher, "core", 1, tmp_path / "a.fkpack")
    # the same content from a copy whose files were written in another order
    src = tmp_path / "src"

    def copy_reversed(folder: Path, to: Path) -> None:
        to.mkdir()
        for sub in sorted(folder.iterdir(), reverse=True):
            if sub.is_dir():
                copy_reversed(sub, to / sub.name)
            else:
                shutil.copy(sub, to / sub.name)

    copy_reversed(SOURCE, src)
    b = create_pack(src, publisher, "core", 1, tmp_path / "b.fkpack")
    assert a.content_digest == b.content_digest
    assert a.envelope["signed"]["created"] <= b.envelope["signed"]["created"]
    # a changed record changes it
    rec = next((src / "library").glob("*.txt"))
    rec.write_text(rec.read_text("utf-8").replace("a", "e", 1), "utf-8")
    c = create_pack(src, publisher, "core", 1, tmp_path / "c.fkpack")
    assert c.content_digest != a.content_digest
    # so does a changed translation (translations are content too)
    mirror = src / "i18n" / "es" / "prompts" / "dress.toml"
    mirror.write_text(mirror.read_text("utf-8").replace("sencilla", "sobria"), "utf-8")
    d = create_pack(src, publisher, "core", 1, tmp_path / "d.fkpack")
    assert d.content_digest != c.content_digest


def test_the_client_index_matches_the_publisher_build(tmp_path: Path) -> None:
    """Guards the slim -> full path against drift from core.build: same documents, same order."""
    full = build_library(SOURCE, tmp_path / "full.sqlite").path
    slim.make_slim(full, tmp_path / "slim.sqlite", "core", 1)
    slim.index_slim(tmp_path / "slim.sqlite")
    query = "SELECT * FROM search_docs ORDER BY doc_id"
    with sqlite3.connect(full) as a, sqlite3.connect(tmp_path / "slim.sqlite") as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()
        match = "SELECT rowid FROM search_fts WHERE search_fts MATCH 'negotiation' ORDER BY rank"
        assert a.execute(match).fetchall() == b.execute(match).fetchall()
    assert slim.content_digest(full) != ""  # readable on both sides


def test_pack_create_and_verify_on_the_command_line(tmp_path: Path, home: Path, capsys,
                                                    publisher: SigningKey) -> None:
    from .conftest import write_key_files

    priv, _pub = write_key_files(tmp_path / "keys", publisher, "pub")
    out = tmp_path / "r.fkpack"
    assert main(["pack", "create", str(PACK_SOURCE), "--key", str(priv), "--id", "regional",
                 "--version", "4", "-o", str(out)]) == 0
    assert main(["pack", "verify", str(out), "--data-dir", str(home), "--json"]) == 0
    captured = capsys.readouterr().out
    doc = json.loads(captured[captured.index("{"):])
    assert doc["id"] == "regional" and doc["version"] == 4


# --- refusals: each one sentence, nothing changed ---------------------------------------------

def _refused(path: Path, home: Path, capsys, exc: type[Exception], match: str) -> None:
    with pytest.raises(exc, match=match):
        verify_pack(path, TrustStore(home))
    assert main(["pack", "verify", str(path), "--data-dir", str(home)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldkit: error: ") and err.count("\n") == 1, err


def test_arbitrary_installation_a_pack_by_an_untrusted_key(home, packs, capsys) -> None:
    _refused(packs["stranger"], home, capsys, SignatureError, "not signed by any trusted key")


def test_bad_signature_a_manifest_changed_after_signing(tmp_path, home, packs, capsys) -> None:
    members = read_members(packs["regional-1"])
    env = json.loads(members["manifest.json"])
    env["signed"]["version"] = 99
    bad = write_tar(tmp_path / "bad.fkpack", [
        file_member("manifest.json", json.dumps(env).encode()),
        file_member("content.sqlite.zst", members["content.sqlite.zst"])])
    _refused(bad, home, capsys, SignatureError, "not signed by any trusted key")


def test_a_tampered_content_member(tmp_path, home, packs, capsys) -> None:
    members = read_members(packs["regional-1"])
    body = bytearray(members["content.sqlite.zst"])
    body[len(body) // 2] ^= 0xFF
    bad = write_tar(tmp_path / "bad.fkpack", [
        file_member("manifest.json", members["manifest.json"]),
        file_member("content.sqlite.zst", bytes(body))])
    _refused(bad, home, capsys, HashError, "signed SHA-256")


def test_a_truncated_pack(tmp_path, home, packs, capsys) -> None:
    data = packs["regional-1"].read_bytes()
    with tarfile.open(packs["regional-1"]) as tar:
        last = tar.getmembers()[-1]
    bad = tmp_path / "cut.fkpack"
    bad.write_bytes(data[: last.offset_data + last.size - 10])
    _refused(bad, home, capsys, (HashError, ArchiveError), "truncated|damaged|not a FieldKit")


def test_not_a_pack(tmp_path, home, capsys) -> None:
    bad = tmp_path / "notes.fkpack"
    bad.write_text("hello " * 200)
    _refused(bad, home, capsys, ArchiveError, "not a FieldKit pack")
    empty = write_tar(tmp_path / "empty.fkpack", [file_member("content.sqlite.zst", b"x")])
    _refused(empty, home, capsys, ArchiveError, "no manifest")


@pytest.mark.parametrize("name", ["../evil", "/etc/passwd", "a/../../b", "sub/manifest.json"])
def test_member_paths_that_escape(tmp_path, home, packs, capsys, name) -> None:
    members = read_members(packs["regional-1"])
    bad = write_tar(tmp_path / "bad.fkpack", [
        file_member("manifest.json", members["manifest.json"]), file_member(name, b"x")])
    _refused(bad, home, capsys, ArchiveError, "path that is not allowed")


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.DIRTYPE,
                                  tarfile.FIFOTYPE])
def test_links_and_special_files(tmp_path, home, packs, capsys, kind) -> None:
    members = read_members(packs["regional-1"])
    link = tarfile.TarInfo("content.sqlite.zst")
    link.type, link.linkname = kind, "/etc/passwd"
    bad = write_tar(tmp_path / "bad.fkpack", [
        file_member("manifest.json", members["manifest.json"]), (link, None)])
    _refused(bad, home, capsys, ArchiveError, "link or special file")


def test_extra_and_duplicate_members(tmp_path, home, packs, capsys) -> None:
    members = read_members(packs["regional-1"])
    extra = write_tar(tmp_path / "extra.fkpack", [
        file_member("manifest.json", members["manifest.json"]),
        file_member("content.sqlite.zst", members["content.sqlite.zst"]),
        file_member("run.sh", b"rm -rf /")])
    _refused(extra, home, capsys, ArchiveError, "unexpected member")
    dup = write_tar(tmp_path / "dup.fkpack", [
        file_member("manifest.json", members["manifest.json"]),
        file_member("content.sqlite.zst", members["content.sqlite.zst"]),
        file_member("content.sqlite.zst", b"other")])
    _refused(dup, home, capsys, ArchiveError, "appears twice")


def test_endless_data_manifest_and_unpacked_size_capped(tmp_path, home, packs, capsys,
                                                        publisher) -> None:
    huge = write_tar(tmp_path / "huge.fkpack", [
        file_member("manifest.json", b" " * (1024 * 1024 + 1))])
    _refused(huge, home, capsys, SizeError, "size limit")

    def shrink(s):
        s["members"]["content.sqlite.zst"]["unpacked_length"] = 4096

    bomb = resign(packs["regional-1"], tmp_path / "bomb.fkpack", publisher, shrink)
    _refused(bomb, home, capsys, SizeError, "unpacks to more than")


def test_schema_too_new_and_minimum_app(tmp_path, home, packs, capsys, publisher) -> None:
    newer = resign(packs["regional-1"], tmp_path / "s.fkpack", publisher,
                   lambda s: s.update(content_schema=99))
    _refused(newer, home, capsys, SchemaError, "content schema 99")
    app = resign(packs["regional-1"], tmp_path / "a.fkpack", publisher,
                 lambda s: s.update(min_app="99.0"))
    _refused(app, home, capsys, SchemaError, "needs FieldKit 99.0")


def test_a_signed_digest_that_does_not_match_the_rows(tmp_path, home, packs, capsys,
                                                      publisher) -> None:
    lie = resign(packs["regional-1"], tmp_path / "lie.fkpack", publisher,
                 lambda s: s.update(content_digest="0" * 64))
    _refused(lie, home, capsys, HashError, "content digest")


def test_a_malformed_manifest(tmp_path, home, packs, capsys, publisher) -> None:
    odd = resign(packs["regional-1"], tmp_path / "odd.fkpack", publisher,
                 lambda s: s.pop("members"))
    _refused(odd, home, capsys, FormatError, "not a valid pack manifest")


def test_the_content_digest_covers_worksheets(tmp_path: Path) -> None:
    """A worksheet (the If threatened card among them) is signed content: changing one word of
    it changes the digest, so a tampered card can never pass as the publisher's."""
    import shutil

    from fieldkit.core.build import build_library
    from fieldkit.packs.slim import content_digest

    from .conftest import SOURCE

    a = Path(shutil.copytree(SOURCE, tmp_path / "a"))
    b = Path(shutil.copytree(SOURCE, tmp_path / "b"))
    sheet = b / "worksheets" / "debrief.toml"
    sheet.write_text(sheet.read_text("utf-8").replace("Facts first.", "Facts later."), "utf-8")
    da = content_digest(build_library(a, tmp_path / "a.sqlite").path)
    db = content_digest(build_library(b, tmp_path / "b.sqlite").path)
    assert da != db


def test_pack_create_never_writes_over_the_users_data(tmp_path: Path, capsys) -> None:
    from fieldkit.cli import main
    from fieldkit.core.paths import user_db_path
    from fieldkit.core.userdata import UserData
    from fieldkit.packs.signing import generate_key

    from .conftest import SOURCE, write_key_files

    home = tmp_path / "home"
    with UserData(home) as user:
        user.set_note("rec-1", "mine")
    before = user_db_path(home).read_bytes()
    priv, _ = write_key_files(tmp_path / "k", generate_key(), "k")
    for target in (user_db_path(home), home / "new.fkpack"):
        assert main(["pack", "create", str(SOURCE), "--key", str(priv), "--id", "x",
                     "--version", "1", "-o", str(target), "--data-dir", str(home)]) == 1
        assert "data folder" in capsys.readouterr().err
    assert user_db_path(home).read_bytes() == before
    assert not (home / "new.fkpack").exists()
