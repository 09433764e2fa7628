"""Old version folders go once nothing points to them, at the latest on the next start, and
never while another process installs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.packs.install import install_pack, installed_packs, packs_dir, tidy


@pytest.fixture(autouse=True)
def bundled(shared_library_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FIELDKIT_LIBRARY", str(shared_library_path))
    return shared_library_path


def _left_over(home: Path) -> list[Path]:
    """What a clean-up that failed (a file held open on Windows) or a crash leaves behind."""
    base = packs_dir(home) / "regional"
    [p] = installed_packs(home)
    current = base / p.current.dir
    stale = [base / "1-0123456789abcdef", base / ".staging-abc123",
             packs_dir(home) / "removed-pack" / "4-fedcba9876543210"]
    for folder in stale:
        shutil.copytree(current, folder)
    return stale


def test_the_next_start_removes_old_version_folders(home: Path, packs: dict[str, Path],
                                                    capsys: pytest.CaptureFixture) -> None:
    for v in (1, 2, 3):
        install_pack(home, packs[f"regional-{v}"])
    [p] = installed_packs(home)
    stale = _left_over(home)
    capsys.readouterr()
    assert main(["info", "--json", "--data-dir", str(home)]) == 0  # a start reads the packs
    assert not any(folder.exists() for folder in stale)
    assert not (packs_dir(home) / "removed-pack").exists()
    base = packs_dir(home) / "regional"
    kept = sorted(x.name for x in base.iterdir())
    assert kept == sorted([p.current.dir, p.previous.dir])  # rollback still possible
    assert main(["pack", "rollback", "regional", "--data-dir", str(home)]) == 0
    assert main(["search", "clinic", "--data-dir", str(home)]) == 0
    assert "Clinic" in capsys.readouterr().out


def test_nothing_is_removed_while_another_process_installs(home: Path,
                                                           packs: dict[str, Path]) -> None:
    install_pack(home, packs["regional-1"])
    stale = _left_over(home)
    lock = packs_dir(home) / ".lock"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, os, sys\n"
         f"fd = os.open({str(lock)!r}, os.O_RDWR)\nfcntl.flock(fd, fcntl.LOCK_EX)\n"
         "print('held', flush=True)\nsys.stdin.read()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert tidy(home) == []
        assert all(folder.exists() for folder in stale)
    finally:
        holder.communicate("")
    assert sorted(tidy(home)) == sorted(["regional/1-0123456789abcdef",
                                          "regional/.staging-abc123",
                                          "removed-pack/4-fedcba9876543210"])
    assert [p.current.version for p in installed_packs(home)] == [1]
