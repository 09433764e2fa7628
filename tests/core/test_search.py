"""Search through `LibrarySet`: one query over records, checklists and prompts, in one or more
content DBs. Reads the session-built fixture libraries (see tests/conftest.py)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlalchemy.exc import SQLAlchemyError

from fieldkit.core.build import build_library
from fieldkit.core.errors import LibraryError, NotFoundError
from fieldkit.core.library import LibrarySet
from fieldkit.core.search import KINDS, MARK_CLOSE, MARK_OPEN, Filters, SearchResult

EN_MANUAL = "0123456789abcdef"  # 'Negotiating Access at Checkpoints', 2019, Manual
ES_MANUAL = "fedcba9876543210"  # 'Manual de negociación humanitaria', 2022, Manual, es
AR_VIDEO = "00aa11bb22cc33dd"  # Arabic title and summary, 2021, Video
ROAD_REPORT = "aaaabbbbccccdddd"  # 'Staying Safe on the Road': 'roadblock' three times in the body
ROAD_TITLE = "1111222233334444"  # 'Roadblock Etiquette for Drivers': 'roadblock' in the title only
PACK_RECORD = "9999888877776666"  # in the regional pack


def ids(result: SearchResult, kind: str | None = None) -> list[str]:
    return [h.id for h in result.hits if kind is None or h.kind == kind]


@pytest.fixture(scope="module")
def both(shared_library_path: Path, shared_pack_path: Path) -> Iterator[LibrarySet]:
    with LibrarySet([shared_library_path, shared_pack_path]) as library_set:
        yield library_set


# --- matching --------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["negociacion", "NEGOCIACION", "Negociación", "negociación"])
def test_accent_and_case_insensitive(libs: LibrarySet, query: str) -> None:
    assert ES_MANUAL in ids(libs.search(query))


def test_unaccented_text_is_found_by_an_accented_query(libs: LibrarySet) -> None:
    # 'Centro de Competencia': the query carries accents the text does not have.
    assert ES_MANUAL in ids(libs.search("cómpetencia"))


@pytest.mark.parametrize("query", ["NEGOTIATING ACCESS", "negotiating access", "nEgOtIaTiNg"])
def test_case_insensitive(libs: LibrarySet, query: str) -> None:
    assert ids(libs.search(query))[0] == EN_MANUAL


@pytest.mark.parametrize("query", ["التفاوض", "الحوار", "التفا", "نقاط التفتيش"])
def test_arabic_text_is_searchable(libs: LibrarySet, query: str) -> None:
    assert ids(libs.search(query)) == [AR_VIDEO]


def test_last_word_matches_as_a_prefix(libs: LibrarySet) -> None:
    assert EN_MANUAL in ids(libs.search("negot"))
    assert EN_MANUAL in ids(libs.search("keep dial"))
    # Only the last word is a prefix; a trailing space ends the word.
    assert EN_MANUAL not in ids(libs.search("negot "))
    assert EN_MANUAL not in ids(libs.search("negot access"))


def test_every_word_must_match(libs: LibrarySet) -> None:
    assert set(ids(libs.search("roadblock drivers"))) == {ROAD_REPORT, ROAD_TITLE}
    assert ids(libs.search("roadblock interpreters")) == []


def test_title_match_ranks_above_body_only_match(libs: LibrarySet) -> None:
    result = libs.search("roadblock", Filters(kinds=("record",)))
    assert ids(result) == [ROAD_TITLE, ROAD_REPORT]
    assert result.hits[0].score < result.hits[1].score  # bm25: lower is better
    assert result.total == 2 and result.total_is_exact


def test_snippets_mark_the_matched_words(libs: LibrarySet) -> None:
    hit = next(h for h in libs.search("interp").hits if h.id == EN_MANUAL)
    assert f"{MARK_OPEN}Interpreters{MARK_CLOSE}" in hit.snippet
    marked = hit.marked_snippet("<b>", "</b>")
    assert "<b>Interpreters</b>" in marked
    assert MARK_OPEN not in marked and MARK_CLOSE not in marked


def test_snippet_marks_every_query_word(libs: LibrarySet) -> None:
    hit = libs.search("slow down roadblock").hits[0]
    marked = re.findall(f"{MARK_OPEN}(.*?){MARK_CLOSE}", hit.snippet)
    assert {w.casefold() for w in marked} >= {"slow", "down", "roadblock"}


def test_one_query_searches_records_checklists_items_and_prompts(libs: LibrarySet) -> None:
    found = {(h.kind, h.id) for h in libs.search("checkpoint", limit=50).hits}
    assert ("record", EN_MANUAL) in found
    assert ("checklist", "checkpoint") in found
    assert ("checklist", "checkpoint") in {(h.kind, h.id) for h in libs.search("spokesperson").hits}
    assert [(h.kind, h.id) for h in libs.search("eldest").hits] == [("prompt", "greet-elders")]


def test_hits_carry_their_facets(libs: LibrarySet) -> None:
    hit = libs.search("roadblock etiquette").hits[0]
    assert (hit.id, hit.kind) == (ROAD_TITLE, "record")
    assert hit.title == "Roadblock Etiquette for Drivers"
    assert (hit.record_type, hit.year, hit.publisher) == (
        "Guidance note", 2010, "Humanitarian Practice Network")
    assert hit.library_id == "test-core"


def test_limit_and_offset_page_through_results(libs: LibrarySet) -> None:
    everything = ids(libs.search("the", limit=100))
    assert len(everything) >= 4
    assert ids(libs.search("the", limit=2)) == everything[:2]
    assert ids(libs.search("the", limit=2, offset=2)) == everything[2:4]


# --- filters ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "filters", "expected"), [
    ("the", Filters(kinds=("record",)), {EN_MANUAL, ROAD_REPORT, ROAD_TITLE}),
    ("eld", Filters(kinds=("prompt",)), {"greet-elders", "elders-speak-first"}),
    ("checkpoint", Filters(kinds=("checklist",)), {"checkpoint"}),
    ("the", Filters(record_types=("Report",)), {ROAD_REPORT}),
    ("manual", Filters(record_types=("Manual",)), {EN_MANUAL, ES_MANUAL}),
    ("the", Filters(kinds=("record",), year_from=2015, year_to=2019), {EN_MANUAL, ROAD_REPORT}),
    ("the", Filters(year_to=2014), {ROAD_TITLE}),
    ("manual", Filters(year_from=2020), {ES_MANUAL}),
    ("the", Filters(publishers=("ICRC",)), {ROAD_REPORT}),
    ("roadblock", Filters(publishers=("ICRC", "Humanitarian Practice Network")),
     {ROAD_REPORT, ROAD_TITLE}),
    ("manual", Filters(languages=("es",)), {ES_MANUAL}),
    ("manual", Filters(kinds=("record",), languages=("en",)), {EN_MANUAL}),
    ("imara", Filters(languages=("ar",)), {AR_VIDEO}),
    ("the", Filters(publishers=("Nobody",)), set()),
])
def test_filters(libs: LibrarySet, query: str, filters: Filters, expected: set[str]) -> None:
    result = libs.search(query, filters, limit=50)
    assert set(ids(result)) == expected
    assert result.total == len(expected)


def test_unfiltered_search_finds_more_than_filtered(libs: LibrarySet) -> None:
    assert len(libs.search("the", limit=50).hits) > len(
        libs.search("the", Filters(kinds=("record",)), limit=50).hits)


def test_browse_count_and_facets(libs: LibrarySet) -> None:
    records = libs.browse(Filters(kinds=("record",)), limit=3)
    titles = [h.title for h in records]
    assert titles == sorted(titles, key=str.casefold) and len(titles) == 3
    rest = libs.browse(Filters(kinds=("record",)), limit=10, after=records[-1])
    assert len(rest) == 2 and not {h.id for h in rest} & {h.id for h in records}
    assert libs.count(Filters(kinds=("record",), year_from=2020)) == 2
    facets = libs.facets()
    assert facets.record_types == ["Guidance note", "Manual", "Report", "Video"]
    assert "ICRC" in facets.publishers and "Imara IHG" in facets.publishers
    assert facets.languages == ["ar", "en", "es"]
    assert (facets.year_min, facets.year_max) == (2010, 2022)


# --- several content DBs as one --------------------------------------------------------------


def test_two_libraries_search_as_one(both: LibrarySet) -> None:
    result = both.search("negotiat", limit=50)
    found = ids(result)
    assert len(found) == len(set(found))  # ids unique across the set
    assert EN_MANUAL in found and PACK_RECORD in found
    by_id = {h.id: h.library_id for h in result.hits}
    assert (by_id[EN_MANUAL], by_id[PACK_RECORD]) == ("test-core", "regional")
    scores = [h.score for h in result.hits]
    assert scores == sorted(scores)


def test_two_libraries_read_as_one(both: LibrarySet) -> None:
    assert [i.id for i in both.infos] == ["test-core", "regional"]
    assert both.record(PACK_RECORD).title == "Clinic Access Negotiation Notes"
    assert both.record(EN_MANUAL).year == 2019
    assert [c.id for c in both.checklists()] == ["checkpoint", "community-meeting", "clinic-visit"]
    assert both.checklist("clinic-visit").phases[0].items[0].prompts == ["clinic-shoes"]
    assert [p.id for p in both.prompts(ids=["clinic-shoes", "greet-elders"])] == [
        "clinic-shoes", "greet-elders"]
    assert {p.id for p in both.prompts(context="clinic")} == {"dress-modest", "clinic-shoes"}
    assert [t.id for t in both.topics()] == ["age-hierarchy", "dress", "clinic-manners"]
    assert both.count(Filters(kinds=("record",))) == 6
    assert ids(both.search("shoes")) == ["clinic-shoes"]


def test_unknown_ids_raise_not_found(both: LibrarySet) -> None:
    for call in (both.record, both.checklist, both.prompt):
        with pytest.raises(NotFoundError):
            call("no-such-id")


@pytest.fixture
def core_and_copy(shared_library_path: Path, tmp_path: Path) -> Iterator[LibrarySet]:
    """The core library, then a 'copy' pack holding one of its records among unrelated ones,
    where that record scores better (rarer term, shorter document)."""
    src = tmp_path / "copy"
    (src / "library").mkdir(parents=True)
    (src / "library.toml").write_text('id = "copy"\ntitle = "Copy"\n', "utf-8")
    shutil.copy(Path(__file__).parent / "fixtures" / "source" / "library" /
                f"005_{ROAD_TITLE}.txt", src / "library")
    for n in range(10):
        (src / "library" / f"{n:03}_{n:016x}.txt").write_text(
            f"Title\nUnrelated note {n}\nSummary\nNothing about roads.\n", "utf-8")
    copy = build_library(src, tmp_path / "copy.sqlite").path
    with LibrarySet([shared_library_path, copy]) as library_set:
        yield library_set


def test_an_id_in_two_libraries_is_shown_once(core_and_copy: LibrarySet) -> None:
    found = ids(core_and_copy.search("roadblock", limit=50))
    assert sorted(found) == sorted([ROAD_TITLE, ROAD_REPORT])
    assert core_and_copy.record(ROAD_TITLE).publisher == "Humanitarian Practice Network"


def test_an_id_in_two_libraries_is_taken_from_the_first(core_and_copy: LibrarySet) -> None:
    hit = next(h for h in core_and_copy.search("roadblock").hits if h.id == ROAD_TITLE)
    assert hit.library_id == "test-core"


# --- the content DB is read-only -------------------------------------------------------------


def test_reading_never_writes_the_content_db(library_path: Path) -> None:
    before = library_path.read_bytes()
    with LibrarySet([library_path]) as lib_set:
        lib_set.search("checkpoint")
        lib_set.checklist("checkpoint")
        with pytest.raises(SQLAlchemyError), lib_set.libraries[0].engine.connect() as conn:
            conn.exec_driver_sql("DELETE FROM records")
    assert library_path.read_bytes() == before


@pytest.mark.parametrize("call", ["record", "search", "prompts"])
def test_a_damaged_library_raises_library_error(damaged_library_path: Path, call: str) -> None:
    with LibrarySet([damaged_library_path]) as lib_set, pytest.raises(LibraryError) as info:
        if call == "record":
            lib_set.record(EN_MANUAL)
        elif call == "search":
            lib_set.search("negotiating")
        else:
            lib_set.prompts()
    assert info.value.path == damaged_library_path


@pytest.mark.parametrize("content", [b"", b"not a database at all\n", b"SQLite format 3\x00junk"])
def test_a_file_that_is_not_a_library(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fake.sqlite"
    path.write_bytes(content)
    with pytest.raises(LibraryError) as info:
        LibrarySet([path])
    assert info.value.path == path


def test_missing_library_and_no_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError, match="does not exist"):
        LibrarySet([tmp_path / "missing.sqlite"])
    with pytest.raises(LibraryError):
        LibrarySet([])


# --- whatever the user types -----------------------------------------------------------------

_SPECIAL = st.sampled_from([
    '"', "'", "AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR/2", "*", "-", "^", ":", "(", ")", "{",
    "}", "[", "]", "+", "\\", "/", "title:", "body:", "search_fts", "``", "…", "¿", "\t", "\n",
    " ", "negoc", "roadblock", "التفاوض", "é", "\u0301", "\u200b", "\ufeff", "🙂", "%", "_",
])
_QUERY = st.one_of(
    st.text(alphabet=st.characters(blacklist_characters="\x00"), max_size=40),
    st.lists(st.one_of(_SPECIAL, st.text(alphabet=st.characters(blacklist_characters="\x00"),
                                         max_size=6)), max_size=40).map("".join),
    st.lists(_SPECIAL, min_size=1, max_size=2000).map(" ".join),
)


def _check_result(result: SearchResult) -> None:
    assert isinstance(result, SearchResult)
    assert result.total >= len(result.hits)
    assert all(h.kind in KINDS and h.id and h.title for h in result.hits)


@settings(max_examples=200, deadline=None)
@given(query=_QUERY)
@example('"unbalanced')
@example("NEAR(checkpoint roadblock, 2)")
@example("title: checkpoint")
@example("-checkpoint ^road* OR (NOT manual)")
@example("a" * 10_000)
@example(("NEAR( " * 2000)[:10_000])
@example('"' * 10_000)
@example(" ".join(["checkpoint"] * 1000))
@example("")
@example("   ")
@example("*")
def test_any_text_searches_without_raising(both: LibrarySet, query: str) -> None:
    _check_result(both.search(query))
    _check_result(both.search(query, Filters(kinds=("record",), year_from=2000), limit=5))


@settings(max_examples=50, deadline=None)
@given(query=_QUERY)
def test_any_text_searches_one_library_without_raising(shared_library_path: Path,
                                                       query: str) -> None:
    with LibrarySet([shared_library_path]) as lib_set:
        _check_result(lib_set.search(query))


def test_special_characters_are_searched_as_text(libs: LibrarySet) -> None:
    # FTS5 syntax is quoted: 'NOT' is a word to find, not an operator excluding 'manual'.
    assert set(ids(libs.search("manual NOT"))) <= set(ids(libs.search("manual")))
    assert ids(libs.search("roadblock OR")) == []  # no document has the word 'or'
    assert EN_MANUAL in ids(libs.search('"negotiating" (access)'))
    assert EN_MANUAL in ids(libs.search("negotiating: access*"))


@pytest.mark.parametrize("query", ["a\x00b", "checkpoint\x00"])
def test_nul_character_searches_without_raising(libs: LibrarySet, query: str) -> None:
    _check_result(libs.search(query))
