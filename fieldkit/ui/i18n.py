"""The app's language: which one (command line, Settings, the system), its translators (ours
and Qt's own), its direction, its default QLocale and the bundled Arabic font, set up once
before the first window.

Holds no text of its own and never touches the user DB; the choice is read from display.json.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from fieldkit.core.paths import assets_dir

LANGUAGES = ("en", "es", "fr", "ar")
# Each language's name in itself: what a person looks for in a list of languages.
LANGUAGE_NAMES = {"en": "English", "es": "Español", "fr": "Français", "ar": "العربية"}
RTL_LANGUAGES = frozenset({"ar"})
SOURCE_LANGUAGE = "en"
# Contexts for strings outside any class (module functions, tables of names); any other
# context must be the name of a class in the file that uses it (tests/ui/test_i18n_extraction).
DECLARED_CONTEXTS = frozenset({"SearchResults", "Settings", "ReportExport", "Worker",
                               "Reports", "ErrorText"})
ARABIC_FONT = "Noto Sans Arabic UI"

# Installed translators must outlive the call that installs them (Qt keeps a raw pointer).
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return assets_dir() / "translations"


def fonts_dir() -> Path:
    return assets_dir() / "fonts"


def normalize_language(value: str | None) -> str | None:
    """'ar', 'ar_EG', 'fr-CA', 'ES' -> the shipped language; None if not one of ours."""
    if not value:
        return None
    code = value.strip().replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else None


def system_language() -> str:
    """The first of the system's preferred UI languages that FieldKit ships, else English."""
    for name in QLocale.system().uiLanguages():
        code = normalize_language(name)
        if code:
            return code
    return SOURCE_LANGUAGE


def choose_language(requested: str | None, saved: str | None) -> str:
    """`--lang` beats the Settings choice, which beats the system's language."""
    return normalize_language(requested) or normalize_language(saved) or system_language()


def is_rtl(language: str) -> bool:
    return language in RTL_LANGUAGES


def qt_translations_dir() -> Path:
    """Qt's own catalogues (qtbase_ar.qm...): in PySide6's folder, or the package's copy."""
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_language(app: QCoreApplication, language: str) -> list[str]:
    """Install FieldKit's and Qt's translators for `language`, set the default QLocale and the
    layout direction. Returns the catalogues loaded: English loads its plurals only
    (fieldkit_en: '%n record(s)' reads '1 record', '3 records'; Qt's own text is English).
    Call it again to switch: the previous translators are removed first."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    loaded: list[str] = []
    catalogues = [(translations_dir(), f"fieldkit_{language}")]
    if language != SOURCE_LANGUAGE:
        catalogues.append((qt_translations_dir(), f"qtbase_{language}"))
    for folder, name in catalogues:
        translator = QTranslator(app)
        if translator.load(name, str(folder)) and app.installTranslator(translator):
            _installed.append(translator)
            loaded.append(name)
    QLocale.setDefault(locale_for(language))
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(language)
                               else Qt.LayoutDirection.LeftToRight)
    app.setProperty("fieldkit_language", language)
    return loaded


def locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks `language` (its date order and digits); else
    the language's plain default, except Arabic: ar_AE, i.e. Modern Standard month names with
    Western digits, the digits the field content (km 42, phone numbers) and reports use."""
    system = QLocale.system()
    if normalize_language(system.name()) == language:
        return system
    return QLocale("ar_AE" if language == "ar" else language)


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("fieldkit_language") if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else SOURCE_LANGUAGE


def register_fonts(app: QGuiApplication, language: str = SOURCE_LANGUAGE,
                   folder: Path | None = None) -> list[str]:
    """Add the bundled fonts and chain Noto Sans Arabic UI with the app's own face: after it (so
    Latin keeps its face and Arabic falls through to a font that shapes it), or first when
    the app is in Arabic, so Arabic is always set in the font the package brings. Returns the
    families added."""
    families: list[str] = []
    for path in sorted((folder or fonts_dir()).glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id)
                         if f not in families]
    if ARABIC_FONT in QFontDatabase.families():
        font = QFont(app.font())
        font.setFamilies(font_chain(app, language))
        app.setFont(font)
    return families


def font_chain(app: QGuiApplication, language: str) -> list[str]:
    # The family actually in use, not a generic alias like "Sans Serif" (Qt skips names it
    # cannot match, and the Arabic face would then set every Latin letter); found once.
    latin = app.property("fieldkit_latin_family")
    if not isinstance(latin, str) or not latin:
        latin = QFontInfo(app.font()).family()
        app.setProperty("fieldkit_latin_family", latin)
    return [ARABIC_FONT, latin] if is_rtl(language) else [latin, ARABIC_FONT]


def direction_flag(text: str) -> int:
    """QPainter.drawText's flag that lays `text` out in its own direction, whatever the
    widget's: an English item in the Arabic app reads "Confirm the movement.", not
    ".Confirm the movement"."""
    if text_direction(text) == Qt.LayoutDirection.RightToLeft:
        return int(Qt.TextFlag.TextForceRightToLeft)
    return int(Qt.TextFlag.TextForceLeftToRight)


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction a paragraph reads in, from its first strong character (Unicode's rule):
    English inside the Arabic app stays left to right, and the other way round."""
    for ch in text:
        if "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc":
            return Qt.LayoutDirection.RightToLeft
        if ch.isalpha():
            return Qt.LayoutDirection.LeftToRight
    return QGuiApplication.layoutDirection()
