"""The library's filters and a record's facts in the user's language: record types by their
translated names ('Report' -> 'Rapport'), a record's language by its name in itself ('ar' ->
'العربية'), never a bare English word or code; the filter still selects by the stored value."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from fieldkit.ui import i18n
from fieldkit.ui.app import build_window
from fieldkit.ui.worker import wait_for_all

WAIT = 10_000
ARABIC_POLICY = "4a9a0f70d4ed6391"  # the IFRC policy in Arabic


def test_filters_and_facts_speak_french(qtbot, library_path, data_folder) -> None:
    win = build_window([library_path], data_folder, language="fr")
    qtbot.addWidget(win)
    try:
        win.show()
        qtbot.waitExposed(win)
        library = win.views["library"]
        win.show_view("library")
        qtbot.waitUntil(lambda: library._facets is not None, timeout=WAIT)
        types = {library.type_box.itemData(i): library.type_box.itemText(i)
                 for i in range(1, library.type_box.count())}
        assert types["Report"] == "Rapport" and types["Book"] == "Livre"
        assert types["Handbook"] == "Guide pratique" and types["Manual"] == "Manuel"
        assert not {"Report", "Book", "Guidelines", "Policy"} & set(types.values())
        languages = {library.language_box.itemData(i): library.language_box.itemText(i)
                     for i in range(1, library.language_box.count())}
        assert languages == {"ar": "العربية", "en": "English", "es": "Español",
                             "fr": "Français"}
        # the filter selects by the stored value
        library.type_box.setCurrentIndex(library.type_box.findData("Report"))
        qtbot.waitUntil(lambda: not library.model.is_loading()
                        and library.model.rowCount() > 0, timeout=WAIT)
        assert {library.model.hit(r).record_type for r in range(library.model.rowCount())} \
            == {"Report"}

        win.show_view("library", record_id=ARABIC_POLICY)
        detail = library.detail
        qtbot.waitUntil(lambda: detail.record is not None and detail.record.id == ARABIC_POLICY,
                        timeout=WAIT)
        meta = detail.meta_label.text()
        assert meta.startswith("Politique · ") and "العربية" in meta
        assert "Policy" not in meta and ": ar" not in meta
    finally:
        wait_for_all(5000)
        win.close()
        win.ctx.close()
        i18n.install_language(QApplication.instance(), "en")
