"""kill -9 at a random moment during a tick, a backup, a restore and a data-folder change.

Each trial starts `worker.py` (the core, as the CLI and the GUI call it), lets it work for a
random while, kills it, then checks the files with `PRAGMA integrity_check` and checks that
every step it reported as committed is there.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldkit.core.backup import list_backups
from fieldkit.core.paths import chosen_data_dir, user_db_path
from fieldkit.core.userfile import connect_user_db
from tests.faults.conftest import TRIALS

WORKER = Path(__file__).with_name("worker.py")


class _Zygote:
    """worker.py serve: forks a loaded FieldKit per trial."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen([sys.executable, str(WORKER)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True)
        self.n = 0

    def trial(self, tmp: Path, mode: str, library: Path, folder: Path, rng: random.Random,
              config: Path | None = None, extra: tuple[str, ...] = ()) -> list[list[str]]:
        """Start one worker, kill it -9 at a random moment after it is ready; its lines."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.n += 1
        out = tmp / f"trial{self.n}.out"
        self.proc.stdin.write("\t".join([str(out), str(config or tmp / "config"), mode,
                                         str(library), str(folder), *extra]) + "\n")
        self.proc.stdin.flush()
        pid = int(self.proc.stdout.readline().split()[1])
        deadline = time.monotonic() + 30
        while "READY" not in (out.read_text() if out.exists() else ""):
            assert _alive(pid), out.read_text() if out.exists() else "no output"
            assert time.monotonic() < deadline, "the worker never got ready"
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.002)
        return [line.split() for line in out.read_text().splitlines()]

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait(10)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture(scope="module")
def zygote():
    z = _Zygote()
    yield z
    z.close()


def _integrity(path: Path) -> str:
    with contextlib.closing(connect_user_db(path, read_only=True)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _ticks(path: Path) -> set[tuple[str, str]]:
    with contextlib.closing(connect_user_db(path, read_only=True)) as conn:
        return set(conn.execute("SELECT run_id, item_id FROM run_items WHERE done"))


def _reported(lines: list[list[str]]) -> list[tuple[str, str]]:
    return [(w[1], w[2]) for w in lines if w and w[0] == "T"]


@pytest.fixture
def rng(request) -> random.Random:
    seed = int(os.environ.get("FIELDKIT_FAULT_SEED", random.randrange(1 << 30)))
    print(f"{request.node.name}: seed {seed}")
    return random.Random(seed)


def test_kill_9_during_run_tick(fast_tmp: Path, shared_library_path: Path, rng, zygote,
                                fault_counts) -> None:
    folder = fast_tmp / "home"
    committed: set[tuple[str, str]] = set()
    lost = 0
    for _ in range(TRIALS):
        lines = zygote.trial(fast_tmp, "tick", shared_library_path, folder, rng)
        committed |= set(_reported(lines))
        assert _integrity(user_db_path(folder)) == "ok"
        lost += len(committed - _ticks(user_db_path(folder)))
    fault_counts.record("kill -9 during run tick", TRIALS, lost, f"{len(committed)} ticks")
    assert lost == 0


def test_kill_9_during_backup(fast_tmp: Path, shared_library_path: Path, rng, zygote,
                              fault_counts) -> None:
    folder = fast_tmp / "home"
    committed: set[tuple[str, str]] = set()
    lost = bad = 0
    for _ in range(TRIALS):
        lines = zygote.trial(fast_tmp, "backup", shared_library_path, folder, rng)
        committed |= set(_reported(lines))
        assert _integrity(user_db_path(folder)) == "ok"
        lost += len(committed - _ticks(user_db_path(folder)))
        bad += sum(_integrity(b.path) != "ok" for b in list_backups(folder))
    backups = list_backups(folder)
    fault_counts.record("kill -9 during backup", TRIALS, lost,
                        f"{len(backups)} backups kept, {bad} damaged")
    assert lost == 0 and bad == 0 and backups


def test_kill_9_during_restore(fast_tmp: Path, shared_library_path: Path, rng, zygote,
                               fault_counts) -> None:
    """The live file is whole after every kill: either as before the restore (with the tick
    just reported) or as the backup; and what a finished restore replaced is kept aside."""
    lost = restored = 0
    for n in range(TRIALS):
        folder = fast_tmp / f"home{n}"
        lines = zygote.trial(fast_tmp, "restore", shared_library_path, folder, rng)
        base = next(w[1] for w in lines if w[0] == "BASE")
        ticks = _reported(lines)
        assert _integrity(user_db_path(folder)) == "ok"
        live = _ticks(user_db_path(folder))
        base_ticks = set(ticks[:1])
        restored += sum(w[0] == "R" for w in lines)
        last_tick = ticks[-1] if len(ticks) > 1 else None
        assert base_ticks <= live
        if last_tick is not None and last_tick not in live:
            # the restore after it began: its ticks must be in the copy set aside
            asides = [b for b in list_backups(folder) if b.name != base
                      and b.kind in ("kept", "before-restore")]
            if not any(last_tick in _ticks(b.path) for b in asides):
                lost += 1
        assert all(_integrity(b.path) == "ok" for b in list_backups(folder))
    fault_counts.record("kill -9 during backup restore", TRIALS, lost,
                        f"{restored} restores finished before the kills")
    assert lost == 0


def test_kill_9_during_data_folder_change(fast_tmp: Path, shared_library_path: Path, rng, zygote,
                                          fault_counts) -> None:
    """Wherever future starts will look (the pointer the switch writes), every tick reported
    before the kill is there."""
    lost = switches = 0
    for n in range(TRIALS):
        config = fast_tmp / f"config{n}"
        start = fast_tmp / f"start{n}"
        lines = zygote.trial(fast_tmp, "folder", shared_library_path, start, rng,
                             config=config, extra=(str(fast_tmp / f"moves{n}"),))
        old = os.environ.get("XDG_CONFIG_HOME")
        os.environ["XDG_CONFIG_HOME"] = str(config)
        try:
            pointed = chosen_data_dir() or start
        finally:
            if old is None:
                del os.environ["XDG_CONFIG_HOME"]
            else:
                os.environ["XDG_CONFIG_HOME"] = old
        assert _integrity(user_db_path(pointed)) == "ok"
        lost += len(set(_reported(lines)) - _ticks(user_db_path(pointed)))
        switches += sum(w[0] == "S" for w in lines)
    fault_counts.record("kill -9 during data folder change", TRIALS, lost,
                        f"{switches} switches finished before the kills")
    assert lost == 0


def test_worker_reports_are_real(fast_tmp: Path, shared_library_path: Path, zygote) -> None:
    """The checks above can fail: a tick reported but missing is counted as lost."""
    folder = fast_tmp / "home"
    reported: set[tuple[str, str]] = set()
    for attempt in range(20):  # until one trial lived long enough to tick
        reported |= set(_reported(zygote.trial(fast_tmp, "tick", shared_library_path, folder,
                                               random.Random(attempt))))
        if reported:
            break
    with contextlib.closing(sqlite3.connect(user_db_path(folder))) as conn:
        conn.execute("UPDATE run_items SET done = 0")
        conn.commit()
    assert reported - _ticks(user_db_path(folder)) == reported
