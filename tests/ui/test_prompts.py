"""The prompts screen: topics (with "Choose your track"), cards, and the setting filter."""

from __future__ import annotations

from fieldkit.core.userdata import UserData
from fieldkit.ui.models.roles import Roles


def _open(qtbot, window, **params):
    window.show_view("prompts", **params)
    view = window.views["prompts"]
    qtbot.waitUntil(lambda: view.topics.rowCount() > 0 and view.current_prompt() is not None,
                    timeout=5000)
    return view


def test_topics_and_cards(qtbot, window):
    view = _open(qtbot, window, topic="tracks")
    titles = [view.topics.index(r).data(Roles.Title) for r in range(view.topics.rowCount())]
    assert "Choose your track" in titles and "Age hierarchy" in titles
    card = view.card
    assert card.title.text() == "Dialogue: keep a channel open"
    sections = card.sections.text()
    assert "Do" in sections and "Avoid" in sections and "Ask yourself" in sections
    assert "Only making contact when you want something" in sections


def test_setting_filters_prompts_and_is_saved(qtbot, window, data_folder):
    view = _open(qtbot, window, topic="age-hierarchy")
    assert view.prompts.rowCount() == 5
    view.setting.setCurrentIndex(view.setting.findData("clinic"))
    view.setting.activated.emit(view.setting.currentIndex())
    qtbot.waitUntil(lambda: view.prompts.rowCount() == 4, timeout=5000)
    shown = [view.prompts.prompt(r) for r in range(view.prompts.rowCount())]
    assert all("clinic" in p.contexts for p in shown)
    assert "When the negotiator is young" not in {p.title for p in shown}
    assert "Clinic" in view.filter_note.text()
    with UserData(data_folder) as user:
        assert user.setting("context") == "clinic"


def test_a_prompt_asked_for_by_id_shows_even_outside_the_filter(qtbot, window):
    window.ctx.user.set_setting("context", "clinic")
    view = _open(qtbot, window, prompt_id="age-young-negotiator")
    assert view.card.title.text() == "When the negotiator is young"
    assert view.empty.isVisible()
