"""`build_library`: sources in a folder -> one content DB, all or nothing."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from fieldkit.core.build import build_library
from fieldkit.core.errors import BuildError, FieldKitError, RecordFormatError, SourceError
from fieldkit.core.library import LibrarySet
from fieldkit.core.models import CONTENT_SCHEMA_VERSION
from fieldkit.core.search import Filters

REPO_DATA = Path(__file__).resolve().parents[2] / "data"


def test_builds_every_kind_of_content(source_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out" / "library.sqlite"
    report = build_library(source_dir, out)
    assert report.path == out
    assert (report.records, report.checklists, report.prompts) == (5, 2, 3)
    with LibrarySet([out]) as libs:
        (info,) = libs.infos
        assert (info.id, info.title, info.version) == ("test-core", "Test core library", "1.0")
        assert info.schema_version == CONTENT_SCHEMA_VERSION
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", info.built_at)
        assert libs.record("fedcba9876543210").year == 2022
        assert [c.id for c in libs.checklists()] == ["checkpoint", "community-meeting"]
        assert [t.id for t in libs.topics()] == ["age-hierarchy", "dress"]
        assert {k: libs.count(Filters(kinds=(k,))) for k in ("record", "checklist", "prompt")} == {
            "record": 5, "checklist": 2, "prompt": 3}
        assert libs.search("interpreters").hits  # the FTS index is filled
    assert sorted(p.name for p in out.parent.iterdir()) == ["library.sqlite"]


def test_content_db_is_wal_with_foreign_keys_declared(library_path: Path) -> None:
    with sqlite3.connect(library_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        fts_sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'search_fts'").fetchone()[0]
    assert "remove_diacritics 2" in fts_sql


def test_library_toml_is_optional(source_dir: Path, tmp_path: Path) -> None:
    (source_dir / "library.toml").unlink()
    out = build_library(source_dir, tmp_path / "lib.sqlite").path
    with LibrarySet([out]) as libs:
        assert libs.infos[0].id == "core"
        assert re.fullmatch(r"\d{4}\.\d\d\.\d\d", libs.infos[0].version)


def _drop_prompt_links(source_dir: Path) -> None:
    for path in [*(source_dir / "checklists").glob("*.toml"),
                 *(source_dir / "worksheets").glob("*.toml")]:
        path.write_text(re.sub(r"(?m)^prompts = .*\n", "", path.read_text("utf-8")), "utf-8")


@pytest.mark.parametrize(("absent", "counts"), [
    (("library",), (0, 2, 3)),
    (("checklists",), (5, 0, 3)),
    (("prompts",), (5, 2, 0)),
    (("library", "checklists", "prompts"), (0, 0, 0)),
])
def test_any_source_folder_may_be_absent(source_dir: Path, tmp_path: Path,
                                         absent: tuple[str, ...],
                                         counts: tuple[int, int, int]) -> None:
    shutil.rmtree(source_dir / "i18n")  # translations of what is removed are tested elsewhere
    if "prompts" in absent:
        _drop_prompt_links(source_dir)
    for name in absent:
        shutil.rmtree(source_dir / name)
    report = build_library(source_dir, tmp_path / "lib.sqlite")
    assert (report.records, report.checklists, report.prompts) == counts
    with LibrarySet([report.path]) as libs:
        assert libs.count(Filters(kinds=("record",))) == counts[0]
        assert len(libs.checklists()) == counts[1]
        assert len(libs.prompts()) == counts[2]
        assert bool(libs.search("checkpoint").hits) == (counts != (0, 0, 0))


def test_missing_source_folder_is_a_build_error(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="does not exist"):
        build_library(tmp_path / "nope", tmp_path / "lib.sqlite")
    assert list(tmp_path.iterdir()) == []


def test_bundled_data_builds(tmp_path: Path) -> None:
    if not REPO_DATA.is_dir():
        pytest.skip("no data/ folder in this checkout")
    report = build_library(REPO_DATA, tmp_path / "bundled.sqlite")
    assert report.records > 0 and report.checklists > 0 and report.prompts > 0


# --- failures leave nothing behind ---------------------------------------------------------


def _bad_record(src: Path) -> None:
    (src / "library" / "010_00000000deadbeef.txt").write_bytes(b"\x00\x01binary")


def _prose_record(src: Path) -> None:
    (src / "library" / "011_00000000deadbeef.txt").write_text("Just a letter.\nBye.\n")


def _bad_toml(src: Path) -> None:
    (src / "prompts" / "broken.toml").write_text('topic = "broken"\n[[prompts]\nid = \n')


def _unknown_prompt(src: Path) -> None:
    path = src / "checklists" / "checkpoint.toml"
    path.write_text(path.read_text("utf-8").replace('"dress-modest"', '"no-such-prompt"'), "utf-8")


def _bad_item_kind(src: Path) -> None:
    path = src / "checklists" / "checkpoint.toml"
    path.write_text(path.read_text("utf-8").replace('kind = "critical"', 'kind = "urgent"', 1),
                    "utf-8")


def _duplicate_record_id(src: Path) -> None:
    shutil.copy(src / "library" / "001_0123456789abcdef.txt",
                src / "library" / "099_0123456789ABCDEF.txt")


def _id_clash(src: Path) -> None:
    path = src / "prompts" / "dress.toml"
    path.write_text(path.read_text("utf-8").replace('id = "dress-modest"', 'id = "checkpoint"'),
                    "utf-8")
    _drop_prompt_links(src)


def _duplicate_prompt_id(src: Path) -> None:
    text = (src / "prompts" / "dress.toml").read_text("utf-8")
    (src / "prompts" / "dress2.toml").write_text(text.replace('"dress"', '"dress-again"'),
                                                 "utf-8")


FAILURES = {
    "binary-record": (_bad_record, RecordFormatError, "010_00000000deadbeef.txt"),
    "prose-record": (_prose_record, RecordFormatError, "011_00000000deadbeef.txt, line 1"),
    "bad-toml": (_bad_toml, SourceError, "broken.toml"),
    "unknown-prompt": (_unknown_prompt, SourceError, "no-such-prompt"),
    "bad-item-kind": (_bad_item_kind, SourceError, "urgent"),
    "duplicate-record-id": (_duplicate_record_id, BuildError, "0123456789abcdef"),
    "id-names-two-things": (_id_clash, SourceError, "checkpoint"),
    "duplicate-prompt-id": (_duplicate_prompt_id, FieldKitError, "dress-modest"),
}


def _folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("case", list(FAILURES))
def test_failed_build_leaves_existing_output_untouched(source_dir: Path, tmp_path: Path,
                                                      case: str) -> None:
    out_dir = tmp_path / "out"
    out = build_library(source_dir, out_dir / "library.sqlite").path
    before = out.read_bytes()
    spoil, error, words = FAILURES[case]
    spoil(source_dir)
    with pytest.raises(error, match=re.escape(words)):
        build_library(source_dir, out)
    assert out.read_bytes() == before
    assert _folder_listing(out_dir) == ["library.sqlite"]
    with LibrarySet([out]) as libs:  # and it still opens as the old library
        assert libs.infos[0].id == "test-core"


@pytest.mark.parametrize("case", list(FAILURES))
def test_failed_build_writes_no_partial_output(source_dir: Path, tmp_path: Path,
                                              case: str) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    spoil, error, _words = FAILURES[case]
    spoil(source_dir)
    with pytest.raises(error):
        build_library(source_dir, out_dir / "library.sqlite")
    assert _folder_listing(out_dir) == []


@pytest.mark.parametrize("what", ["prompt", "topic", "checklist"])
def test_duplicate_ids_are_reported_as_source_errors(source_dir: Path, tmp_path: Path,
                                                     what: str) -> None:
    if what == "prompt":
        _duplicate_prompt_id(source_dir)
    elif what == "topic":
        text = (source_dir / "prompts" / "dress.toml").read_text("utf-8")
        (source_dir / "prompts" / "dress-copy.toml").write_text(
            text.replace('id = "dress-modest"', 'id = "dress-other"'), "utf-8")
    else:
        shutil.copy(source_dir / "checklists" / "checkpoint.toml",
                    source_dir / "checklists" / "checkpoint-copy.toml")
    with pytest.raises(SourceError) as info:
        build_library(source_dir, tmp_path / "lib.sqlite")
    assert "SQL" not in str(info.value)
    assert "\n" not in str(info.value)
