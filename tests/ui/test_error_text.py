"""Core errors said in the user's language in the GUI (fieldkit/ui/error_text.py) while `str(exc)`
stays the English sentence the CLI prints: real failures from real core code on real files — a
pack signed by a stranger, a forged feed on the Sync screen, a damaged data file, a wrong
passphrase — in French and Arabic."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import fieldkit.core
import fieldkit.packs
from fieldkit.core import vault
from fieldkit.core.errors import FieldKitError, LibraryError, OutputError
from fieldkit.core.files import check_output_target
from fieldkit.core.library import LibrarySet
from fieldkit.core.paths import user_db_path
from fieldkit.core.userdata import UserData
from fieldkit.core.userfile import USER_DATA_CODES
from fieldkit.packs.errors import SignatureError
from fieldkit.packs.install import install_pack
from fieldkit.packs.signing import sign_envelope
from fieldkit.packs.sync import sync_source
from fieldkit.packs.trust import TrustStore, parse_root
from fieldkit.ui import i18n
from fieldkit.ui.app import build_window, settle
from fieldkit.ui.error_text import TEMPLATES, error_text
from fieldkit.ui.i18n_check import release
from fieldkit.ui.passphrase_dialog import CHANGE, passphrase_dialog
from fieldkit.ui.sync_tasks import describe_report, make_source
from fieldkit.ui.worker import describe_failure, wait_for_all
from tests.packs.conftest import make_root, packs, publisher, stranger  # noqa: F401
from tests.ui.test_sync_screen import _feed, _left, _sync_screen

REPO = Path(__file__).parents[2]
WAIT = 30_000
PASS = "correct horse battery"


def _core_codes() -> set[str]:
    """Every code core and packs can raise: each exception class's own, the user-data reasons,
    and every `code="…"` a raise site passes."""
    for package in (fieldkit.core, fieldkit.packs):
        for mod in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            importlib.import_module(mod.name)
    classes, todo = set(), [FieldKitError]
    while todo:
        cls = todo.pop()
        classes.add(cls)
        todo += cls.__subclasses__()
    codes = {cls.code for cls in classes if cls is not FieldKitError} | set(USER_DATA_CODES)
    for folder in ("core", "packs"):
        for source in (REPO / "fieldkit" / folder).rglob("*.py"):
            codes |= set(re.findall(r'\bcode="([a-z_.]+)"', source.read_text("utf-8")))
    return codes


@pytest.fixture
def language(qapp) -> Iterator[str]:
    release()
    yield "fr"
    i18n.install_language(qapp, "en")


def test_every_code_core_raises_has_a_template_that_needs_no_field() -> None:
    codes = _core_codes()
    assert {"pack.bad_signature", "sync.unreachable", "user.disk_full", "user.damaged",
            "vault.wrong_passphrase", "backup.damaged"} <= codes
    assert sorted(codes - set(TEMPLATES)) == []
    assert sorted(set(TEMPLATES) - codes) == []  # no template for a code nothing raises
    for code, variants in TEMPLATES.items():
        assert variants[-1][0] == (), code  # the last one always fits
        for names, template in variants:
            assert sorted(re.findall(r"%(\d)", template)) == \
                [str(i) for i in range(1, len(names) + 1)], template


def test_a_pack_signed_by_a_stranger_is_refused_in_french_and_in_english_on_the_cli(
        qapp, language, tmp_path, publisher, packs) -> None:  # noqa: F811
    home = tmp_path / "home"
    TrustStore(home).add(parse_root(make_root(publisher)))
    with pytest.raises(SignatureError) as caught:
        install_pack(home, packs["stranger"])
    exc = caught.value
    assert (exc.code, exc.fields) == ("pack.bad_signature", {"pack": "regional"})
    english = str(exc)
    assert english == "pack regional is not signed by any trusted key"

    i18n.install_language(qapp, "fr")
    assert describe_failure(exc) == ("Le paquet regional n'est signé par aucune clé à laquelle "
                                     "FieldKit fait confiance ; il n'a pas été installé.")
    assert str(exc) == english  # the translation is the GUI's, never the exception's

    cli = subprocess.run([sys.executable, "-m", "fieldkit", "--lang", "fr", "--data-dir",
                          str(home), "pack", "install", str(packs["stranger"])],
                         capture_output=True, text=True, timeout=120)
    assert cli.returncode == 1
    assert f"fieldkit: error: {english}" in cli.stderr and "Traceback" not in cli.stderr


def test_english_says_the_cores_sentence_and_an_unknown_code_falls_back_to_it(
        qapp, language, tmp_path) -> None:
    with pytest.raises(LibraryError) as caught:  # a real open of a file that is not there
        LibrarySet([tmp_path / "nowhere.sqlite"])
    exc = caught.value
    i18n.install_language(qapp, "en")
    assert describe_failure(exc) == str(exc) and "nowhere.sqlite" in str(exc)
    i18n.install_language(qapp, "fr")
    assert describe_failure(exc) == ("La bibliothèque nowhere.sqlite ne peut pas être ouverte : "
                                     "elle manque, est endommagée ou n'est pas une bibliothèque "
                                     "FieldKit.")
    odd = FieldKitError("something only the log needs", code="no.such.code")
    assert describe_failure(odd) == "something only the log needs"
    # a template whose field is missing uses the one without it
    plain = SignatureError("the index is signed by 0 of the 1 trusted keys")
    assert error_text(plain) == ("Ceci n'est pas signé par assez de clés auxquelles FieldKit "
                                 "fait confiance ; cela a été refusé.")


@pytest.fixture
def arabic_sync(qtbot, tmp_path, publisher, packs, library_path) -> Iterator:  # noqa: F811
    release()
    home = tmp_path / "home"
    TrustStore(home).add(parse_root(make_root(publisher)))
    install_pack(home, packs["regional-1"])
    from fieldkit.packs.readside import library_paths

    win = build_window(library_paths(home, library_path)[0], home, bundled=library_path,
                       language="ar")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    wait_for_all(10_000)
    win.close()
    win.ctx.close()
    i18n.install_language(QApplication.instance(), "en")


def test_a_forged_feed_on_the_sync_screen_is_refused_in_arabic(qtbot, arabic_sync, tmp_path,
                                                              publisher, stranger,  # noqa: F811
                                                              packs) -> None:  # noqa: F811
    forged = _feed(tmp_path / "forged", publisher, [packs["regional-3"]])
    index = forged / "index.json"  # signed again by a key the root does not name
    index.write_text(json.dumps(sign_envelope(json.loads(index.read_text())["signed"],
                                              [stranger])))
    screen = _sync_screen(arabic_sync, str(forged))
    qtbot.mouseClick(screen.check_button, _left())
    qtbot.waitUntil(lambda: screen.result.text().startswith("مرفوض"), timeout=WAIT)
    said = screen.result.text()
    assert "غير موقّع من ناشر يثق به هذا الجهاز" in said
    assert "هذا غير موقّع بعدد كافٍ من المفاتيح التي يثق بها FieldKit" in said
    assert not re.search(r"[a-eg-z]{4,}", said.replace("FieldKit", "")), said  # no English


def test_a_damaged_data_file_is_named_in_arabic_when_the_window_opens(
        qtbot, library_path, data_folder) -> None:
    release()
    with UserData(data_folder):
        pass
    live = user_db_path(data_folder)
    live.write_bytes(b"\xa5" * live.stat().st_size)  # the disk ate it
    win = build_window([library_path], data_folder, language="ar")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        qtbot.waitUntil(lambda: win.banner.isVisibleTo(win), timeout=WAIT)
        assert "ملف بياناتك تالف؛ استعد نسخة احتياطية من الإعدادات." in win.banner.text()
        assert "damaged" not in win.banner.text()
    finally:
        wait_for_all(5000)
        win.close()
        win.ctx.close()
        i18n.install_language(QApplication.instance(), "en")


def test_a_wrong_passphrase_is_said_in_arabic_on_the_lock_screen_and_the_change_dialog(
        qtbot, library_path, data_folder) -> None:
    release()
    with UserData(data_folder):
        pass
    vault.set_passphrase(data_folder, PASS).forget()
    win = build_window([library_path], data_folder, language="ar")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        settle(QApplication.instance())
        screen = win.locker.screen
        screen.passphrase.setText("a wrong guess")
        screen.submit()
        qtbot.waitUntil(lambda: screen.passphrase.text() == "" and screen.status.text() != ""
                        and screen.passphrase.isEnabled(), timeout=15000)
        assert re.search("[\u0600-\u06ff]", screen.status.text())
        assert "wrong" not in screen.status.text().lower()
        screen.passphrase.setText(PASS)
        screen.submit()
        qtbot.waitUntil(lambda: not win.locker.is_locked, timeout=15000)
        settle(QApplication.instance())

        dialog = passphrase_dialog(win, CHANGE)
        dialog.show()
        dialog.old.setText("not the passphrase")
        dialog.new.setText("new words")
        dialog.repeat.setText("new words")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.ok.isEnabled(), timeout=15000)
        assert dialog.status.text() == "عبارة المرور خاطئة؛ لم يُفتح أي شيء."
        assert dialog.isVisible()  # nothing changed; the person can type it again
        dialog.reject()
    finally:
        wait_for_all(5000)
        win.close()
        win.ctx.close()
        i18n.install_language(QApplication.instance(), "en")


def test_refused_report_targets_are_said_in_spanish(qapp, language, tmp_path) -> None:
    data = tmp_path / "data"
    (data / ".private").mkdir(parents=True)
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    said = {}
    for target in (data / ".private" / "report.pdf", Path("/dev/full"), fifo):
        with pytest.raises(OutputError) as caught:
            check_output_target(target, data)
        said[target.name] = caught.value
    i18n.install_language(qapp, "es")
    assert describe_failure(said["report.pdf"]) == (
        "report.pdf está dentro de su carpeta de datos de FieldKit, donde solo escribe "
        "FieldKit; elija un archivo fuera de ella.")
    for name in ("full", "pipe.pdf"):
        assert describe_failure(said[name]) == (
            f"{name} no es un archivo normal (una carpeta, un enlace o un dispositivo); indique "
            "la ruta de un archivo para escribir.")
        assert str(said[name]).endswith("is not a regular file; give the path of a file to write")


def test_a_damaged_pack_is_named_in_french_at_start_and_in_english_on_the_cli(
        qtbot, tmp_path, publisher, packs, library_path) -> None:  # noqa: F811
    release()
    home = tmp_path / "home"
    TrustStore(home).add(parse_root(make_root(publisher)))
    install_pack(home, packs["regional-1"])
    from fieldkit.packs.readside import library_paths

    regional = next(p for p in library_paths(home, library_path)[0] if "regional" in str(p))
    regional.write_bytes(b"\xa5" * regional.stat().st_size)  # the disk ate it
    problems = library_paths(home, library_path)[1]
    assert problems == ["pack regional version 1 is damaged: skipped"]  # the CLI's words
    win = build_window(library_paths(home, library_path)[0], home, bundled=library_path,
                       language="fr")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        qtbot.waitUntil(lambda: win.banner.isVisibleTo(win), timeout=WAIT)
        assert "Le paquet regional version 1 est endommagé ; il a été ignoré." in \
            win.banner.text()
        assert "skipped" not in win.banner.text()
    finally:
        wait_for_all(5000)
        win.close()
        win.ctx.close()
        i18n.install_language(QApplication.instance(), "en")


def test_a_stick_with_a_forged_pack_reports_it_skipped_in_arabic_and_installs_the_good_one(
        qapp, tmp_path, publisher, packs) -> None:  # noqa: F811
    release()
    home = tmp_path / "home"
    TrustStore(home).add(parse_root(make_root(publisher)))
    install_pack(home, packs["regional-1"])
    stick = tmp_path / "stick"
    stick.mkdir()
    for name in ("stranger", "core-1"):
        shutil.copy(packs[name], stick / f"{name}.fkpack")
    report = sync_source(home, make_source(str(stick)), take_all=True)
    assert [r.id for r in report.installed] == ["test-core"]
    english = describe_report(report, {})
    assert "Skipped stranger.fkpack: pack regional is not signed by any trusted key." in english
    try:
        i18n.install_language(qapp, "ar")
        said = describe_report(report, {}).splitlines()
    finally:
        i18n.install_language(qapp, "en")
    assert said == ["Test core library: تم تثبيت الإصدار 1.",
                    "تم تخطي stranger.fkpack: الحزمة regional غير موقّعة بمفتاح يثق به FieldKit؛ "
                    "لم تُثبَّت."]
