"""The library export format: real files in, `ParsedRecord` or `RecordFormatError` out."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.core.errors import RecordFormatError
from fieldkit.core.importer import parse_folder, parse_record, parse_year

FIXTURES = Path(__file__).parent / "fixtures"
RECORDS = FIXTURES / "records"
LIBRARY = FIXTURES / "source" / "library"
REAL_SAMPLE = Path("/work/shared/library-format/000_9d0e50e70f0c5c83.txt")

ENGLISH = (
    "Title\nNegotiating Access\nRecord type\nManual\nContact\nA. Person\nYear\n2019\n"
    "Publisher\nCentre for Humanitarian Dialogue\nSummary\nA short summary.\n"
    "Description\nA longer description.\nKey Concepts and Takeaways\n* One\n* Two\n"
)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --- labels ------------------------------------------------------------------------------------


def test_english_labels_fill_every_field() -> None:
    r = parse_record(LIBRARY / "001_0123456789abcdef.txt")
    assert r.id == "0123456789abcdef"
    assert r.title == "Negotiating Access at Checkpoints"
    assert (r.record_type, r.contact, r.year) == ("Manual", "A. Negotiator", 2019)
    assert r.publisher == "Centre for Humanitarian Dialogue"
    assert r.summary is not None and r.summary.startswith("A practical guide")
    assert r.description is not None and "\n\nInterpreters should be briefed" in r.description
    assert r.language == "en"
    assert r.source_file == "001_0123456789abcdef.txt"
    assert r.extra == {}


def test_spanish_labels_in_another_order() -> None:
    r = parse_record(LIBRARY / "002_fedcba9876543210.txt")
    assert r.title == "Manual de negociación humanitaria"
    assert r.year == 2022  # written '2,022' and before the title
    assert r.record_type == "Manual"
    assert r.contact == "Equipo del centro"
    assert r.publisher == "Centro de Competencia en Negociación Humanitaria"
    assert r.summary is not None and r.summary.startswith("Guía para preparar")
    assert r.description is not None and "isla de acuerdo" in r.description
    assert r.key_concepts == ["Empezar por lo que ya se comparte.",
                              "Preparar escenarios con el equipo."]
    assert r.language == "es"


@pytest.mark.parametrize("labels", [
    ("Title", "Record type", "Contact", "Year", "Publisher", "Summary", "Description",
     "Key Concepts and Takeaways"),
    ("Título", "Tipo de registro", "Contacto", "Año", "Editorial", "Resumen", "Descripción",
     "Conceptos clave"),
    ("TITLE:", "record type:", "CONTACTO", "año:", "Publisher", "RESUMEN", "description",
     "Key concepts"),
])
def test_every_label_in_reverse_order(tmp_path: Path, labels: tuple[str, ...]) -> None:
    values = ("The Title", "Video", "Mike Clark", "2,021", "Imara IHG", "The summary.",
              "The description.", "* First idea")
    text = "".join(f"{label}\n{value}\n" for label, value in reversed(list(zip(labels, values,
                                                                                strict=True))))
    r = parse_record(write(tmp_path, "r.txt", text))
    assert (r.title, r.record_type, r.contact, r.year, r.publisher) == (
        "The Title", "Video", "Mike Clark", 2021, "Imara IHG")
    assert (r.summary, r.description, r.key_concepts) == (
        "The summary.", "The description.", ["First idea"])
    assert r.extra == {}


def test_unknown_labels_are_kept_in_extra() -> None:
    r = parse_record(RECORDS / "unknown_labels.txt")
    assert r.title == "Access Negotiation Field Notes"
    assert r.year == 2020
    assert r.publisher == "Field Team"
    assert r.summary == "Notes on access."
    # 'Country' opens the record: labels come in any order, unknown ones included.
    assert r.extra == {"Country": "South Sudan", "URL": "https://example.org/notes",
                       "Format": "PDF"}


def test_year_that_is_not_a_year_is_kept_in_extra(tmp_path: Path) -> None:
    r = parse_record(write(tmp_path, "r.txt", "Title\nT\nYear\nn.d.\n"))
    assert r.year is None
    assert r.extra == {"Year": "n.d."}


@pytest.mark.parametrize(("raw", "year"), [
    ("2022", 2022), ("2,022", 2022), ("2.022", 2022), ("2\u00a0022", 2022), ("c. 2019", 2019),
    ("2019-2020", 2019), ("1998", 1998), ("n.d.", None), ("", None), ("12345", None),
])
def test_parse_year(raw: str, year: int | None) -> None:
    assert parse_year(raw) == year


# --- values ------------------------------------------------------------------------------------


def test_multi_paragraph_values_keep_their_paragraphs() -> None:
    r = parse_record(RECORDS / "multi_paragraph.txt")
    assert r.summary == (
        "The first paragraph says why dialogue matters.\n\n"
        "The second paragraph says how to keep it open,\neven when a request is refused.\n\n"
        "The third paragraph follows three blank lines."
    )
    assert r.description == "One line of description."


def test_bullets_become_a_list_and_wrapped_bullets_join() -> None:
    r = parse_record(LIBRARY / "001_0123456789abcdef.txt")
    assert r.key_concepts == ["Keep dialogue open.", "Know your red lines before you leave.",
                              "Never offer payment."]


def test_missing_fields_are_none(tmp_path: Path) -> None:
    r = parse_record(write(tmp_path, "r.txt", "Title\nOnly a title\n"))
    assert r.title == "Only a title"
    assert (r.record_type, r.contact, r.year, r.publisher) == (None, None, None, None)
    assert (r.summary, r.description, r.key_concepts, r.extra) == (None, None, [], {})


def test_record_cut_off_mid_sentence_is_kept() -> None:
    path = RECORDS / "cut_off.txt"
    assert not path.read_bytes().endswith(b"\n")  # the fixture really is cut off
    r = parse_record(path)
    assert r.title == "Operational Security in Violent Environments"
    assert r.description is not None
    assert r.description.endswith("the threats that staff face, and then")


@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"], ids=["no-bom", "bom"])
@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"], ids=["lf", "crlf", "cr"])
def test_bom_and_line_endings_do_not_matter(tmp_path: Path, bom: bytes, newline: bytes) -> None:
    data = bom + ENGLISH.encode("utf-8").replace(b"\n", newline)
    r = parse_record(write(tmp_path, "r.txt", data))
    assert r.title == "Negotiating Access"  # no BOM or \r left on the first label or value
    assert r.year == 2019
    assert r.key_concepts == ["One", "Two"]
    assert "\r" not in (r.summary or "") + (r.description or "")


def test_arabic_and_accented_latin() -> None:
    r = parse_record(LIBRARY / "003_00aa11bb22cc33dd.txt")
    assert r.title == "التفاوض الإنساني في الميدان"
    assert r.summary is not None and "نقاط التفتيش" in r.summary
    assert r.language == "ar"
    assert r.year == 2021


def test_accented_labels_written_decomposed(tmp_path: Path) -> None:
    # 'Título' and 'Año' typed with combining accents (NFD), as some editors save them.
    text = "Ti\u0301tulo\nCafé con Niños\nAn\u0303o\n2,020\n"
    r = parse_record(write(tmp_path, "r.txt", text))
    assert r.title == "Café con Niños"
    assert r.year == 2020


# --- not a record ------------------------------------------------------------------------------


def test_prose_is_not_a_record() -> None:
    with pytest.raises(RecordFormatError) as info:
        parse_record(RECORDS / "prose.txt")
    assert info.value.path.name == "prose.txt"
    assert info.value.line == 1
    assert str(info.value).startswith("prose.txt, line 1: ")


@pytest.mark.parametrize(("content", "line"), [
    (b"", None),
    (b"   \n\n\t\n", None),
    (b"\xef\xbb\xbf", None),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", None),
    (bytes(range(256)), None),
    (b"Title\nGood so far\nSummary\nthen \xff\xfe bad bytes\n", 4),
    ("Title\nCaf\u00e9\n".encode("latin-1"), 2),
    ("Title\nT\n".encode("utf-16"), None),
], ids=["empty", "blank", "bom-only", "png", "all-bytes", "invalid-utf8", "latin1", "utf16"])
def test_files_that_are_not_records(tmp_path: Path, content: bytes, line: int | None) -> None:
    path = write(tmp_path, "weird.txt", content)
    with pytest.raises(RecordFormatError) as info:
        parse_record(path)
    assert info.value.path == path
    assert info.value.line == line
    assert "weird.txt" in str(info.value)
    assert info.value.reason


def test_record_without_a_title_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(RecordFormatError) as info:
        parse_record(write(tmp_path, "r.txt", "Year\n2020\nTitle\n\nSummary\nText.\n"))
    assert info.value.line == 3
    assert "title" in info.value.reason


def test_missing_file_is_a_record_format_error(tmp_path: Path) -> None:
    with pytest.raises(RecordFormatError, match=r"nothing\.txt"):
        parse_record(tmp_path / "nothing.txt")


def test_a_folder_stops_at_the_first_bad_file(tmp_path: Path) -> None:
    write(tmp_path, "001_0123456789abcdef.txt", ENGLISH)
    write(tmp_path, "002_bad.txt", b"\x00\x01")
    with pytest.raises(RecordFormatError) as info:
        parse_folder(tmp_path)
    assert info.value.path.name == "002_bad.txt"


# --- stable ids --------------------------------------------------------------------------------


def test_id_comes_from_the_hex_in_the_file_name(tmp_path: Path) -> None:
    assert parse_record(write(tmp_path, "017_D416B997C0B9E9B8.txt", ENGLISH)).id == (
        "d416b997c0b9e9b8")


def test_same_file_reimported_gives_the_same_id(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.txt", ENGLISH)
    first = parse_record(path)
    (tmp_path / "later").mkdir()
    again = parse_record(write(tmp_path / "later", "notes (1).txt", path.read_bytes()))
    assert first.id == again.id == parse_record(path).id
    assert len(first.id) == 16 and int(first.id, 16) >= 0


def test_content_id_ignores_formatting_but_not_content(tmp_path: Path) -> None:
    base = parse_record(write(tmp_path, "a.txt", ENGLISH)).id
    reformatted = "\ufeff" + ENGLISH.replace("\n", "\r\n").replace("Negotiating Access",
                                                                    "negotiating  access")
    assert parse_record(write(tmp_path, "b.txt", reformatted)).id == base
    assert parse_record(write(tmp_path, "c.txt", ENGLISH.replace("2019", "2020"))).id != base
    assert parse_record(write(tmp_path, "d.txt", ENGLISH.replace("Negotiating", "Other"))).id != (
        base)
    expected = hashlib.sha1(b"negotiating access|2019|centre for humanitarian dialogue")
    assert base == expected.hexdigest()[:16]


def test_a_name_without_hex_uses_the_content_hash(tmp_path: Path) -> None:
    named = parse_record(write(tmp_path, "001_not-hex.txt", ENGLISH))
    plain = parse_record(write(tmp_path, "whatever.txt", ENGLISH))
    assert named.id == plain.id


# --- the real export sample --------------------------------------------------------------------


def test_real_sample_from_the_library_team() -> None:
    if not REAL_SAMPLE.is_file():
        pytest.skip(f"{REAL_SAMPLE} is not on this machine")
    r = parse_record(REAL_SAMPLE)
    assert r.id == "9d0e50e70f0c5c83"
    assert r.title == ("Humanitarian Multi-Track Diplomacy. Dialogue, Advocacy, Negotiation, "
                       "Persuasion")
    assert (r.record_type, r.contact, r.year, r.publisher) == (
        "Video", "Mike Clark", 2022, "Imara IHG")
    assert r.summary is not None and r.summary.startswith("Mike Clark argues")
    assert r.description is not None and r.description.count("\n\n") == 2
    assert len(r.key_concepts) == 8
    assert r.key_concepts[0] == "“To be a humanitarian is to be a diplomat.”"
    # The export stops mid-sentence; what is there is kept.
    assert r.key_concepts[-1].endswith("achieving humanitarian objectives through:")
    assert r.extra == {}
    assert r.language == "en"


# --- property: any bytes in, a record or RecordFormatError out ---------------------------------

_LABELISH = st.sampled_from(["Title", "Título", "Year", "Año", "Summary", "Key Concepts",
                             "* ", "Description", "URL", "\r\n", "\n", "\ufeff", "2,022", ":"])
_TEXTISH = st.lists(st.one_of(_LABELISH, st.text(max_size=30)), max_size=30).map("\n".join)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.one_of(_TEXTISH.map(lambda t: t.encode("utf-8")), st.binary(max_size=300)))
def test_any_content_gives_a_record_or_record_format_error(tmp_path: Path,
                                                           content: bytes) -> None:
    path = tmp_path / "fuzz.txt"
    path.write_bytes(content)
    try:
        r = parse_record(path)
    except RecordFormatError as exc:
        assert exc.path == path
        assert str(exc).startswith("fuzz.txt")
    else:
        assert r.title.strip() == r.title and r.title
        assert r.id and r.source_file == "fuzz.txt"
        assert r.year is None or 1000 <= r.year <= 2100
