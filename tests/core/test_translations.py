"""Translated content: the build imports `i18n/<lang>/` mirrors (tests/core/fixtures/source/i18n:
community-meeting and dress in es and ar, contacts in es), refuses a mirror that differs from its
English file in anything but text, and LibrarySet / the CLI / runs use the user's language."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.core.build import build_library
from fieldkit.core.errors import SourceError
from fieldkit.core.language import system_language
from fieldkit.core.library import LibrarySet
from fieldkit.core.report import render_report
from fieldkit.core.userdata import UserData

AR_TITLE = "اللقاء الأول مع قادة المجتمع"
ES_TITLE = "Primera reunión con líderes comunitarios"
EN_TITLE = "First meeting with community leaders"


def test_translations_are_stored_with_the_english_ids(shared_library_path: Path) -> None:
    with sqlite3.connect(shared_library_path) as conn:
        rows = {(k, i, lang) for k, i, lang in conn.execute(
            "SELECT kind, id, language FROM translations")}
        version = conn.execute("SELECT schema_version FROM library_meta").fetchone()[0]
    conn.close()
    assert rows == {("checklist", "community-meeting", "es"), ("checklist", "community-meeting",
                                                                "ar"),
                    ("topic", "dress", "es"), ("topic", "dress", "ar"),
                    ("worksheet", "contacts", "es")}
    assert version == 2


def test_checklist_in_the_users_language_with_the_same_ids(shared_library_path: Path) -> None:
    with LibrarySet([shared_library_path], language="ar") as libs:
        ar = libs.checklist("community-meeting")
        en = libs.checklist("community-meeting", language="en")
        es = libs.checklist("community-meeting", language="es")
    assert (ar.title, ar.language) == (AR_TITLE, "ar")
    assert (es.title, es.language, en.title) == (ES_TITLE, "es", EN_TITLE)
    assert [i.id for p in ar.phases for i in p.items] == [i.id for p in en.phases for i in p.items]
    assert ar.phases[0].items[0].text.startswith("اسأل")
    assert ar.phases[0].items[0].prompts == en.phases[0].items[0].prompts


def test_missing_translation_falls_back_to_english_per_unit(shared_library_path: Path) -> None:
    with LibrarySet([shared_library_path], language="fr") as libs:
        assert libs.checklist("community-meeting").language == "en"
        assert libs.prompt("dress-modest").title == "Dress modestly"
    with LibrarySet([shared_library_path], language="ar") as libs:
        assert libs.checklist("checkpoint").language == "en"  # no Arabic mirror
        by_id = {c.id: c for c in libs.checklists()}
        assert by_id["community-meeting"].title == AR_TITLE
        assert by_id["checkpoint"].title == "Convoy stopped at a checkpoint"
        assert libs.worksheet("contacts").language == "en"  # es only


def test_prompts_topics_and_worksheets_translated(shared_library_path: Path) -> None:
    with LibrarySet([shared_library_path], language="es") as libs:
        p = libs.prompt("dress-modest")
        topics = {t.id: t.title for t in libs.topics()}
        w = libs.worksheet("contacts")
    assert (p.title, p.topic_title, p.language) == ("Vístase con sobriedad", "Vestimenta", "es")
    assert p.contexts == ["checkpoint", "clinic"]  # not text: unchanged
    assert topics["dress"] == "Vestimenta"
    assert (w.title, next(w.fields()).label) == ("Contactos de emergencia", "Teléfono de la base")


def test_the_same_id_in_two_libraries_prefers_the_one_with_the_users_language(
        tmp_path: Path, shared_library_path: Path) -> None:
    # An English-only copy of the fixture content comes first; the translated one second.
    src = tmp_path / "plain"
    shutil.copytree(Path(__file__).parent / "fixtures" / "source", src,
                    ignore=shutil.ignore_patterns("i18n", "library"))
    (src / "library.toml").write_text('id = "plain"\n', encoding="utf-8")
    plain = build_library(src, tmp_path / "plain.sqlite").path
    with LibrarySet([plain, shared_library_path], language="ar") as libs:
        assert libs.checklist("community-meeting").title == AR_TITLE
    with LibrarySet([plain, shared_library_path], language="en") as libs:
        assert libs.checklist("community-meeting").title == EN_TITLE


def test_search_finds_every_language_and_titles_in_the_users(shared_library_path: Path) -> None:
    with LibrarySet([shared_library_path], language="es") as libs:
        for query in ("líderes", "قادة", "leaders"):
            hits = [h for h in libs.search(query).hits if h.kind == "checklist"]
            assert [(h.id, h.title) for h in hits] == [("community-meeting", ES_TITLE)], query
        # The Spanish record comes before English ones when the user reads Spanish.
        langs = [h.language for h in libs.search("manual", limit=50).hits if h.kind == "record"]
    assert langs and langs[0] == "es"


def test_a_run_started_in_english_continues_under_arabic(shared_library_path: Path,
                                                         data_dir: Path) -> None:
    with LibrarySet([shared_library_path], language="en") as libs, UserData(data_dir) as user:
        run = user.runs.start(libs.checklist("community-meeting"), None, libs.infos[0])
    assert run.language == "en"
    with LibrarySet([shared_library_path], language="ar") as libs, UserData(data_dir) as user:
        assert libs.checklist("community-meeting").title == AR_TITLE
        user.runs.tick(run.id, "ask-who-leads")
        again = user.runs.get(run.id)
        html = render_report(again, user.runs.events(run.id))
    assert again.language == "en" and again.items[0].text == "Ask who should be greeted first."
    assert again.checklist_title == EN_TITLE
    assert "<html lang='en' dir='ltr'>" in html and "English (en)" in html


def test_a_run_started_in_arabic_keeps_arabic(shared_library_path: Path, data_dir: Path) -> None:
    with LibrarySet([shared_library_path], language="ar") as libs, UserData(data_dir) as user:
        run = user.runs.start(libs.checklist("community-meeting"), None, libs.infos[0])
        html = render_report(user.runs.get(run.id), [])
    assert run.language == "ar" and run.checklist_title == AR_TITLE
    assert "dir='rtl'" in html and "العربية (ar)" in html


def test_cli_lang_and_locale(shared_library_path: Path, data_dir: Path,
                             capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    lib = ["--library", str(shared_library_path), "--data-dir", str(data_dir)]
    assert main([*lib, "--lang", "ar", "checklists"]) == 0
    assert AR_TITLE in capsys.readouterr().out
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LC_MESSAGES", "")
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    assert main([*lib, "checklist", "community-meeting", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == ES_TITLE
    assert main([*lib, "--lang", "en", "run", "start", "community-meeting"]) == 0
    run_id = capsys.readouterr().out.strip()
    assert main([*lib, "--lang", "ar", "run", "show", run_id]) == 0
    out = capsys.readouterr().out
    assert "Ask who should be greeted first." in out and "English (en)" in out
    assert main([*lib, "prompts", "--topic", "dress", "--lang", "ar"]) == 0
    assert "البس ملابس محتشمة" in capsys.readouterr().out


@pytest.mark.parametrize(("env", "lang"), [
    ({"LANG": "ar_EG.UTF-8"}, "ar"), ({"LC_ALL": "fr_FR.UTF-8", "LANG": "es_ES"}, "fr"),
    ({"LANG": "de_DE.UTF-8"}, "en"), ({}, "en"), ({"LANG": "C.UTF-8"}, "en"),
    ({"LC_MESSAGES": "es_AR", "LANG": "en_US"}, "es"),
])
def test_system_language(env: dict[str, str], lang: str) -> None:
    assert system_language(env) == lang


# --- the build refuses a mirror that is not a faithful copy ---------------------------------------

MIRROR = Path("i18n/es/checklists/community-meeting.toml")


def _edit(source_dir: Path, old: str, new: str) -> None:
    path = source_dir / MIRROR
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(("old", "new", "says"), [
    ('id = "ask-who-leads"', 'id = "ask-who"', "'phases[0].items[0].id' is 'ask-who' but must "
                                               "stay 'ask-who-leads'"),
    ('setting = "community-meeting"', 'setting = "clinic"', "'setting' is 'clinic'"),
    ('prompts = ["elders-speak-first"]', 'prompts = []', "must have 1 entries"),
    ('text = "Pregunte a quién se saluda primero."', 'text = ""', "must be a translated"),
    ('language = "es"', 'language = "fr"', "'language' must be \"es\""),
    ('text = "Pregunte', 'detail = "x"\ntext = "Pregunte', "'phases[0].items[0].detail' is not in"),
    ('title = "Preparar"\n', '', "'phases[0].title' is missing"),
])
def test_a_mirror_that_changes_more_than_text_is_refused(source_dir: Path, tmp_path: Path,
                                                          old: str, new: str, says: str) -> None:
    _edit(source_dir, old, new)
    with pytest.raises(SourceError) as err:
        build_library(source_dir, tmp_path / "out.sqlite")
    message = str(err.value)
    assert message.startswith("community-meeting.toml: ") and says in message
    assert "\n" not in message
    assert not (tmp_path / "out.sqlite").exists()


def test_a_mirror_without_an_english_file_is_refused(source_dir: Path, tmp_path: Path) -> None:
    (source_dir / "i18n/es/checklists/ghost.toml").write_text('id = "ghost"\n', encoding="utf-8")
    with pytest.raises(SourceError, match=r"ghost\.toml: there is no English file checklists/"):
        build_library(source_dir, tmp_path / "out.sqlite")


def test_an_unknown_language_folder_is_refused(source_dir: Path, tmp_path: Path) -> None:
    (source_dir / "i18n/de/checklists").mkdir(parents=True)
    with pytest.raises(SourceError, match="'de' is not a language FieldKit ships"):
        build_library(source_dir, tmp_path / "out.sqlite")


def test_cli_build_names_the_file(source_dir: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    _edit(source_dir, 'id = "prepare"', 'id = "ready"')
    assert main(["build", str(source_dir), "-o", str(tmp_path / "o.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldkit: error: community-meeting.toml: 'phases[0].id'")
    assert "Traceback" not in err


@pytest.mark.parametrize("damage", ["not-utf8", "not-toml", "symlink", "fifo"])
def test_a_damaged_mirror_file_is_one_sentence_naming_it(source_dir: Path, tmp_path: Path,
                                                        damage: str) -> None:
    path = source_dir / MIRROR
    if damage == "not-utf8":
        path.write_bytes(b'id = "\xff\xfe"\n')
    elif damage == "not-toml":
        path.write_text("id = [unclosed\n", "utf-8")
    elif damage == "symlink":
        path.unlink()
        path.symlink_to(source_dir / "checklists" / "community-meeting.toml")
    else:
        path.unlink()
        os.mkfifo(path)
    with pytest.raises(SourceError) as err:
        build_library(source_dir, tmp_path / "out.sqlite")
    assert str(err.value).startswith("community-meeting.toml: ")
    assert "\n" not in str(err.value)
