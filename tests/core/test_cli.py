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
from concurrent.futures import ThreadPoolExecutor
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


def fieldkit_many(*calls: tuple[list[str | Path], dict[str, Path]]) -> list[Result]:
    """Independent commands run side by side: each is its own process, so this only saves time."""
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        return list(pool.map(lambda call: fieldkit(*call[0], **call[1]), calls))


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


def test_search_filters_and_limit(lib: Path) -> None:
    records, manuals = fieldkit_many(
        (["search", "the", "--kind", "record", "--limit", "2", "--json"], {"library": lib}),
        (["search", "manual", "--type", "Manual", "--json"], {"library": lib}))
    assert [h["kind"] for h in records.json()] == ["record", "record"]
    assert {h["id"] for h in manuals.json()} == {ES_MANUAL, EN_MANUAL}


def test_search_human_output(lib: Path) -> None:
    result, nothing = fieldkit_many((["search", "roadblock"], {"library": lib}),
                                    (["search", "zzzzqqq"], {"library": lib}))
    assert result.code == 0
    assert result.out.splitlines()[0] == (
        "[record] Roadblock Etiquette for Drivers  (1111222233334444)")
    assert nothing.code == 0 and nothing.out.strip() == "No results for 'zzzzqqq'."


def test_show_json(lib: Path) -> None:
    record = fieldkit("show", ES_MANUAL, "--json", library=lib).json()
    assert set(record) == {"id", "title", "record_type", "contact", "year", "publisher",
                           "summary", "description", "key_concepts", "extra", "language"}
    assert record["id"] == ES_MANUAL
    assert record["language"] == "es"
    assert record["year"] == 2022 and isinstance(record["year"], int)
    assert record["key_concepts"] == ["Empezar por lo que ya se comparte.",
                                      "Preparar escenarios con el equipo."]
    assert record["extra"] == {}
    human = fieldkit("show", EN_MANUAL, library=lib)
    assert human.code == 0 and human.out.startswith("Negotiating Access at Checkpoints\n")
    assert "  • Know your red lines before you leave." in human.out
    assert human.out.splitlines()[2] == "Language: en"


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
    assert set(checklist) == {"id", "title", "phases", "language"}
    assert [p["title"] for p in checklist["phases"]] == ["Before departure", "At the checkpoint"]
    for phase in checklist["phases"]:
        assert set(phase) == {"title", "items"}
        for item in phase["items"]:
            assert set(item) == {"id", "text", "kind", "prompts"}
    assert checklist["phases"][1]["items"][0] == {
        "id": "hands-visible", "text": "Keep hands visible and stay calm.", "kind": "critical",
        "prompts": ["greet-elders", "dress-modest"]}


def test_prompts_json_and_filters(lib: Path) -> None:
    everything, by_topic, by_context = fieldkit_many(
        (["prompts", "--json"], {"library": lib}),
        (["prompts", "--topic", "age-hierarchy", "--json"], {"library": lib}),
        (["prompts", "--context", "clinic", "--json"], {"library": lib}))
    prompts = everything.json()
    assert [p["id"] for p in prompts] == ["greet-elders", "elders-speak-first", "dress-modest"]
    for p in prompts:
        assert {"id", "topic", "title", "text", "do", "avoid", "contexts"} <= set(p)
        assert all(isinstance(p[k], list) for k in ("do", "avoid", "contexts"))
    assert prompts[2]["topic"] == "dress" and prompts[2]["contexts"] == ["checkpoint", "clinic"]
    assert [p["id"] for p in by_topic.json()] == ["greet-elders", "elders-speak-first"]
    assert [p["id"] for p in by_context.json()] == ["dress-modest"]


