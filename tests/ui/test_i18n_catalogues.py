"""The UI catalogues: every string translated in es/fr/ar (the completeness check), compiled
and installed with Qt's own, Arabic right to left with its bundled font."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QGuiApplication

from fieldkit.ui import i18n
from fieldkit.ui.i18n_check import TARGETS, check_all, check_language, read_ts, release


@pytest.fixture(scope="module")
def compiled() -> None:
    release()  # what `make setup` does: .qm from each .ts when missing or older


@pytest.fixture
def restore_language(qapp):
    yield
    i18n.install_language(qapp, "en")


def test_every_ui_string_has_a_finished_translation_in_each_language(capsys) -> None:
    extraction, coverage = check_all()
    assert extraction == []
    assert [c.language for c in coverage] == list(TARGETS)
    for cov in coverage:
        assert cov.problems == [], cov.problems[:5]
        assert cov.total > 400 and cov.done == cov.total and cov.percent == 100.0


def test_the_check_reports_gaps_english_leftovers_and_broken_placeholders(tmp_path) -> None:
    source = Path(i18n.translations_dir()) / "fieldkit_es.ts"
    text = source.read_text("utf-8")
    text = text.replace("<translation>Restaurar la copia elegida</translation>",
                        "<translation type=\"unfinished\"></translation>", 1)
    text = text.replace("<translation>Versión %1</translation>",
                        "<translation>Versión</translation>", 1)
    text = text.replace("<translation>Ayuda</translation>", "<translation>Help</translation>", 1)
    text = text.replace("<translation>O iniciar una &amp;nueva ejecución, con nombre "
                        "(opcional):</translation>", "<translation>O iniciar una nueva "
                        "ejecución, con nombre (opcional):</translation>", 1)
    broken = tmp_path / "fieldkit_es.ts"
    broken.write_text(text, "utf-8")
    expected = read_ts(source)
    cov = check_language("es", expected, broken)
    report = "\n".join(cov.problems)
    assert "'Restore the chosen backup': no translation" in report
    assert "'Version %1': placeholders or & accelerators differ" in report
    assert "'Help': identical to English" in report
    assert "'Or start a &new run, named (optional):': placeholders or & accelerators" in report
    assert cov.done == cov.total - 4


@pytest.mark.parametrize("language, home, cancel", [
    ("es", "Inicio", "Cancelar"), ("fr", "Accueil", "Annuler"), ("ar", "الرئيسية", "ألغِ")])
def test_installing_a_language_translates_our_strings_and_qts_own(
        qapp, compiled, restore_language, language, home, cancel) -> None:
    loaded = i18n.install_language(qapp, language)
    assert loaded == [f"fieldkit_{language}", f"qtbase_{language}"]
    assert QCoreApplication.translate("MainWindow", "Home") == home
    # a standard dialog button, from Qt's own catalogue
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    assert QLocale().name().startswith(language)
    rtl = language == "ar"
    assert (QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft) is rtl
    assert i18n.current_language() == language


def test_english_loads_no_catalogue_and_reads_left_to_right(qapp, compiled) -> None:
    i18n.install_language(qapp, "ar")
    assert i18n.install_language(qapp, "en") == []
    assert QCoreApplication.translate("MainWindow", "Home") == "Home"
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_language_choice_order_and_codes() -> None:
    assert i18n.normalize_language("ar_EG") == "ar"
    assert i18n.normalize_language("fr-CA") == "fr"
    assert i18n.normalize_language("de") is None
    assert i18n.choose_language("es", "fr") == "es"  # --lang beats Settings
    assert i18n.choose_language(None, "fr") == "fr"  # Settings beat the system
    assert i18n.choose_language(None, "") == i18n.system_language()
    assert i18n.system_language() in i18n.LANGUAGES


def test_the_bundled_arabic_font_is_registered_behind_the_app_font(qapp) -> None:
    # the app's face without the Arabic font (an earlier test may have put it first)
    plain = QFont(qapp.font())
    plain.setFamilies([f for f in plain.families() if f != i18n.ARABIC_FONT] or ["Sans"])
    height = QFontMetrics(plain).height()
    families = i18n.register_fonts(qapp)
    assert i18n.ARABIC_FONT in families
    assert i18n.ARABIC_FONT in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    assert qapp.font().families()[-1] == i18n.ARABIC_FONT  # behind the Latin face
    assert QFontInfo(qapp.font()).family() != i18n.ARABIC_FONT
    assert QFontMetrics(qapp.font()).height() == height  # English layouts unchanged
    i18n.register_fonts(qapp, "ar")
    assert qapp.font().families()[0] == i18n.ARABIC_FONT  # Arabic in the bundled font
    i18n.register_fonts(qapp, "en")
    assert QFontMetrics(qapp.font()).height() == height
    assert (Path(i18n.fonts_dir()) / "OFL.txt").is_file()


def test_text_direction_follows_the_first_strong_letter() -> None:
    assert i18n.text_direction("Confirm the movement.") == Qt.LayoutDirection.LeftToRight
    assert i18n.text_direction("« تأكيد الحركة.") == Qt.LayoutDirection.RightToLeft
    assert i18n.text_direction("42 — نقطة تفتيش") == Qt.LayoutDirection.RightToLeft


def test_painted_text_is_forced_to_its_own_direction() -> None:
    """The run list paints item text itself: under the Arabic layout an English item must be
    laid out left to right, or it reads ".Confirm the movement"."""
    assert i18n.direction_flag("Confirm the movement.") == int(Qt.TextFlag.TextForceLeftToRight)
    assert i18n.direction_flag("أكّد التحرك.") == int(Qt.TextFlag.TextForceRightToLeft)
