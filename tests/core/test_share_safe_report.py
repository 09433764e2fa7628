"""The share-safe report: one flag through `build_report`; its HTML holds no note, no name, no
reason, no text of the person's own items and no worksheet, and still says what was done."""

from __future__ import annotations

from pathlib import Path

from fieldkit.cli import main
from fieldkit.core.library import LibrarySet
from fieldkit.core.report import build_report, render_report
from fieldkit.core.run_views import with_library
from fieldkit.core.userdata import UserData

PRIVATE = ["Convoy of Amira Q", "Ustaz Halloran", "item note Zq1", "reason Rr7",
           "my own item Mo3", "run note Nn5", "sheet answer Sa8"]


def make_run(user: UserData, libs: LibrarySet):
    run = user.runs.start(libs.checklist("checkpoint"), name=PRIVATE[0], library=libs.infos[0],
                          author=PRIVATE[1])
    items = run.items
    user.runs.tick(run.id, items[0].id)
    user.runs.set_note(run.id, items[0].id, PRIVATE[2])
    user.runs.set_na(run.id, items[1].id, True, PRIVATE[3])
    user.runs.add_item(run.id, PRIVATE[4])
    user.runs.set_run_note(run.id, PRIVATE[5])
    sheet = user.sheets.start(libs.worksheet("debrief"), name="debrief", run_id=run.id)
    user.sheets.set_value(sheet.id, "asked", PRIVATE[6])
    return with_library(user.runs.get(run.id), libs)


def test_share_safe_html_leaves_out_notes_names_and_worksheets(user_data: UserData,
                                                               libs: LibrarySet) -> None:
    run = make_run(user_data, libs)
    events, sheets = user_data.runs.events(run.id), user_data.sheets.for_run(run.id)
    full = render_report(run, events, sheets)
    assert all(text in full for text in PRIVATE)  # the full report has them all
    safe = render_report(run, events, sheets, share_safe=True)
    assert [text for text in PRIVATE if text in safe] == []
    assert "Convoy stopped at a checkpoint" in safe and run.items[0].text in safe
    assert "Share-safe copy" in safe and "(an item added during the run)" in safe
    report = build_report(run, events, share_safe=True)
    assert report.author is None and report.note is None and report.share_safe
    assert report.done == build_report(run, events).done


def test_cli_share_safe_report(data_dir: Path, shared_library_path: Path, tmp_path: Path,
                               libs: LibrarySet) -> None:
    with UserData(data_dir) as user:
        run = make_run(user, libs)
    out = tmp_path / "safe.html"
    assert main(["--data-dir", str(data_dir), "--library", str(shared_library_path), "run",
                 "report", run.id, "-o", str(out), "--share-safe"]) == 0
    html = out.read_text("utf-8")
    assert [text for text in PRIVATE if text in html] == [] and "Share-safe" in html