def test_two_libraries(lib: Path, shared_pack_path: Path) -> None:
    result, info_result = fieldkit_many(
        (["--library", shared_pack_path, "search", "negotiat", "--json"], {"library": lib}),
        (["--library", shared_pack_path, "info", "--json"], {"library": lib}))
    found = [h["id"] for h in result.json()]
    assert EN_MANUAL in found and "9999888877776666" in found and len(found) == len(set(found))
    info = info_result.json()
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
    assert ticked.code == 0
    assert ticked.out == "[x] Carry authorisation letters in the local language.\n"
    assert fk("run", "tick", run_id, "hands-visible", "--note", "calm").code == 0
    assert fk("run", "tick", run_id, "letters", "--undo").out.startswith("[ ] Carry")
    assert fk("run", "tick", run_id, "spokesperson").code == 0

    shown = fk("run", "show", run_id, "--json").json()
    assert set(shown) == {"id", "name", "checklist_id", "started_at", "finished_at", "items",
                          "author", "note", "language", "library_id", "library_version"}
    assert shown["language"] == "en"
    assert (shown["id"], shown["name"], shown["checklist_id"]) == (run_id, "Convoy 7",
                                                                   "checkpoint")
    assert ISO.fullmatch(shown["started_at"]) and shown["finished_at"] is None
    for entry in shown["items"]:
        assert set(entry) == {"id", "text", "done", "done_at", "note", "na", "na_reason",
                              "added"}
    assert [(i["id"], i["done"], i["note"]) for i in shown["items"]] == [
        ("movement-notified", False, None), ("letters", False, None),
        ("hands-visible", True, "calm"), ("spokesperson", True, None)]
    assert shown["items"][1]["done_at"] is None and ISO.fullmatch(shown["items"][2]["done_at"])

    finished = fk("run", "finish", run_id)
    assert finished.out.strip() == "Finished Convoy 7: 2 of 4 items done."
    assert_one_line_error(fk("run", "tick", run_id, "letters"), "finished")

    listed, human = fieldkit_many((["runs", "--json"], {"library": lib, "data": home}),
                                  (["run", "show", run_id], {"library": lib, "data": home}))
    assert [(r["id"], r["name"], r["done"], r["total"]) for r in listed.json()] == [
        (run_id, "Convoy 7", 2, 4)]
    assert ISO.fullmatch(listed.json()[0]["finished_at"])
    assert "[x] Keep hands visible and stay calm.  (hands-visible)" in human.out
    assert "note: calm" in human.out

    report = tmp_path / "report.html"
    written = fk("run", "report", run_id, "-o", report)
    assert written.code == 0 and written.out.strip() == f"Wrote {report}"
    html = report.read_text("utf-8")
    assert "<h1>Convoy 7</h1>" in html and "2 of 4 items done" in html


def test_run_start_json_and_runs_empty(lib: Path, home: Path) -> None:
    assert fieldkit("runs", library=lib, data=home).out.strip() == "No checklist runs yet."
    run = fieldkit("run", "start", "community-meeting", "--json", library=lib, data=home).json()
    assert run["checklist_id"] == "community-meeting"
    assert run["name"].startswith("First meeting with community leaders · ")  # date and time
    assert [i["id"] for i in run["items"]] == ["ask-who-leads"]


def test_run_rename_na_add_item_note_author_delete(lib: Path, home: Path,
                                                   tmp_path: Path) -> None:
    def fk(*args):
        return fieldkit(*args, library=lib, data=home)

    run_id = fk("run", "start", "checkpoint", "--author", "Team B").out.strip()
    assert fk("run", "rename", run_id, "Km 42 & north").out.strip() == "Renamed to Km 42 & north"
    assert fk("run", "na", run_id, "letters", "--reason", "not asked").out.startswith("[n/a] ")
    added = fk("run", "add-item", run_id, "Check the spare tyre").out.strip()
    assert added.startswith("added-")
    assert fk("run", "note", run_id, "Commander polite").code == 0
    shown = fk("run", "show", run_id).out
    assert "[n/a] Carry authorisation" in shown and "Check the spare tyre (added)" in shown
    finished = fk("run", "finish", run_id)
    assert "critical item not done: Keep hands visible" in finished.err
    report = tmp_path / "r.html"
    assert fk("run", "report", run_id, "-o", report).code == 0
    html = report.read_text("utf-8")
    assert "Team B" in html and "Commander polite" in html and "<td>n/a</td>" in html
    assert "Check the spare tyre (added during the run)" in html
    assert fk("run", "delete", run_id).code == 0
    assert fk("runs").out.strip() == "No checklist runs yet."


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


# --- errors: one line, exit 1; usage: exit 2 -------------------------------------------------


def test_unknown_ids(lib: Path, home: Path) -> None:
    record, checklist, run, restore = fieldkit_many(
        (["show", "nope"], {"library": lib}),
        (["checklist", "nope"], {"library": lib}),
        (["run", "start", "nope"], {"library": lib, "data": home}),
        (["backup", "restore", "nope"], {"data": home}))
    assert_one_line_error(record, "no record with id 'nope'")
    assert_one_line_error(checklist, "no checklist with id 'nope'")
    assert_one_line_error(run, "no checklist with id 'nope'")
    assert_one_line_error(restore, "no backup named 'nope'")


