"""The UI catalogues: every string translated in es/fr/ar (the completeness check), compiled
and installed with Qt's own, Arabic right to left with its bundled font; English's own
catalogue of plurals ('1 record', '3 records'), kept by the same pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QGuiApplication

from fieldkit.ui import i18n
from fieldkit.ui.i18n_check import (
    CATALOGUES,
    check_all,
    check_language,
    read_ts,
    release,
    update_english,
)


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
    assert [c.language for c in coverage] == list(CATALOGUES) == ["en", "es", "fr", "ar"]
    for cov in coverage:
        assert cov.problems == [], cov.problems[:5]
        assert cov.done == cov.total and cov.percent == 100.0
        # English holds only the plurals; the others every string
        assert (20 < cov.total < 100) if cov.language == "en" else cov.total > 400


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


def test_english_loads_only_its_plurals_and_reads_left_to_right(qapp, compiled) -> None:
    i18n.install_language(qapp, "ar")
    assert i18n.install_language(qapp, "en") == ["fieldkit_en"]  # no qtbase_en: Qt is English
    assert QCoreApplication.translate("MainWindow", "Home") == "Home"
    said = [QCoreApplication.translate("LibraryScreen", "%n record(s)", "", n) for n in (0, 1, 3)]
    assert said == ["0 records", "1 record", "3 records"]
    assert QCoreApplication.translate("SearchResultsModel", "See all %n library results", "",
                                      1) == "See the 1 library result"  # worded by hand
    assert QGuiApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_english_check_wants_every_plural_in_two_forms_and_nothing_else(tmp_path) -> None:
    source = Path(i18n.translations_dir()) / "fieldkit_en.ts"
    text = source.read_text("utf-8")
    for old, new in (
            ("<numerusform>%n record</numerusform>", "<numerusform>%n record(s)</numerusform>"),
            ("<numerusform>%n hour ago</numerusform>\n", ""),
            ("<context>\n    <name>LibraryScreen</name>\n", "<context>\n    <name>LibraryScreen"
             "</name>\n    <message>\n        <source>Library</source>\n        <translation>"
             "Library</translation>\n    </message>\n")):
        assert old in text, old
        text = text.replace(old, new, 1)
    broken = tmp_path / "fieldkit_en.ts"
    broken.write_text(text, "utf-8")
    expected = read_ts(source)
    cov = check_language("en", expected, broken)
    report = "\n".join(cov.problems)
    assert "[LibraryScreen] '%n record(s)': a form still reads '(s)'" in report
    assert "[RecentRunsModel] '%n hour(s) ago': needs its singular and plural forms" in report
    assert "[LibraryScreen] 'Library': not a plural" in report
    assert cov.total == len(expected) and cov.done == cov.total - 2
    assert check_language("en", expected, source).problems == []


def test_a_top_up_adds_new_plurals_to_english_and_keeps_forms_worded_by_hand(tmp_path) -> None:
    """`make translations`: a plural the code gained gets its '(s)' forms (a translator of the
    English may reword them later); forms already written stay; only plurals are kept."""
    source = Path(i18n.translations_dir()) / "fieldkit_en.ts"
    text = source.read_text("utf-8")
    gone = ("    <message numerus=\"yes\">\n        <source>%n prompt(s)</source>\n"
            "        <translation>\n            <numerusform>%n prompt</numerusform>\n"
            "            <numerusform>%n prompts</numerusform>\n        </translation>\n"
            "    </message>\n")
    assert gone in text
    copy = tmp_path / "fieldkit_en.ts"
    copy.write_text(text.replace(gone, "", 1), "utf-8")
    update_english(copy)
    held = {(m.context, m.source): m for m in read_ts(copy)}
    assert held[("TopicListModel", "%n prompt(s)")].translations == ["%n prompt", "%n prompts"]
    assert held[("SearchResultsModel", "See all %n library results")].translations == [
        "See the %n library result", "See all %n library results"]
    assert all(m.numerus and m.finished for m in held.values())
    assert copy.read_text("utf-8") == text


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
