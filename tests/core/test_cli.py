"""`python -m fieldkit` in a subprocess, as a script or a person would run it: JSON shapes,
run commands, backups, and errors as one line on stderr with the right exit code."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from fieldkit.core.search import KINDS

ES_MANUAL = "fedcba9876543210"
EN_MANUAL = "0123456789abcdef"
ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
SOURCE = Path(__file__).parent / "fixtures" / "source"


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        assert self.code == 0, self.err
        return json.loads(self.out)


def fieldkit(*args: str | Path, library: Path | None = None, data: Path | None = None,
             cwd: Path | None = None) -> Result:
    prefix: list[str | Path] = []
    if library is not None:
        prefix += ["--library", library]
    if data is not None:
        prefix += ["--data-dir", data]
    env = {k: v for k, v in os.environ.items() if k not in ("FIELDKIT_HOME", "FIELDKIT_LIBRARY")}
    env["PYTHONIOENCODING"] = "utf-8"
    proc = subprocess.run([sys.executable, "-m", "fieldkit", *map(str, prefix), *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd,
                          timeout=60, check=False)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def assert_one_line_error(result: Result, *words: str) -> str:
    assert result.code == 1, (result.out, result.err)
    assert "Traceback" not in result.err
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("fieldkit: error: ")
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.fixture
def lib(shared_library_path: Path) -> Path:
    return shared_library_path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


# --- reading the library ---------------------------------------------------------------------


def test_search_json(lib: Path, home: Path) -> None:
    hits = fieldkit("search", "negociacion", "--json", library=lib, data=home).json()
    assert isinstance(hits, list) and hits
    for hit in hits:
        assert set(hit) == {"id", "kind", "title", "snippet"}
        assert hit["kind"] in KINDS and all(isinstance(v, str) for v in hit.values())
    assert hits[0]["id"] == ES_MANUAL
    assert hits[0]["title"] == "Manual de negociación humanitaria"  # UTF-8 intact
    assert "**negociación**" in hits[0]["snippet"].casefold()
    assert not home.exists()  # reading the library writes no user data


def test_search_filters_and_limit(lib: Path, home: Path) -> None:
    records = fieldkit("search", "checkpoint", "--kind", "record", "--json", library=lib).json()
    assert {h["kind"] for h in records} == {"record"}
    assert fieldkit("search", "the", "--limit", "1", "--json", library=lib).json().__len__() == 1
    manuals = fieldkit("search", "manual", "--type", "Manual", "--json", library=lib).json()
    assert {h["id"] for h in manuals} == {ES_MANUAL, EN_MANUAL}


def test_search_human_output(lib: Path) -> None:
    result = fieldkit("search", "roadblock", library=lib)
    assert result.code == 0
    assert result.out.splitlines()[0] == (
        "[record] Roadblock Etiquette for Drivers  (1111222233334444)")
    nothing = fieldkit("search", "zzzzqqq", library=lib)
    assert nothing.code == 0 and nothing.out.strip() == "No results for 'zzzzqqq'."


def test_show_json(lib: Path) -> None:
    record = fieldkit("show", ES_MANUAL, "--json", library=lib).json()
    assert set(record) == {"id", "title", "record_type", "contact", "year", "publisher",
                           "summary", "description", "key_concepts", "extra"}
    assert record["id"] == ES_MANUAL
    assert record["year"] == 2022 and isinstance(record["year"], int)
    assert record["key_concepts"] == ["Empezar por lo que ya se comparte.",
                                      "Preparar escenarios con el equipo."]
    assert record["extra"] == {}
    human = fieldkit("show", EN_MANUAL, library=lib)
    assert human.code == 0 and human.out.startswith("Negotiating Access at Checkpoints\n")
    assert "  • Know your red lines before you leave." in human.out


def test_show_json_year_null_and_extra(tmp_path: Path) -> None:
    src = tmp_path / "src"
    (src / "library").mkdir(parents=True)
    (src / "library" / "001_00000000000000aa.txt").write_text(
        "Country\nSudan\nTitle\nUndated note\nYear\nn.d.\n", "utf-8")
    out = tmp_path / "lib.sqlite"
    built = fieldkit("build", src, "-o", out)
    assert built.code == 0, built.err
    assert built.out.strip() == f"Built {out}: 1 records, 0 checklists, 0 prompts."
    record = fieldkit("show", "00000000000000aa", "--json", library=out).json()
    assert record["year"] is None
    assert record["extra"] == {"Country": "Sudan", "Year": "n.d."}
    assert record["key_concepts"] == []


def test_checklists_and_checklist_json(lib: Path) -> None:
    assert fieldkit("checklists", "--json", library=lib).json() == [
        {"id": "checkpoint", "title": "Convoy stopped at a checkpoint"},
        {"id": "community-meeting", "title": "First meeting with community leaders"}]
    checklist = fieldkit("checklist", "checkpoint", "--json", library=lib).json()
    assert set(checklist) == {"id", "title", "phases"}
    assert [p["title"] for p in checklist["phases"]] == ["Before departure", "At the checkpoint"]
    for phase in checklist["phases"]:
        assert set(phase) == {"title", "items"}
        for item in phase["items"]:
            assert set(item) == {"id", "text", "kind", "prompts"}
    assert checklist["phases"][1]["items"][0] == {
        "id": "hands-visible", "text": "Keep hands visible and stay calm.", "kind": "critical",
        "prompts": ["greet-elders", "dress-modest"]}


def test_prompts_json_and_filters(lib: Path) -> None:
    prompts = fieldkit("prompts", "--json", library=lib).json()
    assert [p["id"] for p in prompts] == ["greet-elders", "elders-speak-first", "dress-modest"]
    for p in prompts:
        assert {"id", "topic", "title", "text", "do", "avoid", "contexts"} <= set(p)
        assert all(isinstance(p[k], list) for k in ("do", "avoid", "contexts"))
    assert prompts[2]["topic"] == "dress" and prompts[2]["contexts"] == ["checkpoint", "clinic"]
    by_topic = fieldkit("prompts", "--topic", "age-hierarchy", "--json", library=lib).json()
    assert [p["id"] for p in by_topic] == ["greet-elders", "elders-speak-first"]
    by_context = fieldkit("prompts", "--context", "clinic", "--json", library=lib).json()
    assert [p["id"] for p in by_context] == ["dress-modest"]


def test_two_libraries(lib: Path, shared_pack_path: Path) -> None:
    result = fieldkit("--library", shared_pack_path, "search", "negotiat", "--json", library=lib)
    found = [h["id"] for h in result.json()]
    assert EN_MANUAL in found and "9999888877776666" in found and len(found) == len(set(found))
    info = fieldkit("--library", shared_pack_path, "info", "--json", library=lib).json()
    assert [i["id"] for i in info["libraries"]] == ["test-core", "regional"]
    assert info["counts"] == {"record": 6, "checklist": 3, "prompt": 4}


# --- runs and backups ------------------------------------------------------------------------


def test_a_run_from_start_to_report(lib: Path, home: Path, tmp_path: Path) -> None:
    def fk(*args: str | Path) -> Result:
        return fieldkit(*args, library=lib, data=home)

    started = fk("run", "start", "checkpoint", "--name", "Convoy 7")
    assert started.code == 0, started.err
    run_id = started.out.strip()
    assert re.fullmatch(r"[0-9a-f]{12}", run_id)

    ticked = fk("run", "tick", run_id, "letters")
    assert (ticked.code, ticked.out) == (0, "[x] Carry authorisation letters in the local language.\n")
    assert fk("run", "tick", run_id, "hands-visible", "--note", "calm").code == 0
    assert fk("run", "tick", run_id, "spokesperson").code == 0
    assert fk("run", "tick", run_id, "spokesperson", "--undo").out.startswith("[ ] ")

    shown = fk("run", "show", run_id, "--json").json()
    assert set(shown) == {"id", "name", "checklist_id", "started_at", "finished_at", "items"}
    assert (shown["id"], shown["name"], shown["checklist_id"]) == (run_id, "Convoy 7",
                                                                   "checkpoint")
    assert ISO.fullmatch(shown["started_at"]) and shown["finished_at"] is None
    for entry in shown["items"]:
        assert set(entry) == {"id", "text", "done", "done_at", "note"}
    assert [(i["id"], i["done"], i["note"]) for i in shown["items"]] == [
        ("movement-notified", False, None), ("letters", True, None),
        ("hands-visible", True, "calm"), ("spokesperson", False, None)]
    assert ISO.fullmatch(shown["items"][1]["done_at"])

    listed = fk("runs", "--json").json()
    assert [(r["id"], r["done"], r["total"], r["finished_at"]) for r in listed] == [
        (run_id, 2, 4, None)]

    finished = fk("run", "finish", run_id)
    assert finished.out.strip() == "Finished Convoy 7: 2 of 4 items done."
    assert_one_line_error(fk("run", "tick", run_id, "letters"), "finished")
    assert ISO.fullmatch(fk("run", "show", run_id, "--json").json()["finished_at"])

    human = fk("run", "show", run_id)
    assert "[x] Keep hands visible and stay calm.  (hands-visible)" in human.out
    assert "note: calm" in human.out
    assert f"{run_id}  Convoy 7  2/4  finished" in fk("runs").out

    report = tmp_path / "report.html"
    written = fk("run", "report", run_id, "-o", report)
    assert written.code == 0 and written.out.strip() == f"Wrote {report}"
    html = report.read_text("utf-8")
    assert "<h1>Convoy 7</h1>" in html and "2 of 4 items done" in html


def test_run_start_json_and_runs_empty(lib: Path, home: Path) -> None:
    assert fieldkit("runs", library=lib, data=home).out.strip() == "No checklist runs yet."
    run = fieldkit("run", "start", "community-meeting", "--json", library=lib, data=home).json()
    assert run["checklist_id"] == "community-meeting" and run["name"] is None
    assert [i["id"] for i in run["items"]] == ["ask-who-leads"]


def test_backup_list_and_restore(lib: Path, home: Path) -> None:
    first = fieldkit("run", "start", "checkpoint", library=lib, data=home)
    run_id = first.out.strip()
    backups = fieldkit("backup", "list", "--json", data=home).json()
    assert sorted(b["kind"] for b in backups) == ["daily", "weekly"]  # taken before the start
    for b in backups:
        assert set(b) == {"name", "kind", "taken_at", "size"} and b["size"] > 0
    daily = next(b["name"] for b in backups if b["kind"] == "daily")

    restored = fieldkit("backup", "restore", daily, data=home)
    assert restored.code == 0, restored.err
    aside = re.search(r"kept as (\S+)\.$", restored.out.strip())
    assert restored.out.startswith(f"Restored {daily}.") and aside
    assert fieldkit("runs", "--json", data=home, library=lib).json() == []

    undone = fieldkit("backup", "restore", aside.group(1), data=home)
    assert undone.code == 0, undone.err
    assert [r["id"] for r in fieldkit("runs", "--json", data=home, library=lib).json()] == [
        run_id]
    listing = fieldkit("backup", "list", data=home)
    assert listing.code == 0 and "before-restore" in listing.out


# --- errors: one line, exit 1; usage: exit 2 -------------------------------------------------


def test_unknown_ids(lib: Path, home: Path) -> None:
    assert_one_line_error(fieldkit("show", "nope", library=lib), "no record with id 'nope'")
    assert_one_line_error(fieldkit("checklist", "nope", library=lib), "nope")
    assert_one_line_error(fieldkit("run", "start", "nope", library=lib, data=home), "nope")
    assert_one_line_error(fieldkit("run", "show", "nope", library=lib, data=home), "nope")
    assert_one_line_error(fieldkit("backup", "restore", "nope", data=home), "nope")


def test_library_problems(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    assert_one_line_error(fieldkit("search", "x", library=missing), str(missing),
                          "does not exist")
    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("Title\nNot a database\n", "utf-8")
    assert_one_line_error(fieldkit("checklists", library=text_file), "notes.sqlite")
    empty_db = tmp_path / "empty.sqlite"
    sqlite3.connect(empty_db).close()
    assert_one_line_error(fieldkit("show", "x", library=empty_db), "not a FieldKit library")


def _scramble_table(path: Path, *tables: str) -> None:
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                              (t,)).fetchone()[0] for t in tables]
    with path.open("r+b") as fh:
        for root in roots:
            fh.seek((root - 1) * page)
            fh.write(b"\xa5" * page)


def test_a_damaged_library_is_one_line(shared_library_path: Path, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite"
    shutil.copy(shared_library_path, damaged)
    _scramble_table(damaged, "records", "search_docs", "prompts")
    for args in (["search", "negotiating"], ["show", EN_MANUAL], ["prompts"]):
        assert_one_line_error(fieldkit(*args, library=damaged))


def test_build_errors(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(SOURCE, src)
    out = tmp_path / "out.sqlite"
    (src / "library" / "050_00000000000000ff.txt").write_text("Dear all,\nsee you.\n", "utf-8")
    assert_one_line_error(fieldkit("build", src, "-o", out), "050_00000000000000ff.txt, line 1")
    assert not out.exists()
    (src / "library" / "050_00000000000000ff.txt").unlink()
    (src / "prompts" / "dress-copy.toml").write_text(
        (src / "prompts" / "dress.toml").read_text("utf-8").replace('"dress"', '"dress-2"'),
        "utf-8")
    assert_one_line_error(fieldkit("build", src, "-o", out), "dress-modest")  # duplicate id
    assert_one_line_error(fieldkit("build", tmp_path / "nowhere", "-o", out), "nowhere")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src"]


def test_data_dir_that_cannot_be_created(lib: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert_one_line_error(fieldkit("runs", library=lib, data=blocker / "home"))


@pytest.mark.parametrize("args", [
    [],
    ["search"],
    ["frobnicate"],
    ["search", "x", "--kind", "book"],
    ["search", "x", "--limit", "many"],
    ["run"],
    ["run", "tick", "only-run-id"],
    ["backup"],
    ["build", "src"],
    ["prompts", "--context", "beach"],
])
def test_usage_errors_exit_2(args: list[str]) -> None:
    if not args:  # no command opens the GUI; an unknown flag is the usage error here
        args = ["--no-such-flag"]
    result = fieldkit(*args)
    assert result.code == 2, (result.out, result.err)
    assert "usage: fieldkit" in result.err and "Traceback" not in result.err
    assert result.out == ""
