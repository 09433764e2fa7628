"""The report's words in every language: complete tables, same placeholders, and the HTML
says its language and direction; content keeps its own direction inside."""

from __future__ import annotations

import re

import pytest

from fieldkit.core.report import render_report
from fieldkit.core.report_labels import LABELS, LANGUAGES, report_labels, text_direction


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{(\w+)\}", text))


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_every_label_is_translated_with_the_same_placeholders(language: str) -> None:
    english, table = LABELS["en"], LABELS[language]
    assert set(table) == set(english)
    for key, text in table.items():
        assert text.strip(), key
        assert _fields(text) == _fields(english[key]), key
        if key not in {"note", "col_note"} or language != "fr":  # « Note » is French too
            assert text != english[key] or key in {"no", "answer_no"}, key


def test_unknown_language_falls_back_to_english() -> None:
    assert report_labels("de") == LABELS["en"]
    assert report_labels(None)["checklist"] == "Checklist"


def test_text_direction_from_the_first_strong_letter() -> None:
    assert text_direction("Plan the route.") == "ltr"
    assert text_direction("٣ — خطة الطريق") == "rtl"
    assert text_direction("— 42") == "auto"


def test_an_arabic_report_is_right_to_left_with_arabic_words(user_data, libs) -> None:
    run = user_data.runs.start(libs.checklist("checkpoint"))
    first = run.items[0]
    user_data.runs.tick(run.id, first.id)
    shown = user_data.runs.get(run.id)
    html = render_report(shown, user_data.runs.events(run.id), language="ar")
    assert html.startswith("<!DOCTYPE html><html lang='ar' dir='rtl'>")
    for word in ("قائمة التحقق", "التقدم", "التسلسل الزمني", "✔ نعم", "بدأت الجولة"):
        assert word in html
    for english in (">Checklist<", ">Progress<", ">Timeline<", "Run started"):
        assert english not in html
    # the English checklist text keeps its own direction inside the Arabic report
    assert f"<div dir='ltr'>{first.text}" in html.replace("&#x27;", "'")
    english_html = render_report(shown, user_data.runs.events(run.id))
    assert "lang='en' dir='ltr'" in english_html and ">Checklist<" in english_html


def test_an_arabic_worksheet_report(user_data, libs) -> None:
    from fieldkit.core.sheet_report import render_sheet_report

    sheet = user_data.sheets.start(libs.worksheet("debrief"), "Km 42", library=libs.infos[0])
    user_data.sheets.set_value(sheet.id, "place", "Km 42")
    html = render_sheet_report(user_data.sheets.get(sheet.id), language="ar")
    assert "lang='ar' dir='rtl'" in html
    assert "ورقة العمل" in html and "من 5 حقلًا" in html and "آخر تعديل" in html
    assert ">Worksheet<" not in html and "fields" not in html
