"""Every lookup knows which pack served it, and a run or a sheet records the pack that served
its checklist or worksheet, not merely the first library of the set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.core.library import LibrarySet
from fieldkit.packs.install import install_pack, readable_packs


@pytest.fixture
def two_packs(home: Path, packs: dict[str, Path], shared_library_path: Path,
              monkeypatch: pytest.MonkeyPatch) -> Path:
    """'regional' (version 1) reads first, 'test-core' (version 1) second."""
    monkeypatch.setenv("FIELDKIT_LIBRARY", str(shared_library_path))
    install_pack(home, packs["regional-1"])
    install_pack(home, packs["core-1"])
    return home


def test_each_view_names_the_pack_that_served_it(two_packs: Path) -> None:
    with LibrarySet(readable_packs(two_packs).paths) as libs:
        assert [i.id for i in libs.infos] == ["regional", "test-core"]
        assert libs.checklist("clinic-visit").source.id == "regional"
        second = libs.checklist("checkpoint")
        assert (second.source.id, second.source.version) == ("test-core", "1")
        assert {c.id: c.source.id for c in libs.checklists()}["checkpoint"] == "test-core"
        assert libs.worksheet("debrief").source.id == "test-core"
        assert {w.id: w.source.id for w in libs.worksheets()}["debrief"] == "test-core"
        assert libs.record("0123456789abcdef").source.id == "test-core"
        assert libs.record("9999888877776666").source.id == "regional"
        by_pack = {p.source.id for p in libs.prompts()}
        assert by_pack == {"regional", "test-core"}


def test_a_run_records_the_pack_that_served_its_checklist(two_packs: Path,
                                                           capsys: pytest.CaptureFixture) -> None:
    home = str(two_packs)
    capsys.readouterr()
    assert main(["run", "start", "checkpoint", "--json", "--data-dir", home]) == 0
    run = json.loads(capsys.readouterr().out)
    assert main(["run", "show", run["id"], "--json", "--data-dir", home]) == 0
    shown = json.loads(capsys.readouterr().out)
    # the first library of the set is 'regional': the checklist came from the second
    assert (shown["library_id"], shown["library_version"]) == ("test-core", "1")
    assert main(["run", "start", "clinic-visit", "--json", "--data-dir", home]) == 0
    assert json.loads(capsys.readouterr().out)["library_id"] == "regional"


def test_a_sheet_records_the_pack_that_served_its_worksheet(two_packs: Path,
                                                            capsys: pytest.CaptureFixture) -> None:
    home = str(two_packs)
    capsys.readouterr()
    assert main(["sheet", "start", "debrief", "--json", "--data-dir", home]) == 0
    sheet = json.loads(capsys.readouterr().out)
    assert main(["sheet", "show", sheet["id"], "--json", "--data-dir", home]) == 0
    assert json.loads(capsys.readouterr().out)["library_id"] == "test-core"
