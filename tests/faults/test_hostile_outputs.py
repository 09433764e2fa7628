"""Every command that writes a file, pointed at targets that must never be replaced: the user DB
and its sidecars, a backup, the data folder, a folder, /dev/full, a FIFO, links into the data
folder, a planted temp-file link, a full filesystem. Nothing is lost; each refusal is one line
and exit 1. Real processes (`python -m fieldkit`), real files, real devices.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldkit.core.paths import user_db_path

SOURCE = Path(__file__).parents[1] / "core" / "fixtures" / "source"


@dataclass
class Result:
    code: int
    out: str
    err: str


def fieldkit(*args: str | Path, data: Path, library: Path | None = None,
             cwd: Path | None = None) -> Result:
    env = {k: v for k, v in os.environ.items() if k not in ("FIELDKIT_HOME", "FIELDKIT_LIBRARY")}
    env["PYTHONIOENCODING"] = "utf-8"
    env["XDG_CONFIG_HOME"] = str(data.parent / "config")  # no Settings choice of this machine
    prefix = [*(["--library", str(library)] if library else []), "--data-dir", str(data)]
    proc = subprocess.run([sys.executable, "-m", "fieldkit", *prefix, *map(str, args)],
                          capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd,
                          timeout=120, check=False)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def assert_one_line_error(result: Result, *words: str) -> str:
    assert result.code == 1, (result.code, result.out, result.err)
    assert "Traceback" not in result.err
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("fieldkit: error: "), lines[0]
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class World:
    """A data folder with a run and a backup, and files outside it that must stay as they are."""

    root: Path
    library: Path
    data: Path
    run_id: str
    victim: Path
    src: Path
    before: dict[Path, str] = field(default_factory=dict)

    @property
    def user_db(self) -> Path:
        return user_db_path(self.data)

    def backups(self) -> list[Path]:
        return sorted(p for p in self.data.rglob("*") if p.is_file() and "backup" in str(
            p.relative_to(self.data)))

    def snapshot(self) -> None:
        self.before = {p: _digest(p) for p in [*self.data.rglob("*"), self.victim] if p.is_file()
                       and not p.is_symlink() and p.parent.name != "logs"}

    def assert_nothing_lost(self) -> None:
        """Every file that was there is there unchanged (a pruned backup may be gone; the user DB
        is checked by what it holds, since SQLite rewrites its own pages); the "full" device is
        still a device."""
        assert stat.S_ISCHR(os.stat(dev_full(self.root / "outside")).st_mode)
        assert self.victim.read_text() == "precious, outside FieldKit"
        sqlite_own = {self.user_db, Path(f"{self.user_db}-wal"), Path(f"{self.user_db}-shm")}
        for path, digest in self.before.items():
            if path in sqlite_own:
                continue
            if path.exists():
                assert _digest(path) == digest, f"{path} was changed"
            else:
                assert path in self.backups_before, f"{path} vanished"
        with contextlib.closing(sqlite3.connect(f"file:{self.user_db}?mode=ro", uri=True)) as c:
            assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert c.execute("SELECT count(*) FROM runs WHERE id = ?",
                             (self.run_id,)).fetchone()[0] == 1

    @property
    def backups_before(self) -> set[Path]:
        return {p for p in self.before if "backup" in str(p.relative_to(self.root))}


def make_world(root: Path, library: Path) -> World:
    root.mkdir(parents=True, exist_ok=True)
    data = root / "data"
    started = fieldkit("run", "start", "checkpoint", data=data, library=library)
    assert started.code == 0, started.err
    run_id = started.out.strip()
    ticked = fieldkit("run", "tick", run_id, "movement-notified", "--note", "at 07:10",
                      data=data, library=library)
    assert ticked.code == 0, ticked.err
    victim = root / "outside" / "victim.txt"
    victim.parent.mkdir()
    victim.write_text("precious, outside FieldKit")
    src = Path(shutil.copytree(SOURCE, root / "src"))
    world = World(root, library, data, run_id, victim, src)
    assert world.backups(), "the first run should have made a backup"
    return world


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


# --- hostile targets: each builds its path in the world ---------------------------------------
def _fifo(w: World) -> Path:
    path = w.root / "outside" / "pipe.html"
    if not path.exists():
        os.mkfifo(path)
    return path


def _link(name: str, to: Callable[[World], Path]) -> Callable[[World], Path]:
    def make(w: World) -> Path:
        path = w.root / "outside" / name
        if not path.is_symlink():
            path.symlink_to(to(w))
        return path
    return make


def _through_linked_folder(w: World) -> Path:
    folder = w.root / "outside" / "looks-harmless"
    if not folder.is_symlink():
        folder.symlink_to(w.data)
    return folder / w.user_db.relative_to(w.data)


TARGETS: dict[str, Callable[[World], Path]] = {
    "user DB": lambda w: w.user_db,
    "user DB -wal": lambda w: Path(f"{w.user_db}-wal"),
    "user DB -shm": lambda w: Path(f"{w.user_db}-shm"),
    "a backup": lambda w: w.backups()[0],
    "a new file in the data folder": lambda w: w.data / "report.html",
    "the data folder": lambda w: w.data,
    "user DB via ..": lambda w: w.data / "nowhere" / ".." / w.user_db.relative_to(w.data),
    "user DB via a linked folder": _through_linked_folder,
    "a link to the user DB": _link("innocent.html", lambda w: w.user_db),
    "a link to a backup": _link("old.sqlite", lambda w: w.backups()[0]),
    "a link to a file outside": _link("shortcut.html", lambda w: w.victim),
    "a folder": lambda w: w.root / "outside",
    "/dev/full": lambda w: dev_full(w.root / "outside"),
    "a FIFO": _fifo,
}

COMMANDS: dict[str, Callable[[World, Path], Result]] = {
    "run report": lambda w, t: fieldkit("run", "report", w.run_id, "-o", t, data=w.data,
                                        library=w.library),
    "build": lambda w, t: fieldkit("build", w.src, "-o", t, data=w.data),
    "gui --screenshot": lambda w, t: fieldkit("gui", "--screenshot", t, data=w.data,
                                              library=w.library),
}
ARGS: dict[str, Callable[[World], list[str]]] = {  # each command's arguments before its target
    "run report": lambda w: ["run", "report", w.run_id, "-o"],
    "build": lambda w: ["build", str(w.src), "-o"],
    "gui --screenshot": lambda w: ["gui", "--screenshot"],
}
OUT_NAME = {"run report": "r.html", "build": "lib.sqlite", "gui --screenshot": "shot.png"}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, shared_library_path: Path) -> World:
    return make_world(tmp_path_factory.mktemp("hostile"), shared_library_path)


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("target", sorted(TARGETS))
def test_a_hostile_output_is_refused_in_one_line_and_nothing_is_lost(
        world: World, command: str, target: str) -> None:
    path = TARGETS[target](world)
    world.snapshot()
    result = COMMANDS[command](world, path)
    assert_one_line_error(result)
    assert str(path) in result.err or path.name in result.err, result.err
    world.assert_nothing_lost()


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_planted_temp_link_is_never_followed(world: World, command: str,
                                               tmp_path: Path) -> None:
    out = tmp_path / OUT_NAME[command]
    for predictable in (f"{out.name}.part", f"{out.name}.building", f".{out.name}.building"):
        (tmp_path / predictable).symlink_to(world.victim)
    world.snapshot()
    result = COMMANDS[command](world, out)
    assert result.code == 0, result.err
    world.assert_nothing_lost()
    assert out.is_file() and not out.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.is_symlink()) == [out.name]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_an_empty_output_path_is_a_usage_error(world: World, command: str) -> None:
    world.snapshot()
    result = fieldkit(*ARGS[command](world), "", data=world.data, library=world.library,
                      cwd=world.data)
    assert result.code == 2 and "Traceback" not in result.err, result.err
    assert "the path is empty" in result.err
    world.assert_nothing_lost()


# --- a full filesystem ---------------------------------------------------------------------------
@contextlib.contextmanager
def small_tmpfs(where: Path, size: str = "256k") -> Iterator[Path]:
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a full filesystem needs a small tmpfs, which needs root to mount")
    where.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip()})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        with contextlib.suppress(OSError):  # until ENOSPC
            while True:
                os.write(fd, b"\0" * 4096)
    finally:
        os.close(fd)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_full_disk_is_said_plainly_and_the_old_file_stays(world: World, command: str,
                                                             tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "stick") as stick:
        out = stick / OUT_NAME[command]
        out.write_bytes(b"the previous version")
        _fill(stick)
        world.snapshot()
        result = COMMANDS[command](world, out)
        assert_one_line_error(result, "the disk is full", out.name)
        assert out.read_bytes() == b"the previous version"
        assert sorted(p.name for p in stick.iterdir()) == sorted(["filler", out.name])
        world.assert_nothing_lost()


# --- the property: any command, any hostile target, any spelling of it --------------------------
SPELLINGS: dict[str, Callable[[Path, Path], str]] = {
    "as is": lambda p, _cwd: str(p),
    "trailing /.": lambda p, _cwd: f"{p}/." if p.is_dir() else str(p),
    "doubled slashes": lambda p, _cwd: str(p).replace("/", "//"),
    "relative": lambda p, cwd: os.path.relpath(p, cwd),
}
TRIALS = {"trials": 0, "refused": 0, "lost": 0}


@settings(max_examples=int(os.environ.get("FIELDKIT_HOSTILE_EXAMPLES", "20")), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture,
                                 HealthCheck.too_slow])
@given(command=st.sampled_from(sorted(COMMANDS)), target=st.sampled_from(sorted(TARGETS)),
       spelling=st.sampled_from(sorted(SPELLINGS)))
def test_property_no_hostile_target_ever_loses_anything(world: World, command: str, target: str,
                                                        spelling: str) -> None:
    path = TARGETS[target](world)
    cwd = world.root / "outside"
    spelled = SPELLINGS[spelling](path, cwd)
    world.snapshot()
    result = fieldkit(*ARGS[command](world), spelled, data=world.data, library=world.library,
                      cwd=cwd)
    TRIALS["trials"] += 1
    try:
        assert_one_line_error(result)
        world.assert_nothing_lost()
    except AssertionError:
        TRIALS["lost"] += 1
        raise
    TRIALS["refused"] += 1


def test_property_summary(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs after the property (file order): the figures for the closing note."""
    if not TRIALS["trials"]:
        pytest.skip("the property test did not run in this session")
    with capsys.disabled():
        print(f"\nhostile outputs: {TRIALS['trials']} trials over {len(COMMANDS)} commands x "
              f"{len(TARGETS)} targets x {len(SPELLINGS)} spellings, {TRIALS['refused']} refused "
              f"in one line, {TRIALS['lost']} lost")
    assert TRIALS["lost"] == 0
