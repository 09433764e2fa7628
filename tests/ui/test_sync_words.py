"""What the packs code reports on Sync and Pass it on, said in the user's language: the relay's
lines (what was copied, what was left out and why), a delta refused, a pack left for a stale
source, an install's steps and the relay's refusals. The core hands codes and fields (the CLI
keeps its English sentences); real packs, real feeds, real copies, in French, Spanish, Arabic."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldkit.core.errors import FieldKitError
from fieldkit.packs.feed import add_packs, write_root
from fieldkit.packs.install import KEPT_PACK, install_pack, installed_packs, packs_dir
from fieldkit.packs.manifest import create_pack
from fieldkit.packs.progress import (
    STEP_BACKUP,
    STEP_INDEXING,
    STEP_NO_BACKUP,
    STEP_SWITCHING,
    STEP_UNPACKING,
)
from fieldkit.packs.readside import library_paths
from fieldkit.packs.relay import relay
from fieldkit.packs.signing import SigningKey
from fieldkit.packs.sources import FolderSource
from fieldkit.packs.sync import sync_source
from fieldkit.packs.trust import TrustStore, parse_root
from fieldkit.ui import i18n
from fieldkit.ui.app import build_window, settle
from fieldkit.ui.models.packs import install_step
from fieldkit.ui.sync_tasks import describe_report
from fieldkit.ui.worker import describe_failure, wait_for_all
from tests.packs.conftest import SOURCE, make_root, packs, publisher, stranger  # noqa: F401
from tests.packs.test_http import _big_source

WAIT = 30_000


@pytest.fixture
def speak(qapp) -> Iterator:
    def use(language: str) -> None:
        assert i18n.install_language(qapp, language)

    yield use
    i18n.install_language(qapp, "en")


def _home(folder: Path, key: SigningKey) -> Path:
    TrustStore(folder).add(parse_root(make_root(key)))
    return folder


@pytest.fixture
def half_kept(tmp_path: Path, publisher: SigningKey, packs: dict[str, Path]) -> Path:  # noqa: F811
    """A device with regional 3 from a feed, and test-core 1 whose signed file it no longer
    holds (as a pack installed by a FieldKit that kept none): the one it cannot pass on."""
    feed = tmp_path / "feed"
    write_root(feed, [publisher.public], 1, [publisher])
    add_packs(feed, [packs["regional-3"], packs["core-1"]], publisher)
    home = _home(tmp_path / "home", publisher)
    sync_source(home, FolderSource(feed), take_all=True)
    core = next(p for p in installed_packs(home) if p.id == "test-core")
    (packs_dir(home) / core.id / core.current.dir / KEPT_PACK).unlink()
    return home


def test_the_relay_report_is_said_in_french_and_the_cli_keeps_english(
        qtbot, half_kept: Path, library_path: Path, tmp_path: Path) -> None:
    english = relay(half_kept, tmp_path / "cli-stick")
    assert [str(w) for w in english.written] == ["regional version 3 (full pack)"]
    assert english.left_out == ["pack test-core version 1 was installed before FieldKit kept "
                                "the signed files: sync it again to pass it on"]
    assert english.as_json()["written"] == ["regional version 3 (full pack)"]

    win = build_window(library_paths(half_kept, library_path)[0], half_kept,
                       bundled=library_path, language="fr")
    qtbot.addWidget(win)
    try:
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        win.show_view("sync")
        panel = win.views["sync"].pass_on
        stick = tmp_path / "CLÉ USB"
        panel.copy_to(stick)
        qtbot.waitUntil(lambda: not panel.is_copying, timeout=WAIT)
        lines = [line.lstrip("\u200e\u200f") for line in panel.copy_result.text().splitlines()]
        assert lines[0] == f"1 mise à jour copiée vers \u2066{stick}\u2069 :"
        assert lines[1] == "• regional version 3 (paquet complet)"
        assert lines[2] == ("Non copié : le paquet test-core version 1 a été installé avant que "
                            "FieldKit ne conserve ses fichiers signés ; synchronisez-le de "
                            "nouveau pour le transmettre")
        for english_word in ("Copied", "full pack", "was installed", "sync it again"):
            assert english_word not in panel.copy_result.text()
        settle(QApplication.instance())
        out = Path(os.environ.get("FIELDKIT_SHOTS", tmp_path))
        out.mkdir(parents=True, exist_ok=True)
        assert panel.grab().save(str(out / "pass-on-left-out-fr.png"))
    finally:
        wait_for_all(10_000)
        win.close()
        win.ctx.close()
        i18n.install_language(QApplication.instance(), "en")


def test_the_relay_refusals_are_said_in_spanish(speak, tmp_path: Path,
                                                publisher: SigningKey) -> None:  # noqa: F811
    empty = _home(tmp_path / "empty", publisher)
    (tmp_path / "notes.txt").write_text("not a folder")
    refused = {}
    for name, dest in (("nothing", tmp_path / "stick"), ("inside", empty / "packs-copy"),
                       ("file", tmp_path / "notes.txt")):
        with pytest.raises(FieldKitError) as caught:
            relay(empty, dest)
        refused[name] = caught.value
    assert str(refused["nothing"]) == "no packs are installed: there is nothing to pass on"
    speak("es")
    assert describe_failure(refused["nothing"]) == (
        "No hay ningún paquete instalado en este portátil, así que no hay nada que pasar a "
        "otros.")
    assert describe_failure(refused["inside"]) == (
        "Las actualizaciones nunca se copian en la carpeta de datos de FieldKit; elija una "
        "unidad USB u otra carpeta.")
    assert describe_failure(refused["file"]) == (
        "notes.txt no es una carpeta; elija una unidad o una carpeta.")


@pytest.fixture
def cut_delta(tmp_path: Path, publisher: SigningKey) -> tuple[Path, Path]:  # noqa: F811
    """A device with 'big' version 1, and a feed whose delta to version 2 is cut short (so it
    is refused and the full pack fetched instead)."""
    source = _big_source(tmp_path / "src")
    create_pack(source, publisher, "big", 1, tmp_path / "b1.fkpack")
    shutil.copy(next((SOURCE / "library").glob("*.txt")), source / "library")
    create_pack(source, publisher, "big", 2, tmp_path / "b2.fkpack")
    create_pack(source, publisher, "big", 2, tmp_path / "b12.fkpack", base=tmp_path / "b1.fkpack")
    feed = tmp_path / "feed"
    write_root(feed, [publisher.public], 1, [publisher])
    index = add_packs(feed, [tmp_path / "b2.fkpack", tmp_path / "b12.fkpack"], publisher)
    delta = feed / index.packs["big"].deltas[1].file
    delta.write_bytes(delta.read_bytes()[:-100])
    home = _home(tmp_path / "home", publisher)
    install_pack(home, tmp_path / "b1.fkpack")
    return home, feed


def test_a_refused_delta_and_a_pack_left_by_a_stale_source_are_said_in_french(
        speak, cut_delta: tuple[Path, Path], tmp_path: Path, publisher: SigningKey,  # noqa: F811
        packs: dict[str, Path]) -> None:  # noqa: F811
    home, feed = cut_delta
    refused = sync_source(home, FolderSource(feed))
    assert [r.version for r in refused.installed] == [2] and refused.via_delta == []
    assert refused.skipped[0].startswith("big: delta refused (")  # the CLI's words

    # an out-of-date source: the pack this device does not have is left
    stale = tmp_path / "stale"
    write_root(stale, [publisher.public], 1, [publisher])
    add_packs(stale, [packs["regional-3"], packs["core-1"]], publisher, expires_in_days=0)
    other = _home(tmp_path / "other", publisher)
    install_pack(other, packs["regional-1"])
    left = sync_source(other, FolderSource(stale), take_all=True, accept_stale=True)
    assert left.skipped == ["test-core: not installed, and the index is stale"]

    english = describe_report(refused, {}) + "\n" + describe_report(left, {})
    assert "big: delta refused (" in english and "not installed, and the index is stale" in english
    speak("fr")
    said = describe_report(refused, {}).splitlines() + describe_report(left, {}).splitlines()
    assert said[1] == ("big : le téléchargement des seules modifications a été refusé ; le "
                       "paquet complet a été téléchargé à la place.")
    assert "test-core n'a pas été installé : la source n'est pas à jour." in said
    assert not any(word in line for line in said
                   for word in ("refused", "fetching", "not installed", "stale", "Skipped"))


def test_the_sync_screen_says_a_refused_delta_in_arabic_right_to_left(
        qtbot, cut_delta: tuple[Path, Path], library_path: Path, tmp_path: Path) -> None:
    home, feed = cut_delta
    win = build_window(library_paths(home, library_path)[0], home, bundled=library_path,
                       language="ar")
    qtbot.addWidget(win)
    try:
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        win.show_view("sync")
        screen = win.views["sync"]
        screen.source.setText(str(feed))
        screen.source.textEdited.emit(str(feed))
        qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(screen.install_button.isEnabled, timeout=WAIT)
        qtbot.mouseClick(screen.install_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "big:" in screen.result.text(), timeout=WAIT)
        lines = screen.result.text().splitlines()
        # every line opens with a right-to-left mark: a line that starts with a pack's name
        # still reads from the right
        assert lines and all(line.startswith("\u200f") for line in lines)
        assert "\u200fbig: رُفض تنزيل التغييرات وحدها، فنُزّلت الحزمة كاملةً بدلًا منها." in lines
        assert "refused" not in screen.result.text()
        settle(QApplication.instance())
        out = Path(os.environ.get("FIELDKIT_SHOTS", tmp_path))
        out.mkdir(parents=True, exist_ok=True)
        assert win.grab().save(str(out / "sync-delta-refused-ar.png"))
    finally:
        wait_for_all(10_000)
        win.close()
        win.ctx.close()
        i18n.install_language(QApplication.instance(), "en")


def test_every_install_step_the_core_says_has_words_in_each_language(
        speak, tmp_path: Path, publisher: SigningKey, packs: dict[str, Path]) -> None:  # noqa: F811
    heard: list[str] = []
    install_pack(_home(tmp_path / "home", publisher), packs["regional-1"],
                 progress=heard.append)
    assert heard and set(heard) <= {STEP_BACKUP, STEP_NO_BACKUP, STEP_UNPACKING, STEP_INDEXING,
                                    STEP_SWITCHING}
    steps = [STEP_BACKUP, STEP_NO_BACKUP, STEP_UNPACKING, STEP_INDEXING, STEP_SWITCHING]
    assert install_step(STEP_UNPACKING) == "unpacking"
    assert install_step("something new") == "something new"
    for language, unpacking in (("es", "desempaquetando"), ("fr", "décompression"),
                                ("ar", "فك الحزمة")):
        speak(language)
        said = [install_step(s) for s in steps]
        assert said[2] == unpacking
        assert not set(said) & set(steps), said


def test_what_changed_in_the_library_is_said_in_arabic_and_french(speak) -> None:
    from fieldkit.ui.library_swap import LibraryState, describe_change

    before = LibraryState(b"1", {"regional": (1, "Regional"), "old": (2, "Old pack")}, 10)
    after = LibraryState(b"2", {"regional": (3, "Regional"), "new": (1, "New pack")}, 22)
    assert describe_change(before, after) == (
        "Library updated: New pack installed (version 1); Regional updated to version 3; "
        "Old pack removed; 12 records added.")
    assert describe_change(after, before).endswith("; 12 records removed.")
    speak("fr")
    assert describe_change(before, after) == (
        "Bibliothèque mise à jour : New pack installé (version 1) ; Regional mis à jour vers la "
        "version 3 ; Old pack supprimé ; 12 fiches ajoutées.")
    speak("ar")
    assert describe_change(before, after) == (
        "تم تحديث المكتبة: تم تثبيت New pack (الإصدار 1)؛ تم تحديث Regional إلى الإصدار 3؛ "
        "تمت إزالة Old pack؛ أُضيف 12 سجلًا.")
    assert describe_change(after, after) == "أُعيد تحميل المكتبة."


def test_an_unexpected_problem_is_said_in_spanish_in_the_window(speak, tmp_path: Path,
                                                                capsys) -> None:
    from fieldkit.ui.app import _last_resort_hook

    shown: list[str] = []
    hook = _last_resort_hook(tmp_path, lambda text, error: shown.append(text))
    speak("es")
    try:
        raise KeyError("slot bug")
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert capsys.readouterr().err.startswith("fieldkit: error: An unexpected problem (KeyError)")
    assert shown and shown[0].startswith("Un problema inesperado (KeyError); los detalles están "
                                         "en ")
