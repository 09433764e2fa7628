"""What a person does to a run beyond ticking: the open run of a checklist, default names,
not-applicable and added items, undo, the run's note and author; the report built once."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from fieldkit.core.errors import NotFoundError, RunStateError
from fieldkit.core.library import LibrarySet
from fieldkit.core.models import USER_SCHEMA_VERSION
from fieldkit.core.report import NOT_APPLICABLE, build_report, render_report
from fieldkit.core.run_views import with_library
from fieldkit.core.userdata import UserData

from .user_schema_v1 import RUN_TABLES_V1


def test_the_open_run_of_a_checklist(user_data: UserData, libs: LibrarySet) -> None:
    runs = user_data.runs
    assert runs.open_run_of("checkpoint") is None
    first = runs.start(libs.checklist("checkpoint"), "First")
    other = runs.start(libs.checklist("community-meeting"))
    assert runs.open_run_of("checkpoint").id == first.id
    second = runs.start(libs.checklist("checkpoint"), "Second")
    assert runs.open_run_of("checkpoint").id in {first.id, second.id}
    runs.finish(first.id)
    assert runs.open_run_of("checkpoint").id == second.id
    runs.finish(second.id)
    assert runs.open_run_of("checkpoint") is None
    assert runs.open_run_of("community-meeting").id == other.id


def test_rename_blank_gives_the_default_name_back(user_data: UserData, libs: LibrarySet) -> None:
    run = user_data.runs.start(libs.checklist("checkpoint"))
    default = run.name
    assert user_data.runs.rename(run.id, "Km 42 & \"Ahmed\"").name == "Km 42 & \"Ahmed\""
    assert user_data.runs.rename(run.id, "  ").name == default


def test_not_applicable_counts_in_neither_figure(user_data: UserData, libs: LibrarySet) -> None:
    runs = user_data.runs
    run = runs.start(libs.checklist("checkpoint"))
    total = len(run.items)
    assert [i.id for i in run.critical_undone()] == ["movement-notified", "hands-visible"]
    runs.tick(run.id, "hands-visible")
    item = runs.set_na(run.id, "hands-visible", reason="No weapons at this post")
    assert item.na and not item.done and item.na_reason == "No weapons at this post"
    run = runs.get(run.id)
    assert run.progress() == (0, total - 1)
    assert [i.id for i in run.critical_undone()] == ["movement-notified"]
    assert runs.list()[0].total == total - 1
    runs.tick(run.id, "hands-visible")  # ticked after all: it applies again
    assert not runs.get(run.id).items[2].na
    assert runs.set_na(run.id, "letters", False).na is False
    assert [e.action for e in runs.events(run.id)][-3:] == ["tick", "na", "tick"]


def test_added_items_sit_at_the_end_of_their_phase(user_data: UserData, libs: LibrarySet) -> None:
    runs = user_data.runs
    run = runs.start(libs.checklist("checkpoint"))
    added = runs.add_item(run.id, "  Check the spare tyre  ", "before")
    assert added.added and added.text == "Check the spare tyre" and added.phase_id == "before"
    last = runs.add_item(run.id, "Call base")
    ids = [i.id for i in runs.get(run.id).items]
    assert ids.index(added.id) == ids.index("letters") + 1
    assert ids[-1] == last.id
    runs.tick(run.id, added.id)
    assert runs.get(run.id).progress()[1] == len(run.items) + 2
    with pytest.raises(RunStateError):
        runs.add_item(run.id, "   ")
    with pytest.raises(NotFoundError):
        runs.add_item(run.id, "x", "no-such-phase")


def test_restore_undoes_and_is_saved(user_data: UserData, libs: LibrarySet) -> None:
    runs = user_data.runs
    run = runs.start(libs.checklist("checkpoint"))
    before = run.items[0]
    runs.tick(run.id, before.id, note="Notified 07:10")
    back = runs.restore(run.id, before)
    assert not back.done and back.note is None
    stored = runs.get(run.id).items[0]
    assert not stored.done and stored.note is None
    assert runs.events(run.id)[-1].action == "undo"
    runs.finish(run.id)
    with pytest.raises(RunStateError):
        runs.restore(run.id, before)


def test_run_note_and_author_reach_the_report(user_data: UserData, libs: LibrarySet) -> None:
    runs = user_data.runs
    run = runs.start(libs.checklist("checkpoint"), "Km 42", author="Team B <Ahmed>")
    runs.set_run_note(run.id, "Road reopened at 09:00 & convoy passed")
    runs.set_na(run.id, "letters", reason="Letters not asked here")
    added = runs.add_item(run.id, "Check the spare tyre <b>")
    run = runs.finish(run.id)
    assert run.author == "Team B <Ahmed>" and run.note.startswith("Road reopened")
    report = build_report(run, runs.events(run.id))
    rows = {r.text: r for p in report.phases for r in p.rows}
    assert rows["Check the spare tyre <b>"].is_added
    assert rows[next(i.text for i in run.items if i.id == "letters")].state == NOT_APPLICABLE
    assert report.missed and report.author == "Team B <Ahmed>"
    html = render_report(run, runs.events(run.id))
    assert "Team B &lt;Ahmed&gt;" in html
    assert "Road reopened at 09:00 &amp; convoy passed" in html
    assert "Not applicable: Letters not asked here" in html and "<td>n/a</td>" in html
    assert "Check the spare tyre &lt;b&gt; (added during the run)" in html
    assert added.id


def test_removed_items_are_the_same_for_every_view(user_data: UserData, libs: LibrarySet,
                                                    library_path: Path) -> None:
    """The checklist gone from the library: every item is flagged removed, in one place."""
    from fieldkit.core.content import ChecklistView, PhaseView

    gone = ChecklistView("retired", "Retired list", None, None,
                         [PhaseView("p", "P", libs.checklist("checkpoint").phases[0].items)])
    run = user_data.runs.start(gone)
    flagged = with_library(run, libs)
    assert all(i.removed for i in flagged.items)
    assert "(no longer in the checklist)" in render_report(flagged)
    assert with_library(run, None) == run


def test_a_user_db_of_the_first_schema_opens_and_keeps_everything(tmp_path: Path) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    db = folder / "fieldkit-user.sqlite"
    from fieldkit.core.paths import user_db_path

    db = user_db_path(folder)
    db.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(db) as conn:  # exactly the tables version 1 made
        conn.executescript(RUN_TABLES_V1 + """
            INSERT INTO runs VALUES ('r1', 'checkpoint', 'Checkpoint', NULL, NULL, NULL,
                '2026-01-02T07:00:00Z', '2026-01-02T07:05:00Z', NULL);
            INSERT INTO run_items VALUES ('r1', 'letters', 0, 'before', 'Before', 'Carry letters',
                NULL, 'check', '[]', 1, '2026-01-02T07:05:00Z', 'Three copies', NULL);
            INSERT INTO run_events (run_id, at, action, item_id) VALUES
                ('r1', '2026-01-02T07:05:00Z', 'tick', 'letters');
            PRAGMA user_version=1;
        """)
    with UserData(folder) as user:
        run = user.runs.get("r1")
        assert run.items[0].done and run.items[0].note == "Three copies"
        assert not run.items[0].na and not run.items[0].added and run.note is None
        assert run.label == "Checkpoint"  # an old unnamed run keeps its label
        user.runs.set_na("r1", "letters", reason="n/a here")
        user.runs.set_run_note("r1", "kept")
        assert user.runs.open_run_of("checkpoint").id == "r1"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == USER_SCHEMA_VERSION
    with UserData(folder) as user:  # opening again is a no-op
        assert user.runs.get("r1").note == "kept"
        assert user.runs.get("r1").language == "en"  # runs before languages were English
