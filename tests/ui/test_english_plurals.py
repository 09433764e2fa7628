"""English reads its counts as English: '1 record', '3 records', '13 items', never '1 record(s)'.
The app installs its English catalogue of plurals (assets/translations/fieldkit_en.ts) as it does
the other languages' catalogues; checked here through the real screens on the real library."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from fieldkit.ui.app import settle
from fieldkit.ui.models.roles import Roles

WAIT = 10_000


def _records(window, n: int) -> list[tuple[str, str]]:
    hits = [h for h in window.ctx.libs.browse(limit=50) if h.kind == "record"][:n]
    assert len(hits) == n
    return [(h.id, window.ctx.libs.record(h.id).title) for h in hits]


def test_the_library_counts_one_record_then_three_records(window, qtbot) -> None:
    library = window.views["library"]
    window.show_view("library")
    qtbot.waitUntil(lambda: library._facets is not None and not library.model.is_loading(),
                    timeout=WAIT)
    first, *others = _records(window, 3)
    window.ctx.user.set_bookmark(*first)
    library.bookmarked.setChecked(True)  # the bookmarked records only: one
    qtbot.waitUntil(lambda: library.count_label.text() == "1 record", timeout=WAIT)
    for record in others:
        window.ctx.user.set_bookmark(*record)
    library.reload()
    qtbot.waitUntil(lambda: library.count_label.text() == "3 records", timeout=WAIT)
    library.bookmarked.setChecked(False)  # the whole library
    qtbot.waitUntil(lambda: re.fullmatch(r"\d\d+ records( shown, more as you scroll)?",
                                         library.count_label.text()) is not None, timeout=WAIT)


def test_the_checklists_screen_counts_items_in_english(window, qtbot) -> None:
    view = window.views["checklists"]
    window.show_view("checklists")
    for row in range(view.checklists.rowCount()):
        view.list.setCurrentIndex(view.checklists.index(row))
        checklist = window.ctx.libs.checklist(view.checklists.index(row).data(Roles.Id))
        qtbot.waitUntil(lambda c=checklist: c.phases[0].title in view.phases.text(),
                        timeout=WAIT)
        shown = re.sub(r"<[^>]+>", " ", view.phases.text())
        assert "(s)" not in shown
        for phase in checklist.phases:
            n = len(phase.items)
            assert f"{n} item{'' if n == 1 else 's'}" in shown


def test_the_worksheet_list_and_the_share_choices_read_as_english(window, qtbot) -> None:
    window.show_view("worksheets")
    sheets = window.views["worksheets"]
    model = sheets.list.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=WAIT)
    metas = [model.index(r).data(Roles.Meta) for r in range(model.rowCount())]
    assert all("(s)" not in m for m in metas)
    assert any(re.fullmatch(r"\d+ fields to fill in", m) for m in metas), metas
    window.show_view("sync")
    pass_on = window.views["sync"].pass_on
    settle(QApplication.instance())
    assert [pass_on.minutes.itemText(i) for i in range(pass_on.minutes.count())] == [
        "for 15 minutes", "for 30 minutes", "for 60 minutes"]


def test_every_plural_reads_without_brackets_in_english(qapp) -> None:
    """Each `%n` message of the code (as extracted into the Spanish catalogue, which holds
    every string), said for 1 and for 3 with the English catalogue installed."""
    from fieldkit.ui.i18n import translations_dir
    from fieldkit.ui.i18n_check import read_ts

    messages = [m for m in read_ts(translations_dir() / "fieldkit_es.ts") if m.numerus]
    assert len(messages) > 20
    for m in messages:
        for n in (1, 3):
            said = QCoreApplication.translate(m.context, m.source, "", n)
            assert "(s)" not in said and str(n) in said, (m.source, said)
