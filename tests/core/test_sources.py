"""Checklist and prompt sources (TOML): good files load, any malformed one is a SourceError."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.core.errors import SourceError
from fieldkit.core.sources import load_checklist, load_topic

SOURCE = Path(__file__).parent / "fixtures" / "source"


def test_fixture_checklist_loads() -> None:
    c = load_checklist(SOURCE / "checklists" / "checkpoint.toml")
    assert (c.id, c.title, c.setting, c.language) == (
        "checkpoint", "Convoy stopped at a checkpoint", "checkpoint", "en")
    assert [(p.id, [i.id for i in p.items]) for p in c.phases] == [
        ("before", ["movement-notified", "letters"]), ("at", ["hands-visible", "spokesperson"])]
    first = c.phases[0].items[0]
    assert (first.kind, first.prompts, first.detail) == ("critical", ["greet-elders"], None)
    assert c.phases[0].items[1].kind == "check"  # the default


def test_fixture_topic_loads() -> None:
    t = load_topic(SOURCE / "prompts" / "age-hierarchy.toml")
    assert (t.id, t.title, t.language) == ("age-hierarchy", "Age hierarchy", "en")
    p = t.prompts[0]
    assert (p.id, p.do, p.avoid, p.ask) == ("greet-elders", ["Use titles",
                                                             "Wait to be invited to sit"],
                                            ["Addressing a junior person first"],
                                            ["Who is the most senior person here?"])
    assert p.contexts == ["checkpoint", "community-meeting"]


CHECKLIST_HEAD = 'id = "c"\ntitle = "T"\n'
PHASE = '[[phases]]\nid = "p"\ntitle = "P"\n'


@pytest.mark.parametrize(("text", "words"), [
    ("id = \n", "not valid TOML"),
    ('title = "T"\n' + PHASE, "'id'"),
    ('id = "Not Valid"\ntitle = "T"\n' + PHASE, "lowercase"),
    (CHECKLIST_HEAD, "at least one [[phases]]"),
    (CHECKLIST_HEAD + "phases = [1, 2]\n", "'phases' must be a list"),
    (CHECKLIST_HEAD + 'phases = "before"\n', "'phases' must be a list"),
    (CHECKLIST_HEAD + PHASE + 'items = "abc"\n', "'items' must be a list"),
    (CHECKLIST_HEAD + PHASE + "items = [1]\n", "'items' must be a list"),
    (CHECKLIST_HEAD + 'setting = "beach"\n' + PHASE, "beach"),
    (CHECKLIST_HEAD + "language = 3\n" + PHASE, "'language'"),
    (CHECKLIST_HEAD + PHASE + '[[phases.items]]\nid = "i"\n', "'text'"),
    (CHECKLIST_HEAD + PHASE + '[[phases.items]]\nid = "i"\ntext = "x"\nkind = "urgent"\n',
     "urgent"),
    (CHECKLIST_HEAD + PHASE + '[[phases.items]]\nid = "i"\ntext = "x"\nprompts = "a"\n',
     "'prompts' must be a list of texts"),
    (CHECKLIST_HEAD + PHASE + '[[phases.items]]\nid = "i"\ntext = "x"\n'
     '[[phases.items]]\nid = "i"\ntext = "y"\n', "used twice"),
])
def test_malformed_checklists(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(SourceError) as info:
        load_checklist(path)
    assert info.value.path == path
    assert str(info.value).startswith("bad.toml: ")
    assert words in str(info.value)


@pytest.mark.parametrize(("text", "words"), [
    ("[[prompts]]\n", "'topic'"),
    ('topic = "Bad Topic"\n', "lowercase"),
    ('topic = "t"\nprompts = "x"\n', "'prompts' must be a list"),
    ('topic = "t"\nprompts = [1]\n', "'prompts' must be a list"),
    ('topic = "t"\ntopic_title = 5\n', "'topic_title'"),
    ('topic = "t"\nlanguage = ["en"]\n', "'language'"),
    ('topic = "t"\n[[prompts]]\nid = "p"\ntitle = "T"\n', "'text'"),
    ('topic = "t"\n[[prompts]]\nid = "p"\ntitle = "T"\ntext = "x"\ncontexts = ["beach"]\n',
     "beach"),
    ('topic = "t"\n[[prompts]]\nid = "p"\ntitle = "T"\ntext = "x"\ndo = [1]\n', "'do'"),
])
def test_malformed_topics(tmp_path: Path, text: str, words: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, "utf-8")
    with pytest.raises(SourceError, match=r"^bad\.toml: ") as info:
        load_topic(path)
    assert words in str(info.value)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes('topic = "caf\u00e9"\n'.encode("latin-1"))
    with pytest.raises(SourceError, match=r"latin\.toml"):
        load_topic(path)


# --- property: any TOML document is a source or a SourceError --------------------------------

_KEYS = st.sampled_from(["id", "title", "text", "detail", "kind", "prompts", "phases", "items",
                         "setting", "language", "summary", "topic", "topic_title", "do",
                         "avoid", "ask", "contexts"])
_SCALARS = st.one_of(
    st.sampled_from(["c", "p", "i", "t", "check", "critical", "checkpoint", "clinic", "en",
                     "", "Bad Id"]),
    st.text(max_size=8), st.integers(-3, 3), st.booleans(), st.floats(allow_nan=False,
                                                                      allow_infinity=False))


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value)  # JSON string escapes are valid TOML basic strings
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"


_ANY = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=5)), max_leaves=20)


def _mostly(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Usually the well-formed value, sometimes anything at all: mistakes deep in the file."""
    return st.one_of(good, good, good, _ANY)


