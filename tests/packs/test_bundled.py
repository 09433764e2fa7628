"""The library shipped in the package as a signed pack: trusted and installed on first run,
search works at once, a later sync upgrades it, and it never replaces a newer version."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.packs.bundled import BundledPack
from fieldkit.packs.install import installed_packs
from fieldkit.packs.manifest import create_pack
from fieldkit.packs.signing import SigningKey, generate_key
from tests.packs.conftest import PACK_SOURCE, make_root


@pytest.fixture(scope="module")
def bundle_key() -> SigningKey:
    return generate_key()


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory, bundle_key: SigningKey) -> Path:
    """A bundle folder laid out as the package's `_internal/`: pack, roots, description."""
    out = tmp_path_factory.mktemp("bundle")
    (out / "roots").mkdir()
    (out / "roots" / "root.json").write_text(json.dumps(make_root(bundle_key, days=3650)))
    m = create_pack(PACK_SOURCE, bundle_key, "regional", 5, out / "library.fkpack")
    info = BundledPack(m.id, m.version, out / "library.fkpack", [out / "roots" / "root.json"])
    (out / "library-pack.json").write_text(json.dumps(info.as_json()))
    return out / "library-pack.json"


@pytest.fixture
def packaged(monkeypatch: pytest.MonkeyPatch, bundle: Path) -> Path:
    monkeypatch.setenv("FIELDKIT_BUNDLED_PACK", str(bundle))
    return bundle


def test_first_run_installs_the_bundled_pack_and_search_works(
        packaged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "fresh"
    assert main(["--data-dir", str(home), "search", "clinic", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert "clinic-visit" in {h["id"] for h in hits}, "the bundled pack's checklist is missing"
    assert [(p.id, p.current.version) for p in installed_packs(home)] == [("regional", 5)]
    assert main(["--data-dir", str(home), "--version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("fieldkit ")
    assert "pack regional version 5: content as of" in out


def test_a_later_sync_upgrades_it_and_the_bundle_never_downgrades(
        packaged: Path, tmp_path: Path, bundle_key: SigningKey,
        capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    stick = tmp_path / "stick"
    create_pack(PACK_SOURCE, bundle_key, "regional", 6, stick / "regional-6.fkpack")
    assert main(["--data-dir", str(home), "sync", str(stick)]) == 0
    assert "to version 6" in capsys.readouterr().out
    assert [p.current.version for p in installed_packs(home)] == [6]
    # the next start still carries version 5: it must leave version 6 alone
    assert main(["--data-dir", str(home), "pack", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["id"], p["version"], p["previous_version"]) for p in listed] == [
        ("regional", 6, 5)]


def test_an_untrusted_bundle_is_read_in_place_with_one_sentence(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "bundle"
    (folder / "roots").mkdir(parents=True)
    signer, other = generate_key(), generate_key()
    (folder / "roots" / "root.json").write_text(json.dumps(make_root(other)))
    m = create_pack(PACK_SOURCE, signer, "regional", 1, folder / "library.fkpack")
    info = BundledPack(m.id, m.version, folder / "library.fkpack",
                       [folder / "roots" / "root.json"])
    (folder / "library-pack.json").write_text(json.dumps(info.as_json()))
    monkeypatch.setenv("FIELDKIT_BUNDLED_PACK", str(folder / "library-pack.json"))
    home = tmp_path / "home"
    assert main(["--data-dir", str(home), "search", "checkpoint", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out), "the in-place library must still answer"
    warnings = [line for line in captured.err.splitlines() if line]
    assert len(warnings) == 1
    assert warnings[0].startswith("fieldkit: warning: the bundled library could not be "
                                  "installed as a pack")
    assert installed_packs(home) == []


def test_from_the_source_tree_nothing_is_installed(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FIELDKIT_BUNDLED_PACK", raising=False)
    home = tmp_path / "home"
    assert main(["--data-dir", str(home), "search", "checkpoint"]) == 0
    assert not (home / "packs").exists()


def test_the_start_up_check_loads_no_database_layer(packaged: Path, tmp_path: Path) -> None:
    """Every start of the package checks the bundled pack before its first window: once it is
    installed, that check must not import the install machinery (SQLAlchemy, crypto: half a
    second of the packaged app's start-up). A fresh interpreter, so nothing is imported yet."""
    import os
    import subprocess
    import sys

    home = tmp_path / "home"
    assert main(["--data-dir", str(home), "--version"]) == 0  # first run: installs it
    probe = ("import sys; from pathlib import Path\n"
             "from fieldkit.packs.readside import install_bundled\n"
             f"assert install_bundled(Path({str(home)!r})) == []\n"
             "print(sorted(m for m in sys.modules if m.split('.')[0] in "
             "('sqlalchemy', 'cryptography') or m == 'fieldkit.packs.install'))\n")
    r = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                       env={**os.environ, "FIELDKIT_BUNDLED_PACK": str(packaged)},
                       timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]", f"the start-up check imported {r.stdout.strip()}"


def test_the_window_installs_the_bundled_pack_after_it_shows(packaged: Path,
                                                             tmp_path: Path) -> None:
    """The app's first start shows its window with the bundled library read in place and
    installs the bundled pack on the worker (AppContext.load), not before the window: the
    pack is installed by the time the app has shown its window and closed."""
    import os
    import subprocess
    import sys

    home = tmp_path / "fresh"
    env = {**os.environ, "FIELDKIT_BUNDLED_PACK": str(packaged), "QT_QPA_PLATFORM": "offscreen",
           "FIELDKIT_FIRST_PAINT_EXIT": "1", "HOME": str(tmp_path / "home")}
    r = subprocess.run([sys.executable, "-m", "fieldkit", "--data-dir", str(home)], env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-3000:]
    assert "first-paint " in r.stdout, "the window never painted"
    assert [(p.id, p.current.version) for p in installed_packs(home)] == [("regional", 5)]
