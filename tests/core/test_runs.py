"""Checklist runs in the user DB: their life cycle, their own copy of the checklist, persistence."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from fieldkit.core.build import build_library
from fieldkit.core.errors import NotFoundError, RunStateError
from fieldkit.core.library import LibrarySet
from fieldkit.core.report import render_report, write_report
from fieldkit.core.runs import RunView, default_run_name
from fieldkit.core.userdata import UserData

ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")
CHECKPOINT_ITEMS = ["movement-notified", "letters", "hands-visible", "spokesperson"]


@pytest.fixture
def run(user_data: UserData, libs: LibrarySet) -> RunView:
    return user_data.runs.start(libs.checklist("checkpoint"), name="  Convoy to Aweil  ",
                                library=libs.infos[0])


def item(run: RunView, item_id: str):
    return next(i for i in run.items if i.id == item_id)


def test_start_copies_the_checklist(run: RunView) -> None:
    assert run.checklist_id == "checkpoint"
    assert run.checklist_title == "Convoy stopped at a checkpoint"
    assert run.name == "Convoy to Aweil" and run.label == "Convoy to Aweil"
    assert ISO.fullmatch(run.started_at) and run.finished_at is None and not run.is_finished
    assert [i.id for i in run.items] == CHECKPOINT_ITEMS
    assert [(pid, title, [i.id for i in items]) for pid, title, items in run.phases()] == [
        ("before", "Before departure", ["movement-notified", "letters"]),
        ("at", "At the checkpoint", ["hands-visible", "spokesperson"])]
    first = run.items[0]
    assert first.text == "Confirm the movement is notified to every party."
    assert first.is_critical and first.prompts == ["greet-elders"]
    assert item(run, "letters").detail == "Copies, not only originals."
    assert not any(i.done or i.note or i.removed for i in run.items)
    assert run.progress() == (0, 4) and run.progress("at") == (0, 2)


def test_unnamed_run_is_labelled_by_its_checklist(user_data: UserData, libs: LibrarySet) -> None:
    run = user_data.runs.start(libs.checklist("community-meeting"), name="   ")
    assert run.name == run.label == default_run_name("First meeting with community leaders",
                                                     run.started_at)
    assert re.fullmatch(r"First meeting with community leaders · \d{4}-\d\d-\d\d \d\d:\d\d",
                        run.label)


def test_tick_untick_and_notes(user_data: UserData, run: RunView) -> None:
    runs = user_data.runs
    ticked = runs.tick(run.id, "letters")
    assert ticked.done and ISO.fullmatch(ticked.done_at or "")
    unticked = runs.tick(run.id, "letters", done=False)
    assert not unticked.done and unticked.done_at is None
    with_note = runs.tick(run.id, "hands-visible", note="  Two armed men, calm.  ")
    assert with_note.done and with_note.note == "Two armed men, calm."
    assert ISO.fullmatch(with_note.note_at or "")
    noted = runs.set_note(run.id, "spokesperson", "Ahmed spoke")
    assert noted.note == "Ahmed spoke" and not noted.done
    assert runs.set_note(run.id, "spokesperson", "   ").note is None  # blank clears
    now = runs.get(run.id)
    assert [(i.id, i.done, i.note) for i in now.items] == [
        ("movement-notified", False, None), ("letters", False, None),
        ("hands-visible", True, "Two armed men, calm."), ("spokesperson", False, None)]
    assert now.progress() == (1, 4)
    assert [(e.action, e.item_id) for e in runs.events(run.id)] == [
        ("start", None), ("tick", "letters"), ("untick", "letters"), ("tick", "hands-visible"),
        ("note", "hands-visible"), ("note", "spokesperson"), ("note", "spokesperson")]


def test_ticking_twice_logs_one_event(user_data: UserData, run: RunView) -> None:
    user_data.runs.tick(run.id, "letters")
    first = user_data.runs.get(run.id)
    user_data.runs.tick(run.id, "letters")
    assert item(user_data.runs.get(run.id), "letters").done_at == item(first, "letters").done_at
    assert [e.action for e in user_data.runs.events(run.id)] == ["start", "tick"]


def test_finish_reopen_reset(user_data: UserData, run: RunView) -> None:
    runs = user_data.runs
    runs.tick(run.id, "letters", note="copies only")
    finished = runs.finish(run.id)
    assert finished.is_finished and ISO.fullmatch(finished.finished_at or "")
    assert runs.finish(run.id).finished_at == finished.finished_at  # finishing twice: no change
    with pytest.raises(RunStateError, match="finished"):
        runs.tick(run.id, "spokesperson")
    with pytest.raises(RunStateError):
        runs.tick(run.id, "letters", done=False)
    with pytest.raises(RunStateError):
        runs.set_note(run.id, "letters", "changed afterwards")
    after = runs.get(run.id)
    assert item(after, "letters").done and item(after, "letters").note == "copies only"
    assert not item(after, "spokesperson").done

    reopened = runs.reopen(run.id)
    assert not reopened.is_finished
    runs.tick(run.id, "spokesperson")
    assert runs.get(run.id).progress() == (2, 4)

    runs.finish(run.id)
    reset = runs.reset(run.id)
    assert not reset.is_finished
    assert not any(i.done or i.done_at for i in reset.items)
    assert item(reset, "letters").note == "copies only"  # reset keeps notes
    assert [e.action for e in runs.events(run.id)] == [
        "start", "tick", "note", "finish", "reopen", "tick", "finish", "reset"]


def test_rename_and_delete(user_data: UserData, run: RunView) -> None:
    runs = user_data.runs
    assert runs.rename(run.id, "Second convoy").name == "Second convoy"
    runs.tick(run.id, "letters", note="x")
    runs.delete(run.id)
    with pytest.raises(NotFoundError):
        runs.get(run.id)
    with pytest.raises(NotFoundError):
        runs.events(run.id)
    assert runs.list() == []
    with sqlite3.connect(user_data.path) as conn:  # cascades left nothing behind
        for table in ("runs", "run_items", "run_events"):
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_unknown_run_or_item(user_data: UserData, run: RunView) -> None:
    runs = user_data.runs
    for call in (runs.get, runs.finish, runs.reopen, runs.reset, runs.delete, runs.events):
        with pytest.raises(NotFoundError, match="nope"):
            call("nope")
    with pytest.raises(NotFoundError, match="no-such-item"):
        runs.tick(run.id, "no-such-item")
    with pytest.raises(NotFoundError):
        runs.set_note(run.id, "no-such-item", "x")
    assert runs.get(run.id).progress() == (0, 4)


def test_list_runs(user_data: UserData, libs: LibrarySet, run: RunView) -> None:
    other = user_data.runs.start(libs.checklist("community-meeting"))
    user_data.runs.tick(run.id, "letters")
    user_data.runs.tick(run.id, "spokesperson")
    user_data.runs.finish(other.id)
    summaries = {s.id: s for s in user_data.runs.list()}
    assert set(summaries) == {run.id, other.id}
    assert (summaries[run.id].done, summaries[run.id].total) == (2, 4)
    assert (summaries[other.id].done, summaries[other.id].total) == (0, 1)
    assert summaries[other.id].is_finished and not summaries[run.id].is_finished
    assert [s.id for s in user_data.runs.list(unfinished_only=True)] == [run.id]


def test_every_change_is_committed_before_the_call_returns(data_dir: Path,
                                                           libs: LibrarySet) -> None:
    with UserData(data_dir) as writer, UserData(data_dir) as reader:
        run = writer.runs.start(libs.checklist("checkpoint"))
        for n, item_id in enumerate(CHECKPOINT_ITEMS, start=1):
            writer.runs.tick(run.id, item_id, note=f"note {n}")
            assert reader.runs.get(run.id).progress() == (n, 4)
            with sqlite3.connect(writer.path) as raw:  # a third, plain connection agrees
                assert raw.execute("SELECT count(*) FROM run_items WHERE done").fetchone()[0] == n
        writer.runs.finish(run.id)
        assert reader.runs.get(run.id).is_finished
    with UserData(data_dir) as later:  # and after both are closed
        assert [i.note for i in later.runs.get(run.id).items] == [
            "note 1", "note 2", "note 3", "note 4"]


# --- content updates never rewrite a run -----------------------------------------------------


def test_run_keeps_its_copy_when_the_library_is_rebuilt(source_dir: Path, library_path: Path,
                                                        user_data: UserData) -> None:
    with LibrarySet([library_path]) as old:
        run = user_data.runs.start(old.checklist("checkpoint"))
    user_data.runs.tick(run.id, "letters", note="only copies")
    user_data.runs.tick(run.id, "hands-visible")

    toml = source_dir / "checklists" / "checkpoint.toml"
    text = toml.read_text("utf-8")
    text = text.replace("Keep hands visible and stay calm.", "Show your hands; stay calm.")
    text = re.sub(r'\[\[phases\.items\]\]\nid = "letters"\n[^\[]*', "", text)
    text += '\n[[phases.items]]\nid = "report-stop"\ntext = "Report the stop to base."\n'
    toml.write_text(text, "utf-8")
    build_library(source_dir, library_path)

    with LibrarySet([library_path]) as new:
        current = new.checklist("checkpoint")
        current_ids = [i.id for p in current.phases for i in p.items]
        assert "letters" not in current_ids and "report-stop" in current_ids
        assert item_text(current, "hands-visible") == "Show your hands; stay calm."

        kept = user_data.runs.get(run.id)
        assert [i.id for i in kept.items] == CHECKPOINT_ITEMS  # nothing dropped, nothing added
        assert item(kept, "hands-visible").text == "Keep hands visible and stay calm."
        assert item(kept, "letters").done and item(kept, "letters").note == "only copies"
        assert not any(i.removed for i in kept.items)

        shown = kept.with_current(current)
        assert [i.id for i in shown.items if i.removed] == ["letters"]
        assert item(shown, "letters").done and item(shown, "letters").note == "only copies"
        assert shown.progress() == (2, 4)
        assert kept.with_current(None) is kept

        html = render_report(shown, user_data.runs.events(run.id))
        removed = "Carry authorisation letters in the local language. (no longer in the checklist)"
        assert removed in html
        assert "Keep hands visible and stay calm. (critical)" in html
        assert "Show your hands" not in html


def item_text(checklist, item_id: str) -> str:
    return next(i.text for p in checklist.phases for i in p.items if i.id == item_id)


def test_runs_survive_a_missing_library(user_data: UserData, library_path: Path) -> None:
    with LibrarySet([library_path]) as lib_set:
        run = user_data.runs.start(lib_set.checklist("community-meeting"))
    library_path.unlink()
    user_data.runs.tick(run.id, "ask-who-leads")
    assert user_data.runs.get(run.id).progress() == (1, 1)


# --- report ----------------------------------------------------------------------------------


def test_report_lists_items_missed_criticals_and_escapes(user_data: UserData, libs: LibrarySet,
                                                          tmp_path: Path) -> None:
    run = user_data.runs.start(libs.checklist("checkpoint"), name="<script>alert(1)</script>")
    user_data.runs.tick(run.id, "movement-notified", note='Said "yes" & <waved>')
    user_data.runs.finish(run.id)
    path = write_report(user_data.runs.get(run.id), user_data.runs.events(run.id),
                        tmp_path / "report.html")
    html = path.read_text("utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Said &quot;yes&quot; &amp; &lt;waved&gt;" in html
    assert "1 of 4 items done" in html
    missed = html.split("Critical items not done</h2>")[1].split("</ul>")[0]
    assert "Keep hands visible and stay calm." in missed
    assert "Confirm the movement" not in missed
    assert "Run finished" in html  # the timeline
    assert not list(tmp_path.glob("*.part"))