_ITEM = st.fixed_dictionaries(
    {"id": _mostly(st.sampled_from(["i", "j", "k"])), "text": _mostly(st.just("Do it."))},
    optional={"kind": _mostly(st.sampled_from(["check", "critical"])), "detail": _ANY,
              "prompts": _mostly(st.lists(st.sampled_from(["a", "b"]), max_size=2))})
_PHASE = st.fixed_dictionaries(
    {"id": _mostly(st.just("p")), "title": _mostly(st.just("P")),
     "items": _mostly(st.lists(_mostly(_ITEM), max_size=3))})
_CHECKLIST = st.fixed_dictionaries(
    {"id": _mostly(st.just("c")), "title": _mostly(st.just("T")),
     "phases": _mostly(st.lists(_mostly(_PHASE), max_size=3))},
    optional={"setting": _mostly(st.just("clinic")), "language": _mostly(st.just("en")),
              "summary": _ANY})
_PROMPT = st.fixed_dictionaries(
    {"id": _mostly(st.sampled_from(["a", "b"])), "title": _mostly(st.just("T")),
     "text": _mostly(st.just("Say hello."))},
    optional={key: _mostly(st.lists(st.just("x"), max_size=2)) for key in ("do", "avoid", "ask")}
    | {"contexts": _mostly(st.lists(st.sampled_from(["clinic", "checkpoint"]), max_size=2))})
_TOPIC = st.fixed_dictionaries(
    {"topic": _mostly(st.just("t")), "prompts": _mostly(st.lists(_mostly(_PROMPT), max_size=3))},
    optional={"topic_title": _mostly(st.just("Topic")), "language": _mostly(st.just("en"))})


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=st.one_of(_CHECKLIST, _TOPIC, st.dictionaries(_KEYS, _ANY, max_size=8)))
def test_any_toml_document_loads_or_is_a_source_error(tmp_path: Path,
                                                      doc: dict[str, Any]) -> None:
    path = tmp_path / "fuzz.toml"
    path.write_text("".join(f"{k} = {_toml_value(v)}\n" for k, v in doc.items()), "utf-8")
    for load in (load_checklist, load_topic):
        try:
            loaded = load(path)
        except SourceError as exc:
            assert exc.path == path
        else:
            assert isinstance(loaded.id, str) and loaded.id
