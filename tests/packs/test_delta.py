"""Deltas: only the rows that changed, applied over the installed version, checked against the
signed content digest; refused when the base is not what is installed."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.cli_packs import library_paths
from fieldkit.core.library import LibrarySet
from fieldkit.packs.errors import HashError, VersionError
from fieldkit.packs.install import install_pack, installed_packs
from fieldkit.packs.manifest import create_pack, verify_pack
from fieldkit.packs.signing import SigningKey
from fieldkit.packs.trust import TrustStore

from .conftest import SOURCE, pointer_bytes, resign, write_key_files


@pytest.fixture(autouse=True)
def bundled(shared_library_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDKIT_LIBRARY", str(shared_library_path))
    return shared_library_path


def _record(folder: Path, n: int, rng: random.Random, words: list[str]) -> None:
    text = " ".join(rng.choice(words) for _ in range(120))
    (folder / "library" / f"{n:04d}_{n:016x}.txt").write_text(
        f"Title\nSituation report {n}\nRecord type\nReport\nYear\n{2000 + n % 25}\n"
        f"Publisher\nCluster {n % 9}\nSummary\n{text}\n", "utf-8")


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory, publisher: SigningKey) -> dict[str, Path]:
    """A 400-record library, then 1% of it changed: 2 edited, 1 added, 1 removed, and a
    checklist edited."""
    base = tmp_path_factory.mktemp("delta")
    rng = random.Random(8)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
             for _ in range(3000)]
    v1 = Path(shutil.copytree(SOURCE, base / "v1"))
    for n in range(400):
        _record(v1, n, rng, words)
    v2 = Path(shutil.copytree(v1, base / "v2"))
    for n in (10, 20):
        path = v2 / "library" / f"{n:04d}_{n:016x}.txt"
        path.write_text(path.read_text("utf-8").replace("Summary\n", "Summary\nRevised: "),
                        "utf-8")
    (v2 / "library" / f"{30:04d}_{30:016x}.txt").unlink()
    _record(v2, 999, rng, words)  # the 1% added
    checklist = v2 / "checklists" / "checkpoint.toml"
    checklist.write_text(checklist.read_text("utf-8").replace(
        "Carry authorisation letters", "Carry signed authorisation letters"), "utf-8")
    sheet = v2 / "worksheets" / "debrief.toml"  # worksheets are signed content too
    sheet.write_text(sheet.read_text("utf-8").replace(
        'label = "What was asked"', 'label = "What was asked, and by whom"'), "utf-8")
    out = {"v1-src": v1, "v2-src": v2}
    create_pack(v1, publisher, "sitreps", 1, base / "v1.fkpack")
    create_pack(v2, publisher, "sitreps", 2, base / "v2.fkpack")
    create_pack(v2, publisher, "sitreps", 2, base / "d2.fkpack", base=base / "v1.fkpack")
    out.update({"v1": base / "v1.fkpack", "v2": base / "v2.fkpack", "d2": base / "d2.fkpack"})
    return out


def test_a_delta_carries_only_the_changes_and_gives_the_same_content(home, versions) -> None:
    full, delta = versions["v2"].stat().st_size, versions["d2"].stat().st_size
    print(f"delta {delta} bytes against the full pack's {full} ({delta / full:.1%}) "
          "for 1% of the records changed")
    assert delta < full / 10
    m_full, _ = verify_pack(versions["v2"], TrustStore(home))
    m_delta, _ = verify_pack(versions["d2"], TrustStore(home))
    assert m_delta.delta is not None and m_delta.delta.version == 1
    assert m_delta.content_digest == m_full.content_digest
    install_pack(home, versions["v1"])
    install_pack(home, versions["d2"])
    assert [(p.id, p.current.version) for p in installed_packs(home)] == [("sitreps", 2)]
    with LibrarySet(library_paths(home)) as libs:
        assert libs.record(f"{999:016x}").title == "Situation report 999"
        assert "Revised" in (libs.record(f"{10:016x}").summary or "")
        assert not libs.search("Situation report 30").hits or all(
            h.id != f"{30:016x}" for h in libs.search("Situation report 30").hits)
        items = [i.text for p in libs.checklist("checkpoint").phases for i in p.items]
        assert "Carry signed authorisation letters in the local language." in items
        assert libs.search("Revised").hits
        labels = [f.label for sec in libs.worksheet("debrief").sections for f in sec.fields]
        assert "What was asked, and by whom" in labels


def test_a_delta_whose_base_is_not_installed_is_refused(home, versions, publisher,
                                                        tmp_path) -> None:
    with pytest.raises(VersionError, match="nothing is installed: fetch the full pack"):
        install_pack(home, versions["d2"])
    other = create_pack(SOURCE, publisher, "sitreps", 1, tmp_path / "other.fkpack")
    assert other.version == 1
    install_pack(home, tmp_path / "other.fkpack")  # a version 1 with other content
    before = pointer_bytes(home)
    with pytest.raises(VersionError, match="installed version 1 is not that content"):
        install_pack(home, versions["d2"])
    assert pointer_bytes(home) == before


def test_a_delta_that_does_not_give_the_signed_digest_changes_nothing(home, versions,
                                                                     publisher,
                                                                     tmp_path) -> None:
    install_pack(home, versions["v1"])
    before = pointer_bytes(home)

    def lie(s):
        s["content_digest"] = "1" * 64

    bad = resign(versions["d2"], tmp_path / "bad.fkpack", publisher, lie)
    with pytest.raises(HashError, match="content digest"):
        install_pack(home, bad)
    assert pointer_bytes(home) == before
    assert [p.current.version for p in installed_packs(home)] == [1]


def test_pack_create_base_on_the_command_line(versions, publisher, tmp_path, capsys) -> None:
    priv, _ = write_key_files(tmp_path / "k", publisher, "k")
    out = tmp_path / "d.fkpack"
    assert main(["pack", "create", str(versions["v2-src"]), "--key", str(priv), "--id",
                 "sitreps", "--version", "2", "--base", str(versions["v1"]), "-o",
                 str(out)]) == 0
    assert "delta from version 1" in capsys.readouterr().out
    assert main(["pack", "create", str(versions["v2-src"]), "--key", str(priv), "--id",
                 "other", "--version", "2", "--base", str(versions["v1"]), "-o",
                 str(out)]) == 1


def test_sync_prefers_the_delta_from_the_installed_version(home, versions, publisher,
                                                           tmp_path) -> None:
    from fieldkit.packs.feed import add_packs
    from fieldkit.packs.sources import FolderSource
    from fieldkit.packs.sync import sync_source

    feed = tmp_path / "feed"
    add_packs(feed, [versions["v1"]], publisher)
    install_pack(home, versions["v1"])
    index = add_packs(feed, [versions["d2"], versions["v2"]], publisher)
    assert list(index.packs["sitreps"].deltas) == [1]
    report = sync_source(home, FolderSource(feed))
    assert report.via_delta == ["sitreps"] and report.installed[0].version == 2
    # a device without the base takes the full pack
    other = tmp_path / "other"
    shutil.copytree(home / "trust", other / "trust")
    report = sync_source(other, FolderSource(feed), take_all=True)
    assert report.via_delta == [] and report.installed[0].version == 2


def test_a_broken_delta_falls_back_to_the_full_pack(home, versions, publisher,
                                                    tmp_path) -> None:
    from fieldkit.packs.feed import add_packs
    from fieldkit.packs.sources import FolderSource
    from fieldkit.packs.sync import sync_source

    feed = tmp_path / "feed"
    install_pack(home, versions["v1"])
    index = add_packs(feed, [versions["v2"], versions["d2"]], publisher)
    path = feed / index.packs["sitreps"].deltas[1].file
    path.write_bytes(path.read_bytes()[:-100])
    report = sync_source(home, FolderSource(feed))
    assert report.via_delta == [] and report.installed[0].version == 2
    assert "delta refused" in report.skipped[0]


def test_update_notice_says_what_exists_and_its_size_without_installing(
        home, versions, publisher, tmp_path, capsys) -> None:
    from fieldkit.packs.feed import add_packs

    feed = tmp_path / "feed"
    install_pack(home, versions["v1"])
    index = add_packs(feed, [versions["v2"], versions["d2"]], publisher)
    before = pointer_bytes(home)
    capsys.readouterr()
    assert main(["sync", str(feed), "--check", "--json", "--data-dir", str(home)]) == 0
    import json

    [update] = json.loads(capsys.readouterr().out)["updates"]
    assert update == {"id": "sitreps", "title": index.packs["sitreps"].title, "installed": 1,
                      "version": 2, "download": index.packs["sitreps"].deltas[1].length,
                      "delta": True}
    assert pointer_bytes(home) == before
    assert not (home / "packs" / ".incoming").exists() or not any(
        (home / "packs" / ".incoming").iterdir())


@pytest.fixture(scope="module")
def growing(tmp_path_factory: pytest.TempPathFactory, publisher: SigningKey) -> dict[str, Path]:
    """Three versions, each adding 100 new records to 400: each delta alone is under 30% of
    its full pack, the two together are over."""
    base = tmp_path_factory.mktemp("growing")
    rng = random.Random(30)
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(3, 9)))
             for _ in range(3000)]
    v1 = Path(shutil.copytree(SOURCE, base / "v1"))
    for n in range(400):
        _record(v1, n, rng, words)
    v2 = Path(shutil.copytree(v1, base / "v2"))
    for n in range(400, 500):
        _record(v2, n, rng, words)
    v3 = Path(shutil.copytree(v2, base / "v3"))
    for n in range(500, 600):
        _record(v3, n, rng, words)
    out: dict[str, Path] = {}
    for n, src in ((1, v1), (2, v2), (3, v3)):
        out[f"v{n}"] = base / f"v{n}.fkpack"
        create_pack(src, publisher, "growing", n, out[f"v{n}"])
    for n in (2, 3):
        out[f"d{n}"] = base / f"d{n}.fkpack"
        create_pack(base / f"v{n}", publisher, "growing", n, out[f"d{n}"],
                    base=out[f"v{n - 1}"])
    return out


def test_after_deltas_worth_30_percent_of_the_pack_sync_fetches_the_full_pack(
        home, growing, publisher, tmp_path) -> None:
    from fieldkit.packs.feed import add_packs
    from fieldkit.packs.sources import FolderSource
    from fieldkit.packs.sync import DELTA_SHARE, available_updates, sync_source

    size = {k: p.stat().st_size for k, p in growing.items()}
    full2, full3 = size["v2"], size["v3"]
    # the case the rule is for: each delta alone would pass, the chain does not
    assert size["d2"] < DELTA_SHARE * full2 and size["d3"] < DELTA_SHARE * full3
    assert size["d2"] + size["d3"] > DELTA_SHARE * full3

    feed = tmp_path / "feed"
    install_pack(home, growing["v1"])
    assert installed_packs(home)[0].current.delta_bytes == 0
    add_packs(feed, [growing["v2"], growing["d2"]], publisher)
    report = sync_source(home, FolderSource(feed))
    assert report.via_delta == ["growing"]
    assert installed_packs(home)[0].current.delta_bytes == size["d2"]  # recorded

    add_packs(feed, [growing["v3"], growing["d3"]], publisher)
    [update] = available_updates(home, FolderSource(feed))
    assert (update.is_delta, update.download) == (False, full3)  # the notice says so too
    report = sync_source(home, FolderSource(feed))
    assert report.via_delta == [] and report.installed[0].version == 3
    current = installed_packs(home)[0].current
    assert current.delta_bytes == 0  # a full pack starts the count again

    # a device that got version 2 as a full pack still takes the delta to 3
    other = tmp_path / "other"
    shutil.copytree(home / "trust", other / "trust")
    install_pack(other, growing["v2"])
    report = sync_source(other, FolderSource(feed))
    assert report.via_delta == ["growing"]
    assert installed_packs(other)[0].current.digest == current.digest
