"""The shipped content in `data/`: ids users' runs depend on, reachability, complete records, and
the safety fixes that must never quietly come back undone (life before property, no photos,
calling base, neutral wording...). Reads the sources directly; no database, no Qt."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from fieldkit.core.importer import parse_record
from fieldkit.core.sources import ChecklistSource, ItemSource, load_checklist, load_topic

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
README = DATA / "README.md"
HOME_VIEW = ROOT / "fieldkit" / "ui" / "views" / "home.py"
SHIPPED_IDS = Path(__file__).parent / "fixtures" / "item_ids_534b299.json"
CHECK_LOCALLY = "Check locally: common patterns, not rules."
HOME_TOPIC = "tracks"  # the topic Home's "Choose your track" card opens


def _checklists() -> dict[str, ChecklistSource]:
    return {c.id: c for c in map(load_checklist, sorted((DATA / "checklists").glob("*.toml")))}


def _topics():
    return {t.id: t for t in map(load_topic, sorted((DATA / "prompts").glob("*.toml")))}


def _prompts():
    return {p.id: p for t in _topics().values() for p in t.prompts}


def _items(checklist_id: str) -> dict[str, ItemSource]:
    return {i.id: i for phase in _checklists()[checklist_id].phases for i in phase.items}


def _phase_items(checklist_id: str, phase_id: str) -> list[ItemSource]:
    phase = next(p for p in _checklists()[checklist_id].phases if p.id == phase_id)
    return phase.items


def _full(item: ItemSource) -> str:
    return f"{item.text} {item.detail or ''}".lower()


def _retired() -> set[str]:
    """`checklist/item` ids listed under 'Retired item ids' in data/README.md."""
    text = README.read_text("utf-8")
    match = re.search(r"^## Retired item ids\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert match, "data/README.md has no 'Retired item ids' section"
    return set(re.findall(r"^- `([a-z0-9-]+/[a-z0-9-]+)`", match.group(1), re.M))


# --- ids, reachability, complete records ---------------------------------------------------

def test_every_shipped_item_id_still_exists_or_is_retired() -> None:
    shipped = json.loads(SHIPPED_IDS.read_text("utf-8"))
    assert sum(map(len, shipped.values())) == 67  # the list itself must not shrink
    current = {c.id: {i.id for p in c.phases for i in p.items} for c in _checklists().values()}
    retired = _retired()
    missing = [f"{cid}/{iid}" for cid, ids in shipped.items() for iid in ids
               if iid not in current.get(cid, set()) and f"{cid}/{iid}" not in retired]
    assert missing == [], f"item ids gone without being listed as retired: {missing}"


def test_retired_ids_are_not_reused() -> None:
    current = {f"{c.id}/{i.id}" for c in _checklists().values() for p in c.phases
               for i in p.items}
    assert _retired() & current == set()


def test_every_prompt_is_reachable_from_a_checklist_or_home() -> None:
    # Home's "Choose your track" card opens the tracks topic: its prompts are reachable there.
    assert f'topic="{HOME_TOPIC}"' in HOME_VIEW.read_text("utf-8")
    linked = {pid for c in _checklists().values() for p in c.phases for i in p.items
              for pid in i.prompts}
    on_home = {p.id for p in _topics()[HOME_TOPIC].prompts}
    unreachable = sorted(set(_prompts()) - linked - on_home)
    assert unreachable == [], f"prompts nobody can reach: {unreachable}"


def test_every_record_has_title_year_publisher_and_language() -> None:
    files = sorted((DATA / "library").glob("*.txt"))
    assert len(files) >= 35
    languages = set()
    for path in files:
        record = parse_record(path)
        assert record.title and record.year and record.publisher, path.name
        raw = path.read_text("utf-8")
        label = re.search(r"^(?:Language|Idioma)\n(en|es|fr|ar)\s*$", raw, re.M)
        assert label, f"{path.name}: no explicit Language / Idioma label with en, es, fr or ar"
        assert record.language == label.group(1)
        languages.add(record.language)
    assert {"en", "es", "fr", "ar"} <= languages


def test_replaced_edition_points_to_its_successor() -> None:
    old = parse_record(DATA / "library" / "007_9443b34b39ba38bc.txt")
    assert "replaced" in (old.summary or "").lower()
    assert "Humanitarian Security Risk Management" in (old.summary or "")
    successors = [parse_record(p) for p in (DATA / "library").glob("*.txt")]
    assert any(r.year == 2025 and r.title.startswith("Humanitarian Security Risk Management")
               for r in successors)


# --- checkpoint safety -------------------------------------------------------------------

@pytest.mark.parametrize("item_id", ["red-lines-known", "payment-demand", "no-bribes",
                                     "if-threatened"])
def test_red_lines_never_read_as_a_duty_to_resist(item_id: str) -> None:
    item = _items("checkpoint")[item_id]
    assert item.kind == "critical"
    assert "comply" in _full(item), item_id


def test_red_lines_item_says_life_before_property_and_organisation_policy() -> None:
    text = _full(_items("checkpoint")["red-lines-known"])
    assert "never resist" in text and "life before property" in text
    assert "your organisation" in text and "example" in text


def test_negotiation_prompt_puts_life_before_property() -> None:
    prompt = _prompts()["track-negotiation"]
    text = " ".join([prompt.text, *prompt.do, *prompt.avoid]).lower()
    assert "never a duty to resist force" in text and "comply" in text


def test_no_photos_is_critical_before_departure_and_at_the_checkpoint() -> None:
    for phase in ("before", "at-checkpoint"):
        items = [i for i in _phase_items("checkpoint", phase)
                 if "no photos" in i.text.lower() and i.kind == "critical"]
        assert items, f"no critical no-photos item in phase {phase!r}"


def test_calling_base_only_with_permission_and_never_during_questioning() -> None:
    items = _items("checkpoint")
    inform = _full(items["inform-base"])
    assert "permission" in inform and "never during questioning or a search" in inform
    assert "missed" in _full(items["missed-check-in-agreed"])
    assert items["report-approach"].kind == "critical"
    assert "phone" not in _full(items["hands-visible"])
    assert "base" not in " ".join(_prompts()["gender-searches"].do).lower()


def test_papers_can_look_like_affiliation() -> None:
    assert "affiliation" in _full(_items("checkpoint")["authorisation-letters"])


def test_turning_back_safely() -> None:
    items = _items("checkpoint")
    text = _full(items["no-forced-passage"])
    for words in ("never force or bypass", "u-turn", "verges", "ask"):
        assert words in text, words
    assert "who may order a turn-back" in _full(items["alternative-route"])


def test_route_changes_only_if_cleared_in_advance() -> None:
    prompt = _prompts()["honour-face-saving-exit"]
    assert "cleared it in advance" in " ".join(prompt.do)


def test_detained_team_member_item() -> None:
    item = _items("checkpoint")["team-member-detained"]
    assert item.kind == "critical"
    assert "do not resist" in _full(item) and "base" in _full(item)
    assert "military age" in _full(item)


def test_spokesperson_is_never_a_default() -> None:
    text = _full(_items("checkpoint")["spokesperson-designated"])
    assert "agreement" in text and "never make anyone spokesperson by default" in text


def test_notification_through_agreed_channels_is_no_guarantee() -> None:
    text = _full(_items("checkpoint")["movement-notified"])
    assert "agreed channels" in text and "no guarantee" in text


def test_courteous_but_brief_and_no_names_on_the_road() -> None:
    items = _items("checkpoint")
    assert "brief" in _full(items["tea-offered"]) and "brief" in _full(items["address-senior"])
    assert "never carry commanders' names" in _full(items["note-contacts"])


def test_keep_dialogue_open_puts_safety_first() -> None:
    prompt = _prompts()["track-keep-dialogue-open"]
    assert prompt.text.startswith("Safety comes first")
    assert "leaving does not end the dialogue" in prompt.text.lower()


def test_wording_has_no_male_default() -> None:
    banned = re.compile(r"\bhis men\b|\bhis\b|\bhe\b|\bhim\b|\bsoldiers?\b|\barmed men\b", re.I)
    texts = [p.read_text("utf-8") for p in [*(DATA / "checklists").glob("*.toml"),
                                             *(DATA / "prompts").glob("*.toml")]]
    for text in texts:
        # 'ask him' / 'tell her' is quoted as a habit to avoid, not as a default
        hits = [m.group(0) for m in banned.finditer(text.replace("'ask him'", ""))]
        assert hits == []


def test_gender_prompts_cover_men_and_any_gender() -> None:
    prompts = _prompts()
    assert "any gender" in prompts["gender-searches"].text
    assert "harass" in prompts["gender-searches"].text
    assert "detained" in prompts["gender-detention-risk"].text


def test_every_cultural_prompt_says_check_locally() -> None:
    for topic in _topics().values():
        if topic.id == HOME_TOPIC:
            continue
        for prompt in topic.prompts:
            assert prompt.text.endswith(CHECK_LOCALLY), prompt.id


# --- community meeting and tracks --------------------------------------------------------

def test_community_meeting_has_safety_steps() -> None:
    items = _items("community-meeting")
    for item_id in ("security-check", "check-in-plan", "exit-plan"):
        assert items[item_id].kind == "critical", item_id
    prepare = [i.id for i in _phase_items("community-meeting", "prepare")]
    assert {"security-check", "check-in-plan", "exit-plan"} <= set(prepare)


def test_community_meeting_health_and_consent_steps() -> None:
    items = _items("community-meeting")
    assert "health authorities" in _full(items["health-authority-permission"])
    voluntary = _full(items["vaccination-voluntary"])
    assert "voluntary" in voluntary and "aid never depends on it" in voluntary
    medical = _full(items["volunteers-briefed-medical"])
    assert "refer medical questions" in medical and "side effects" in medical
    assert "sexual exploitation and abuse" in _full(items["feedback-channels"])
    assert "consent" in _full(items["no-photos-children"])


def test_new_tracks_prompts_exist_and_are_on_home() -> None:
    tracks = {p.id: p for p in _topics()[HOME_TOPIC].prompts}
    assert {"track-choose", "track-confidentiality", "track-public-advocacy-risk"} <= set(tracks)
    assert "never carry messages between parties" in tracks["track-confidentiality"].title.lower()
    assert "frontline staff at risk" in tracks["track-public-advocacy-risk"].title.lower()
