"""The GUI's report export (HTML and PDF through QPdfWriter) against hostile targets: it goes
through the same checks and the same atomic helper as the command line. Real user DB, real Qt
PDF writer, real files and devices."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.core.errors import OutputError
from fieldkit.core.library import LibrarySet
from fieldkit.core.userdata import UserData
from fieldkit.ui.report_export import export_run


@pytest.fixture
def user(tmp_path: Path, shared_library_path: Path) -> Iterator[tuple[UserData, LibrarySet, str]]:
    with LibrarySet([shared_library_path]) as libs, UserData(tmp_path / "data") as user:
        run = user.runs.start(libs.checklist("checkpoint"), name="Km 42")
        user.runs.tick(run.id, "movement-notified", note="Notified at 07:10")
        (user.folder / "backups").mkdir(exist_ok=True)
        with contextlib.closing(sqlite3.connect(user.folder / "backups" / "kept.sqlite")) as c:
            c.execute("CREATE TABLE t (x)")
        yield user, libs, run.id


def dev_full(folder: Path) -> Path:
    """A "full" device node (char 1,7, like /dev/full): a private one made in `folder` where
    this runs as root, so that a regression replaces only that node, never the machine's
    /dev/full; /dev/full itself otherwise (then no test can replace it)."""
    node = folder / "full"
    if not node.exists():
        try:
            os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))
        except (PermissionError, AttributeError):
            return Path("/dev/full")
    return node


def _digests(folder: Path) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*")
            if p.is_file() and not p.name.startswith("user.sqlite")}


@pytest.mark.parametrize("suffix", [".pdf", ".html"])
def test_export_refuses_hostile_targets(qapp, user, tmp_path: Path, suffix: str) -> None:
    data, libs, run_id = user
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    (tmp_path / f"to-db{suffix}").symlink_to(data.path)
    targets = [data.path, Path(f"{data.path}-wal"), data.folder / "backups" / "kept.sqlite",
               data.folder / f"new{suffix}", data.folder, tmp_path, dev_full(tmp_path), fifo,
               tmp_path / f"to-db{suffix}"]
    before = _digests(data.folder)
    for target in targets:
        with pytest.raises(OutputError) as info:
            export_run(data, libs, run_id, target)
        assert str(target) in str(info.value)
    assert _digests(data.folder) == before
    assert stat.S_ISCHR(os.stat(dev_full(tmp_path)).st_mode)
    assert data.runs.get(run_id).progress() == (1, 4)
    assert not (data.folder / f"new{suffix}").exists()


@pytest.mark.parametrize("suffix", [".pdf", ".html"])
def test_export_never_follows_a_planted_temp_link(qapp, user, tmp_path: Path,
                                                  suffix: str) -> None:
    data, libs, run_id = user
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "out" / f"report{suffix}"
    out.parent.mkdir()
    (out.parent / f"{out.name}.part").symlink_to(victim)
    export_run(data, libs, run_id, out)
    assert victim.read_text() == "precious"
    head = out.read_bytes()[:5]
    assert head == (b"%PDF-" if suffix == ".pdf" else b"<!DOC")
    assert sorted(p.name for p in out.parent.iterdir()) == sorted([out.name, f"{out.name}.part"])


def test_a_pdf_cut_short_by_a_full_disk_never_replaces_the_old_one(qapp, user,
                                                                    tmp_path: Path) -> None:
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a full filesystem needs a small tmpfs, which needs root to mount")
    data, libs, run_id = user
    stick = tmp_path / "stick"
    stick.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(stick)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()})")
    try:
        out = stick / "report.pdf"
        out.write_bytes(b"%PDF- the previous report %%EOF")
        fd = os.open(stick / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
        with contextlib.suppress(OSError):
            while True:
                os.write(fd, b"\0" * 4096)
        os.close(fd)
        with pytest.raises(OutputError, match="the disk is full"):
            export_run(data, libs, run_id, out)
        assert out.read_bytes() == b"%PDF- the previous report %%EOF"
        assert sorted(p.name for p in stick.iterdir()) == ["filler", "report.pdf"]
    finally:
        subprocess.run(["umount", "-l", str(stick)], check=False)
