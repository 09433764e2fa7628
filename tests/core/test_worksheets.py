"""Worksheets: the TOML source is validated like a checklist, the build stores it in a fixed
order, a filled-in sheet keeps its own copy and its values as typed, reports show it escaped."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from fieldkit.core.build import build_library
from fieldkit.core.errors import NotFoundError, SheetValueError, SourceError
from fieldkit.core.library import LibrarySet
from fieldkit.core.report import render_report
from fieldkit.core.sheet_report import render_sheet_report, write_sheet_report
from fieldkit.core.sources import load_worksheet
from fieldkit.core.userdata import UserData
from fieldkit.core.worksheet_views import FieldView, normalise_value

REPO_DATA = Path(__file__).resolve().parents[2] / "data"
HEAD = 'id = "w"\ntitle = "W"\n'
SECTION = '[[sections]]\nid = "s"\ntitle = "S"\n'


def field(extra: str) -> str:
    return '[[sections.fields]]\nid = "f"\nlabel = "F"\n' + extra


# --- the source format -----------------------------------------------------------------------


def test_fixture_worksheet_loads(source_dir: Path) -> None:
    w = load_worksheet(source_dir / "worksheets" / "debrief.toml")
    assert (w.id, w.title, w.language, w.one_page) == ("debrief", "Checkpoint debrief", "en",
                                                       False)
    assert [(s.id, [f.id for f in s.fields]) for s in w.sections] == [
        ("what", ["asked", "place", "when"]), ("outcome", ["result", "team-ok"])]
    assert w.sections[0].points == ["Facts first.", "No names of commanders."]
    assert [f.kind for s in w.sections for f in s.fields] == [
        "long-text", "short-text", "date-time", "choice", "yes-no"]
    assert w.prompt_links() == [("section 'what'", "greet-elders"),
                                ("field 'result'", "dress-modest")]


@pytest.mark.parametrize(("text", "words"), [
    ("id = \n", "not valid TOML"),
    ('title = "W"\n' + SECTION + 'text = "x"\n', "'id'"),
    (HEAD, "at least one [[sections]]"),
    (HEAD + 'sections = "x"\n', "'sections' must be a list"),
    (HEAD + SECTION, "needs 'text', 'points' or"),
    (HEAD + SECTION + field('kind = "number"\n'), "kind 'number'"),
    (HEAD + SECTION + field(""), "kind None"),
    (HEAD + SECTION + field('kind = "choice"\noptions = ["only"]\n'), "at least two"),
    (HEAD + SECTION + field('kind = "short-text"\noptions = ["a", "b"]\n'), "only a choice"),
    (HEAD + SECTION + field('kind = "choice"\noptions = ["a", "a"]\n'), "option twice"),
    (HEAD + SECTION + field('kind = "yes-no"\n') + field('kind = "yes-no"\n'),
     "field id 'f' is used twice"),
    (HEAD + SECTION + 'text = "x"\n' + SECTION + 'text = "y"\n', "section id 's' is used"),
    (HEAD + "one_page = 1\n" + SECTION + 'text = "x"\n', "'one_page'"),
    (HEAD + 'order = "first"\n' + SECTION + 'text = "x"\n', "'order'"),
    (HEAD + SECTION + field('kind = "yes-no"\nprompts = "p"\n'), "'prompts' must be a list"),
    (HEAD + SECTION + '[[sections.fields]]\nid = "f"\nkind = "yes-no"\n', "'label'"),
])
def test_malformed_worksheets(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(SourceError) as info:
        load_worksheet(path)
    assert info.value.path == path
    assert str(info.value).startswith("bad.toml: ")
    assert words in str(info.value)


# --- the build -------------------------------------------------------------------------------


def _fail_build(source_dir: Path, tmp_path: Path) -> SourceError:
    out = tmp_path / "out.sqlite"
    with pytest.raises(SourceError) as info:
        build_library(source_dir, out)
    assert not out.exists()
    return info.value


def test_the_build_refuses_a_bad_kind(source_dir: Path, tmp_path: Path) -> None:
    path = source_dir / "worksheets" / "debrief.toml"
    path.write_text(path.read_text("utf-8").replace('"yes-no"', '"checkbox"'), "utf-8")
    error = _fail_build(source_dir, tmp_path)
    assert error.path.name == "debrief.toml" and "'checkbox'" in str(error)


def test_the_build_refuses_a_duplicate_worksheet_id(source_dir: Path, tmp_path: Path) -> None:
    shutil.copy(source_dir / "worksheets" / "debrief.toml",
                source_dir / "worksheets" / "zz-copy.toml")
    error = _fail_build(source_dir, tmp_path)
    assert str(error) == "zz-copy.toml: worksheet id 'debrief' is used twice"


@pytest.mark.parametrize("old", ['prompts = ["greet-elders"]', 'prompts = ["dress-modest"]'])
def test_the_build_refuses_a_link_to_a_missing_prompt(source_dir: Path, tmp_path: Path,
                                                      old: str) -> None:
    path = source_dir / "worksheets" / "debrief.toml"
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, 'prompts = ["no-such-prompt"]'), "utf-8")
    error = _fail_build(source_dir, tmp_path)
    assert error.path.name == "debrief.toml" and "unknown prompt 'no-such-prompt'" in str(error)


def test_worksheets_are_stored_in_a_fixed_order(source_dir: Path, tmp_path: Path) -> None:
    (source_dir / "worksheets" / "a-last.toml").write_text(
        'id = "zeta"\ntitle = "Z"\norder = 200\n' + SECTION + 'text = "x"\n', "utf-8")
    (source_dir / "worksheets" / "b-first.toml").write_text(
        'id = "alpha"\ntitle = "A"\norder = 1\n' + SECTION + 'text = "x"\n', "utf-8")
    report = build_library(source_dir, tmp_path / "one.sqlite")
    again = build_library(source_dir, tmp_path / "two.sqlite")
    assert report.worksheets == 4
    with LibrarySet([report.path]) as libs:
        assert [w.id for w in libs.worksheets()] == ["alpha", "contacts", "debrief", "zeta"]
        assert [w.fields for w in libs.worksheets()] == [0, 1, 5, 0]
    rows = []
    for path in (report.path, again.path):
        with sqlite3.connect(path) as conn:
            rows.append(conn.execute("SELECT * FROM worksheet_fields ORDER BY pk").fetchall())
        conn.close()
    assert rows[0] == rows[1] and rows[0]


def test_a_library_without_worksheet_tables_has_none(source_dir: Path, tmp_path: Path) -> None:
    out = build_library(source_dir, tmp_path / "old.sqlite").path
    with sqlite3.connect(out) as conn:  # as a library built before worksheets existed
        conn.executescript("DROP TABLE worksheet_fields; DROP TABLE worksheet_sections; "
                           "DROP TABLE worksheets;")
    conn.close()
    with LibrarySet([out]) as libs:
        assert libs.worksheets() == []
        with pytest.raises(NotFoundError):
            libs.worksheet("debrief")
        assert libs.checklists()  # the rest still reads


def test_the_shipped_worksheets_build_and_say_what_matters(tmp_path: Path) -> None:
    out = build_library(REPO_DATA, tmp_path / "lib.sqlite").path
    with LibrarySet([out]) as libs:
        ids = [w.id for w in libs.worksheets()]
        assert ids[0] == "if-threatened"
        assert set(ids) >= {"if-threatened", "first-30-seconds", "checkpoint-debrief",
                            "incident-report", "red-lines", "island-of-agreement", "iceberg",
                            "emergency-contacts"}
        card = libs.worksheet("if-threatened")
        text = " ".join(p for s in card.sections for p in [s.text or "", *s.points]).lower()
        for must in ("never resist", "hand over", "never", "tell base"):
            assert must in text
        contacts = libs.worksheet("emergency-contacts")
        assert contacts.one_page
        assert all(f.kind == "short-text" for f in contacts.fields())
        # placeholders only: no digits (phone numbers) in what the library ships
        assert not re.search(r"\d{3}", " ".join(f.label + (f.help or "")
                                                 for f in contacts.fields()))


# --- values ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "options", "typed", "stored"), [
    ("short-text", [], "  km 42 <b> & co ", "  km 42 <b> & co "),
    ("long-text", [], "line one\n  line two\n", "line one\n  line two\n"),
    ("long-text", [], "   \n", ""),
    ("choice", ["Let through", "Turned back"], "turned BACK", "Turned back"),
    ("yes-no", [], "Y", "yes"),
    ("yes-no", [], "no", "no"),
    ("date-time", [], "2026-05-03 9:05", "2026-05-03 09:05"),
    ("date-time", [], "2026-05-03T14:10", "2026-05-03 14:10"),
    ("date-time", [], "2026-05-03", "2026-05-03"),
    ("date-time", [], "", ""),
])
def test_values_fit_their_kind(kind: str, options: list[str], typed: str, stored: str) -> None:
    assert normalise_value(FieldView("f", "F", kind, options=options), typed) == stored


@pytest.mark.parametrize(("kind", "typed"), [
    ("short-text", "two\nlines"), ("choice", "maybe"), ("yes-no", "perhaps"),
    ("date-time", "yesterday"), ("date-time", "2026-02-30"), ("date-time", "2026-05-03 25:00"),
])
def test_values_that_do_not_fit(kind: str, typed: str) -> None:
    with pytest.raises(SheetValueError) as info:
        normalise_value(FieldView("f", "F", kind, options=["Yes please", "No"]), typed)
    assert "'f'" in str(info.value)


# --- the user's sheets -----------------------------------------------------------------------


def test_a_sheet_keeps_what_was_typed_and_its_own_copy(libs: LibrarySet, user_data: UserData,
                                                       data_dir: Path) -> None:
    worksheet = libs.worksheet("debrief")
    sheet = user_data.sheets.start(worksheet, "  Km 42  ", library=libs.infos[0])
    assert re.fullmatch(r"[0-9a-f]{12}", sheet.id)
    assert (sheet.name, sheet.run_id, sheet.values) == ("Km 42", None, {})
    user_data.sheets.set_value(sheet.id, "asked", "Papers, then\n  the cargo <b>")
    user_data.sheets.set_value(sheet.id, "result", "turned back")
    user_data.sheets.set_value(sheet.id, "team-ok", "yes")
    user_data.sheets.set_value(sheet.id, "team-ok", "")  # cleared
    with pytest.raises(SheetValueError):
        user_data.sheets.set_value(sheet.id, "result", "maybe")
    with pytest.raises(NotFoundError):
        user_data.sheets.set_value(sheet.id, "no-such-field", "x")
    with pytest.raises(NotFoundError):
        user_data.sheets.set_value("nope", "asked", "x")

    with UserData(data_dir) as other:  # a fresh connection: what is on disk
        stored = other.sheets.get(sheet.id)
    assert stored.values == {"asked": "Papers, then\n  the cargo <b>", "result": "Turned back"}
    assert set(stored.value_at) == {"asked", "result"}
    assert stored.worksheet == worksheet  # its own copy, as it was
    assert stored.library_id == libs.infos[0].id
    assert stored.progress() == (2, 5)
    (summary,) = user_data.sheets.list()
    assert (summary.id, summary.label, summary.filled, summary.total) == (sheet.id, "Km 42", 2, 5)


def test_a_changed_library_never_alters_a_filled_sheet(source_dir: Path, tmp_path: Path,
                                                       user_data: UserData) -> None:
    first = build_library(source_dir, tmp_path / "v1.sqlite").path
    with LibrarySet([first]) as libs:
        sheet = user_data.sheets.start(libs.worksheet("debrief"))
    user_data.sheets.set_value(sheet.id, "place", "Km 42")
    path = source_dir / "worksheets" / "debrief.toml"
    path.write_text(path.read_text("utf-8").replace('label = "Where"', 'label = "Location"')
                    .replace('id = "place"', 'id = "location"'), "utf-8")
    second = build_library(source_dir, tmp_path / "v2.sqlite").path
    with LibrarySet([second]) as libs:
        assert libs.worksheet("debrief").field("place") is None
    kept = user_data.sheets.get(sheet.id)
    assert kept.worksheet.field("place").label == "Where"
    assert kept.value("place") == "Km 42"
    user_data.sheets.set_value(sheet.id, "place", "Km 43")  # still fillable on its own copy
    assert user_data.sheets.get(sheet.id).value("place") == "Km 43"


def test_sheets_attach_to_runs_and_outlive_them(libs: LibrarySet, user_data: UserData) -> None:
    run = user_data.runs.start(libs.checklist("checkpoint"), "Convoy 7", libs.infos[0])
    attached = user_data.sheets.start(libs.worksheet("debrief"), run_id=run.id)
    alone = user_data.sheets.start(libs.worksheet("contacts"))
    with pytest.raises(NotFoundError):
        user_data.sheets.start(libs.worksheet("debrief"), run_id="nope")
    assert [s.id for s in user_data.sheets.for_run(run.id)] == [attached.id]
    user_data.sheets.attach(alone.id, run.id)
    # (updated_at is to the second: both may tie, so the order is not what is tested here)
    assert {s.id for s in user_data.sheets.list(run_id=run.id)} == {alone.id, attached.id}
    user_data.sheets.attach(alone.id, None)
    assert [s.id for s in user_data.sheets.for_run(run.id)] == [attached.id]
    user_data.runs.delete(run.id)
    assert user_data.sheets.get(attached.id).run_id is None  # kept, now standalone
    user_data.sheets.delete(alone.id)
    assert [s.id for s in user_data.sheets.list()] == [attached.id]


# --- reports ---------------------------------------------------------------------------------


def test_the_run_report_contains_the_attached_sheet(libs: LibrarySet,
                                                    user_data: UserData) -> None:
    run = user_data.runs.start(libs.checklist("checkpoint"), "Convoy 7", libs.infos[0])
    sheet = user_data.sheets.start(libs.worksheet("debrief"), "Debrief <i>", run_id=run.id)
    user_data.sheets.set_value(sheet.id, "asked", "Papers & <script>x</script>\nthen cargo")
    user_data.sheets.set_value(sheet.id, "team-ok", "no")
    other = user_data.sheets.start(libs.worksheet("contacts"), "Not this one")
    user_data.sheets.set_value(other.id, "base-phone", "+000 unrelated")
    html = render_report(user_data.runs.get(run.id), user_data.runs.events(run.id),
                         user_data.sheets.for_run(run.id))
    assert "Worksheet: Debrief &lt;i&gt;" in html
    assert "Papers &amp; &lt;script&gt;x&lt;/script&gt;<br>then cargo" in html
    assert "<script>" not in html
    assert "<th>Is everyone in the team all right?</th><td>No</td>" in html
    assert "unrelated" not in html and "Not this one" not in html
    assert html.index("Worksheet:") < html.index("Timeline")


def test_a_sheet_report_alone(libs: LibrarySet, user_data: UserData, tmp_path: Path) -> None:
    sheet = user_data.sheets.start(libs.worksheet("debrief"), "Km 42", library=libs.infos[0])
    user_data.sheets.set_value(sheet.id, "place", "Km 42 & the <bridge>")
    html = render_sheet_report(user_data.sheets.get(sheet.id))
    assert "<h1>Km 42</h1>" in html and "Checkpoint debrief" in html
    assert "Km 42 &amp; the &lt;bridge&gt;" in html
    assert "Facts first." in html  # the guidance travels with a full report
    assert "1 of 5 fields" in html
    path = write_sheet_report(user_data.sheets.get(sheet.id), tmp_path / "s.html")
    assert path.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob("*.part"))
    contacts = user_data.sheets.start(libs.worksheet("contacts"))
    user_data.sheets.set_value(contacts.id, "base-phone", "+1 555 0100")
    one_page = render_sheet_report(user_data.sheets.get(contacts.id))
    assert "+1 555 0100" in one_page and "font-size:10pt" in one_page
