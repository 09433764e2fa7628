"""Settings › Change… moves the data folder: the installed packs (current and previous
versions) and the trusted roots go along, checked on the new disk; a copy that does not check
out stops the move and leaves the person where they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.core.errors import FieldKitError
from fieldkit.core.paths import user_db_path
from fieldkit.core.userdata import UserData
from fieldkit.packs.carry import carry_packs
from fieldkit.packs.install import db_path, install_pack, installed_packs, pointer_path
from fieldkit.packs.trust import TrustStore
from fieldkit.ui.context import AppContext


@pytest.fixture(autouse=True)
def bundled(shared_library_path: Path, monkeypatch: pytest.MonkeyPatch,
            tmp_path: Path) -> Path:
    monkeypatch.setenv("FIELDKIT_LIBRARY", str(shared_library_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # where the choice goes
    return shared_library_path


@pytest.fixture
def old(home: Path, packs: dict[str, Path], capsys: pytest.CaptureFixture) -> Path:
    """Regional 2 over 1 (so a rollback is possible), test-core 1, and a run of the user's."""
    for name in ("regional-1", "regional-2", "core-1"):
        install_pack(home, packs[name])
    assert main(["run", "start", "checkpoint", "--name", "Convoy 7", "--data-dir",
                 str(home)]) == 0
    capsys.readouterr()
    return home


def _state(folder: Path) -> dict[str, tuple[int, str, int | None]]:
    return {p.id: (p.current.version, p.current.digest,
                   p.previous.version if p.previous else None)
            for p in installed_packs(folder)}


def test_the_packs_and_roots_move_with_the_data(old: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture) -> None:
    before = pointer_path(old).read_bytes()
    new = tmp_path / "stick" / "FieldKit"
    ctx = AppContext.open([], old)
    try:
        assert ctx.switch_folder(new) is True
    finally:
        ctx.close()
    assert _state(new) == _state(old)
    assert [r.anchor for r in TrustStore(new).roots()] == [r.anchor for r in
                                                            TrustStore(old).roots()]
    assert pointer_path(old).read_bytes() == before  # the old folder is left as it was
    assert user_db_path(new).is_file()
    # the new folder works on its own: search, the user's run, rollback
    assert main(["search", "clinic", "--data-dir", str(new)]) == 0
    assert "Clinic" in capsys.readouterr().out
    assert main(["runs", "--data-dir", str(new)]) == 0
    assert "Convoy 7" in capsys.readouterr().out
    assert main(["pack", "rollback", "regional", "--data-dir", str(new)]) == 0
    assert _state(new)["regional"][0] == 1 and _state(old)["regional"][0] == 2
    for p in installed_packs(new):
        assert db_path(new, p.id, p.current).resolve().is_relative_to(new.resolve())


def test_a_pack_that_does_not_copy_intact_stops_the_move(old: Path, tmp_path: Path) -> None:
    [core] = [p for p in installed_packs(old) if p.id == "test-core"]
    path = db_path(old, core.id, core.current)
    data = bytearray(path.read_bytes())
    for i in range(len(data) // 2, len(data) // 2 + 4096):
        data[i] ^= 0x55
    path.write_bytes(bytes(data))
    new = tmp_path / "elsewhere"
    with UserData(old) as user:
        with pytest.raises(FieldKitError, match="test-core version 1"):
            user.switch_folder(new, carry=carry_packs)
        assert user.folder == old  # the session stays where it was
        assert [r.name for r in user.runs.list()] == ["Convoy 7"]
    assert not pointer_path(new).exists() and not user_db_path(new).exists()


def test_a_folder_with_packs_of_its_own_keeps_them(old: Path, tmp_path: Path,
                                                   packs: dict[str, Path]) -> None:
    new = tmp_path / "other-device"
    TrustStore(new).add(TrustStore(old).roots()[0])
    install_pack(new, packs["regional-1"])
    mine = pointer_path(new).read_bytes()
    assert carry_packs(old, new).packs == []
    assert pointer_path(new).read_bytes() == mine
