"""The HTML report of a run: what the security focal point reads."""

from __future__ import annotations

from pathlib import Path

from fieldkit.core.library import LibrarySet
from fieldkit.core.report import render_report, write_report
from fieldkit.core.userdata import UserData


def test_report_has_times_ticks_notes_and_the_library(libs: LibrarySet, user_data: UserData,
                                                      tmp_path: Path) -> None:
    checklist = libs.checklist("checkpoint")
    run = user_data.runs.start(checklist, "Checkpoint at km 42 <b>", libs.infos[0])
    first, second = run.items[0], run.items[1]
    user_data.runs.tick(run.id, first.id, note="Waited 20 min & was let through")
    run = user_data.runs.finish(run.id)
    html = render_report(run, user_data.runs.events(run.id))
    assert "Checkpoint at km 42 &lt;b&gt;" in html  # escaped, never markup
    assert "Waited 20 min &amp; was let through" in html
    assert first.text in html and second.text in html
    assert libs.infos[0].id in html and libs.infos[0].version in html
    assert "Run finished" in html and "Ticked" in html
    assert html.count("UTC") >= 3
    if second.is_critical:
        assert "Critical items not done" in html
    path = write_report(run, user_data.runs.events(run.id), tmp_path / "r.html")
    assert path.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob("*.part"))