def test_library_problems(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite"
    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("Title\nNot a database\n", "utf-8")
    empty_db = tmp_path / "empty.sqlite"
    sqlite3.connect(empty_db).close()
    gone, text, empty, folder = fieldkit_many(
        (["search", "x"], {"library": missing}),
        (["checklists"], {"library": text_file}),
        (["show", "x"], {"library": empty_db}),
        (["prompts"], {"library": tmp_path}))
    assert_one_line_error(gone, str(missing), "does not exist")
    assert_one_line_error(text, "notes.sqlite")
    assert_one_line_error(empty, "not a FieldKit library")
    assert_one_line_error(folder, str(tmp_path))


def test_a_damaged_library_is_one_line(damaged_library_path: Path) -> None:
    for result in fieldkit_many((["search", "negotiating"], {"library": damaged_library_path}),
                                (["show", EN_MANUAL], {"library": damaged_library_path})):
        assert_one_line_error(result)


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
    duplicate, nowhere = fieldkit_many((["build", src, "-o", out], {}),
                                       (["build", tmp_path / "nowhere", "-o", out], {}))
    assert_one_line_error(duplicate, "dress-modest")  # a prompt id used twice
    assert_one_line_error(nowhere, "nowhere")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src"]


def test_data_dir_that_cannot_be_created(lib: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert_one_line_error(fieldkit("runs", library=lib, data=blocker / "home"))


USAGE_ERRORS: list[list[str | Path]] = [
    ["--no-such-flag"],
    ["search"],
    ["frobnicate"],
    ["search", "x", "--kind", "book"],
    ["search", "x", "--limit", "many"],
    ["run", "tick", "only-run-id"],
    ["backup"],
]


def test_usage_errors_exit_2() -> None:
    results = fieldkit_many(*((args, {}) for args in USAGE_ERRORS))
    for args, result in zip(USAGE_ERRORS, results, strict=True):
        assert result.code == 2, (args, result.out, result.err)
        assert "usage: fieldkit" in result.err and "Traceback" not in result.err, args
        assert result.out == "", args


def test_global_options_also_work_after_the_command(lib: Path, data_dir: Path) -> None:
    listed = fieldkit("checklists", "--json", "--library", lib)
    assert [c["id"] for c in listed.json()][:1] == ["checkpoint"]
    run_id = fieldkit("run", "start", "checkpoint", "--library", lib, "--data-dir", data_dir)
    assert run_id.code == 0, run_id.err
    assert (data_dir / ".private" / "user.sqlite").is_file()


def test_a_failed_backup_never_stops_a_tick(lib: Path, data_dir: Path) -> None:
    started = fieldkit("run", "start", "checkpoint", library=lib, data=data_dir)
    run_id = started.out.strip()
    for old in (data_dir / "backups").iterdir():
        old.unlink()
    (data_dir / "backups").rmdir()
    (data_dir / "backups").write_text("a file where the backups folder should be")
    ticked = fieldkit("run", "tick", run_id, "movement-notified", library=lib, data=data_dir)
    assert ticked.code == 0, ticked.err
    assert ticked.err.startswith("fieldkit: warning: ") and "backups" in ticked.err
    shown = fieldkit("run", "show", run_id, "--json", library=lib, data=data_dir).json()
    assert next(i for i in shown["items"] if i["id"] == "movement-notified")["done"] is True


def test_report_to_an_unwritable_place_names_that_place(lib: Path, data_dir: Path,
                                                        tmp_path: Path) -> None:
    run_id = fieldkit("run", "start", "checkpoint", library=lib, data=data_dir).out.strip()
    target = tmp_path / "no-such-folder" / "report.html"
    line = assert_one_line_error(
        fieldkit("run", "report", run_id, "-o", target, library=lib, data=data_dir),
        str(target))
    assert ".part" not in line


@pytest.mark.parametrize("argv", [[], ["--data-dir", "X"], ["--lang", "ar"], ["--library", "L"]])
def test_the_apps_short_parser_reads_what_the_whole_one_reads(argv: list[str]) -> None:
    """`fieldkit` with no arguments builds only the global options and `gui` (start-up time);
    what it makes of a start must equal what the whole command line makes of it."""
    from fieldkit.cli import _parser

    whole, short = _parser(), _parser(every_command=False)
    assert vars(short.parse_args([*argv, "gui"])) == vars(whole.parse_args([*argv, "gui"]))
    assert vars(short.parse_args(argv)) == vars(whole.parse_args(argv))
    assert "search" not in short.format_help() and "search" in whole.format_help()
