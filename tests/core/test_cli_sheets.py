"""`fieldkit worksheets` and `fieldkit sheet ...` in a subprocess: a round trip from start to
report, JSON shapes, and every mistake as one line on stderr with exit code 1."""

from __future__ import annotations

import re
from pathlib import Path

from .test_cli import ISO, Result, assert_one_line_error, fieldkit, fieldkit_many


def test_worksheets_list_and_show(shared_library_path: Path) -> None:
    listed, shown = fieldkit_many(
        (["worksheets", "--json"], {"library": shared_library_path}),
        (["worksheet", "debrief"], {"library": shared_library_path}))
    assert listed.json() == [
        {"id": "contacts", "title": "Emergency contacts", "summary": None, "fields": 1},
        {"id": "debrief", "title": "Checkpoint debrief", "summary": "After every checkpoint.",
         "fields": 5}]
    assert shown.code == 0, shown.err
    assert "  [choice] Result (Let through | Waited, then let through | Turned back)  (result)" \
        in shown.out
    assert "  • Facts first." in shown.out


def test_a_sheet_from_start_to_report(shared_library_path: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"

    def fk(*args: str | Path) -> Result:
        return fieldkit(*args, library=shared_library_path, data=home)

    run_id = fk("run", "start", "checkpoint", "--name", "Convoy 7").out.strip()
    started = fk("sheet", "start", "debrief", "--run", run_id, "--name", "After km 42")
    assert started.code == 0, started.err
    sheet_id = started.out.strip()
    assert re.fullmatch(r"[0-9a-f]{12}", sheet_id)

    assert fk("sheet", "set", sheet_id, "asked", "Papers <b> & cargo\nthen waited").code == 0
    set_choice = fk("sheet", "set", sheet_id, "result", "turned back")
    assert set_choice.out == "Result: Turned back\n"
    assert fk("sheet", "set", sheet_id, "when", "2026-05-03 9:05").code == 0
    assert fk("sheet", "set", sheet_id, "team-ok", "yes").code == 0

    shown = fk("sheet", "show", sheet_id, "--json").json()
    assert set(shown) == {"id", "name", "worksheet_id", "worksheet_title", "run_id",
                          "started_at", "updated_at", "library_id", "library_version",
                          "fields"}
    assert (shown["id"], shown["name"], shown["worksheet_id"], shown["run_id"]) == (
        sheet_id, "After km 42", "debrief", run_id)
    assert ISO.fullmatch(shown["started_at"])
    values = {f["id"]: f["value"] for f in shown["fields"]}
    assert values == {"asked": "Papers <b> & cargo\nthen waited", "place": None,
                      "when": "2026-05-03 09:05", "result": "Turned back", "team-ok": "yes"}
    human = fk("sheet", "show", sheet_id)
    assert "      Papers <b> & cargo\n      then waited\n" in human.out

    listed = fk("sheets", "--json").json()
    assert [(s["id"], s["run_id"], s["filled"], s["total"]) for s in listed] == [
        (sheet_id, run_id, 4, 5)]

    report = tmp_path / "sheet.html"
    written = fk("sheet", "report", sheet_id, "-o", report)
    assert written.code == 0 and written.out.strip() == f"Wrote {report}"
    html = report.read_text("utf-8")
    assert "<h1>After km 42</h1>" in html and "Convoy 7" in html
    assert "Papers &lt;b&gt; &amp; cargo<br>then waited" in html

    run_report = tmp_path / "run.html"
    assert fk("run", "report", run_id, "-o", run_report).code == 0
    assert "Worksheet: After km 42" in run_report.read_text("utf-8")


def test_sheet_mistakes_are_one_line(shared_library_path: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    sheet_id = fieldkit("sheet", "start", "debrief", library=shared_library_path,
                        data=home).out.strip()
    opts = {"library": shared_library_path, "data": home}
    field, choice, date, line, unknown, worksheet, run, report = fieldkit_many(
        (["sheet", "set", sheet_id, "nope", "x"], opts),
        (["sheet", "set", sheet_id, "result", "maybe"], opts),
        (["sheet", "set", sheet_id, "when", "yesterday"], opts),
        (["sheet", "set", sheet_id, "place", "two\nlines"], opts),
        (["sheet", "show", "nope"], opts),
        (["sheet", "start", "nope"], opts),
        (["sheet", "start", "debrief", "--run", "nope"], opts),
        (["sheet", "report", "nope", "-o", tmp_path / "x.html"], opts))
    assert_one_line_error(field, "no field in this sheet with id 'nope'")
    assert_one_line_error(choice, "'result'", "Let through")
    assert_one_line_error(date, "'when'", "date")
    assert_one_line_error(line, "'place'", "one line")
    assert_one_line_error(unknown, "no sheet with id 'nope'")
    assert_one_line_error(worksheet, "no worksheet with id 'nope'")
    assert_one_line_error(run, "no run with id 'nope'")
    assert_one_line_error(report, "no sheet with id 'nope'")
    assert not (tmp_path / "x.html").exists()
    shown = fieldkit("sheet", "show", sheet_id, "--json", **opts).json()
    assert all(f["value"] is None for f in shown["fields"])  # nothing half-stored
