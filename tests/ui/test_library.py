"""Library: lazy list on the real library, filters narrow it, detail, bookmark and note persist."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from fieldkit.ui.models.roles import Roles

CCHN_ES = "Manual del CCHN sobre negociación humanitaria"


def _open_library(window, qtbot):
    library = window.views["library"]
    window.show_view("library")
    qtbot.waitUntil(lambda: library._facets is not None and not library.model.is_loading())
    return library


def _titles(library) -> list[str]:
    return [library.model.index(r).data(Roles.Title) for r in range(library.model.rowCount())]


def test_library_lists_every_record_in_title_order(window, qtbot) -> None:
    library = _open_library(window, qtbot)
    titles = _titles(library)
    assert len(titles) == window.ctx.libs.count(library.filters())
    assert titles == sorted(titles, key=str.casefold)
    assert "Getting to Yes: Negotiating Agreement Without Giving In" in titles
    # The first record shows in the detail pane.
    qtbot.waitUntil(lambda: library.detail.record is not None)
    assert library.detail.record.title == titles[0]


def _record_ids(window) -> list[str]:
    return [h.id for h in window.ctx.libs.browse(limit=1000) if h.kind == "record"]


def test_filters_and_query_narrow_results(window, qtbot) -> None:
    library = _open_library(window, qtbot)
    everything = library.model.rowCount()
    library.type_box.setCurrentIndex(library.type_box.findData("Book"))
    qtbot.waitUntil(lambda: not library.model.is_loading()
                    and 0 < library.model.rowCount() < everything)
    hits = [library.model.hit(r) for r in range(library.model.rowCount())]
    assert {h.record_type for h in hits} == {"Book"}
    library.type_box.setCurrentIndex(0)
    library.language_box.setCurrentIndex(library.language_box.findData("es"))
    spanish = sorted((r.title for r in map(window.ctx.libs.record, _record_ids(window))
                      if r.language == "es"), key=str.casefold)
    assert CCHN_ES in spanish
    qtbot.waitUntil(lambda: sorted(_titles(library), key=str.casefold) == spanish)
    library.language_box.setCurrentIndex(0)
    library.year_from.setValue(2015)
    qtbot.waitUntil(lambda: not library.model.is_loading() and library.model.rowCount() > 0)
    assert all(library.model.hit(r).year >= 2015 for r in range(library.model.rowCount()))
    library.year_from.setValue(library.year_from.minimum())
    qtbot.keyClicks(library.query, "armed groups")
    qtbot.waitUntil(lambda: not library.model.is_loading()
                    and "Guidelines on Humanitarian Negotiations with Armed Groups"
                    in _titles(library) and library.model.rowCount() < everything)


def test_activate_opens_a_record_with_all_its_fields(window, qtbot) -> None:
    libs = window.ctx.libs
    hit = libs.search("getting to yes").hits[0]
    window.show_view("library", record_id=hit.id)
    detail = window.views["library"].detail
    qtbot.waitUntil(lambda: detail.record is not None and detail.record.id == hit.id)
    record = libs.record(hit.id)
    assert record.title in detail.title_label.text()
    assert "<li>" in detail.concepts_label.text()
    assert record.key_concepts[0][:20] in detail.concepts_label.text()
    assert str(record.year) in detail.meta_label.text()


def test_detail_shows_the_record_language(window, qtbot) -> None:
    window.show_view("library", record_id="4a9a0f70d4ed6391")  # the IFRC policy in Arabic
    detail = window.views["library"].detail
    qtbot.waitUntil(lambda: detail.record is not None and detail.record.id == "4a9a0f70d4ed6391")
    assert detail.record.language == "ar"
    assert "language: العربية" in detail.meta_label.text()  # its name in itself
    assert detail.meta_label.text().startswith("Policy · ")


def test_bookmark_and_note_persist_across_a_new_window(window, qtbot, library_path: Path,
                                                       data_folder: Path) -> None:
    from fieldkit.ui.app import build_window
    from fieldkit.ui.worker import wait_for_all

    record = window.ctx.libs.search("getting to yes").hits[0]
    window.show_view("library", record_id=record.id)
    detail = window.views["library"].detail
    qtbot.waitUntil(lambda: detail.record is not None and detail.record.id == record.id)
    qtbot.mouseClick(detail.bookmark, Qt.MouseButton.LeftButton)
    assert detail.is_bookmarked()
    detail.note.setFocus()
    qtbot.keyClicks(detail.note, "Ask M. about the Kabul chapter")
    qtbot.waitUntil(lambda: detail.note_status.text() == "Saved", timeout=5000)
    wait_for_all(5000)
    window.close()
    window.ctx.close()

    again = build_window([library_path], data_folder)
    qtbot.addWidget(again)
    again.show()
    try:
        again.show_view("library", record_id=record.id)
        detail2 = again.views["library"].detail
        qtbot.waitUntil(lambda: detail2.record is not None and detail2.record.id == record.id)
        assert detail2.is_bookmarked()
        assert detail2.note.toPlainText() == "Ask M. about the Kabul chapter"
        library = again.views["library"]
        library.bookmarked.setChecked(True)
        qtbot.waitUntil(lambda: _titles(library) == [record.title])
    finally:
        wait_for_all(5000)
        again.close()
        again.ctx.close()


def test_a_filter_that_leaves_the_shown_record_out_never_keeps_it(window, qtbot) -> None:
    library = _open_library(window, qtbot)
    qtbot.waitUntil(lambda: library.detail.record is not None)
    first = library.detail.record
    index = library.language_box.findData("es")
    assert index > 0 and first.language != "es"
    library.language_box.setCurrentIndex(index)
    qtbot.waitUntil(lambda: not library.model.is_loading()
                    and library.detail.record is not None
                    and library.detail.record.id != first.id, timeout=5000)
    assert library.detail.record.id in [library.model.hit(r).id
                                        for r in range(library.model.rowCount())]
    library.bookmarked.setChecked(True)  # nothing bookmarked: an empty list, an empty pane
    qtbot.waitUntil(lambda: not library.model.is_loading() and library.model.rowCount() == 0)
    qtbot.waitUntil(lambda: library.detail.record_id is None, timeout=5000)
    assert not library.detail.note.isEnabled()


def test_clear_filters_brings_everything_back_in_one_step(window, qtbot) -> None:
    library = _open_library(window, qtbot)
    everything = library.model.rowCount()
    assert not library.clear_button.isEnabled()
    library.type_box.setCurrentIndex(1)
    library.year_from.setValue(2015)
    qtbot.waitUntil(lambda: not library.model.is_loading())
    assert library.clear_button.isEnabled() and library.model.rowCount() < everything
    library.clear_button.click()
    qtbot.waitUntil(lambda: not library.model.is_loading()
                    and library.model.rowCount() == everything)
    assert library.filters().year_from is None and library.type_box.currentIndex() == 0
    assert not library.clear_button.isEnabled()
