"""The one atomic-write helper and the output/input checks, on real files, links and FIFOs."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from fieldkit.core.errors import InputFileError, OutputError
from fieldkit.core.files import (
    SOURCE_FILE_LIMIT,
    atomic_target,
    check_output_target,
    read_regular_file,
    remove_stale_temps,
    write_atomic,
)


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


def _leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p for p in os.listdir(folder) if p != name)


def test_a_planted_link_at_the_old_temp_name_is_never_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    (tmp_path / "r.html.part").symlink_to(victim)
    write_atomic(tmp_path / "r.html", "<p>report</p>")
    assert victim.read_text() == "precious"
    assert (tmp_path / "r.html").read_text() == "<p>report</p>"
    assert (tmp_path / "r.html.part").is_symlink()  # someone else's file: left alone


def test_temp_names_are_random_and_hidden(tmp_path: Path) -> None:
    seen: list[str] = []
    target = tmp_path / "out.bin"
    for _ in range(3):
        with atomic_target(target) as tmp:
            seen.append(tmp.name)
            assert tmp.name.startswith(f".out.bin.{os.getpid()}.") and tmp.name.endswith(".part")
            assert stat.S_IMODE(tmp.stat().st_mode) == 0o600
            tmp.write_bytes(b"x")
    assert len(set(seen)) == 3
    assert _leftovers(tmp_path, "out.bin") == []


def test_a_failure_inside_leaves_the_target_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "lib.sqlite"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt), atomic_target(target, suffix=".building") as tmp:
        tmp.write_bytes(b"half")
        Path(f"{tmp}-wal").write_bytes(b"sidecar")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path, "lib.sqlite") == []


def test_a_temp_swapped_for_a_link_is_never_moved_into_place(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious")
    target = tmp_path / "out.txt"
    with pytest.raises(OutputError, match="replaced"), atomic_target(target) as tmp:
        tmp.unlink()
        tmp.symlink_to(victim)
    assert not target.exists() and victim.read_text() == "precious"


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "shared.html"
    target.write_text("old")
    target.chmod(0o644)
    write_atomic(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644 and target.read_text() == "new"


def test_stale_temps_of_dead_writers_go_live_ones_stay(tmp_path: Path) -> None:
    target = tmp_path / "lib.sqlite"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = tmp_path / f".lib.sqlite.{dead}.abc123.building"
    stale.write_bytes(b"left by kill -9")
    Path(f"{stale}-wal").write_bytes(b"")
    live_proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        live = tmp_path / f".lib.sqlite.{live_proc.pid}.xyz789.building"
        live.write_bytes(b"a build in progress")
        other = tmp_path / f".other.sqlite.{dead}.abc123.building"
        other.write_bytes(b"another target's")
        removed = remove_stale_temps(target, ".building")
        assert removed == [stale]
        assert not stale.exists() and not Path(f"{stale}-wal").exists()
        assert live.exists() and other.exists()
    finally:
        live_proc.kill()
        live_proc.wait()


@pytest.mark.parametrize("name", ["user.sqlite", "user.sqlite-wal", "backups/user-1.sqlite",
                                  "sub/folder/new.html", "."])
def test_nothing_inside_the_data_folder_may_be_an_output(tmp_path: Path, name: str) -> None:
    data = tmp_path / "data"
    (data / "backups").mkdir(parents=True)
    (data / "user.sqlite").write_bytes(b"db")
    with pytest.raises(OutputError, match="data folder") as info:
        check_output_target(data / name, data)
    assert str(data / name) in str(info.value)


def test_a_link_into_the_data_folder_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "user.sqlite").write_bytes(b"db")
    (tmp_path / "innocent.html").symlink_to(data / "user.sqlite")
    (tmp_path / "via").symlink_to(data)
    with pytest.raises(OutputError, match="data folder"):
        check_output_target(tmp_path / "innocent.html", data)
    with pytest.raises(OutputError, match="data folder"):
        check_output_target(tmp_path / "via" / "new.html", data)


def test_targets_that_are_not_regular_files_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.html"
    os.mkfifo(fifo)
    (tmp_path / "link.html").symlink_to(tmp_path / "elsewhere.html")
    full = dev_full(tmp_path)
    for target, words in ((full, "not a regular file"), (tmp_path, "folder"),
                          (fifo, "not a regular file"), (tmp_path / "link.html", "link")):
        with pytest.raises(OutputError, match=words):
            check_output_target(target, tmp_path / "data")
    assert stat.S_ISCHR(os.stat(full).st_mode)
    ok = tmp_path / "fine.html"
    assert check_output_target(ok, tmp_path / "data") == ok


def test_reading_a_fifo_a_link_or_a_huge_file_is_refused_without_blocking(
        tmp_path: Path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (SOURCE_FILE_LIMIT + 1))
    outcome: dict[str, str] = {}

    def read_all() -> None:
        for name in ("x.txt", "zero.txt", "big.txt"):
            try:
                read_regular_file(tmp_path / name, SOURCE_FILE_LIMIT)
            except InputFileError as exc:
                outcome[name] = exc.reason

    reader = threading.Thread(target=read_all, daemon=True)
    reader.start()
    reader.join(10)
    if reader.is_alive():  # unblock the thread (it would hang the run) and fail
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a FIFO blocked")
    assert "not a regular file" in outcome["x.txt"]
    assert "symbolic link" in outcome["zero.txt"]
    assert "too large" in outcome["big.txt"]
    assert read_regular_file(big, SOURCE_FILE_LIMIT + 1) == b"a" * (SOURCE_FILE_LIMIT + 1)


def test_the_data_folder_pointer_never_follows_a_planted_link(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldkit.core.location import choose_data_folder
    from fieldkit.core.paths import chosen_data_dir, location_file

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    pointer = location_file()
    pointer.parent.mkdir(parents=True)
    (pointer.parent / f"{pointer.name}.part").symlink_to(victim)
    choose_data_folder(tmp_path / "old", tmp_path / "new")
    assert victim.read_text() == "precious"
    assert chosen_data_dir() == (tmp_path / "new").resolve()
