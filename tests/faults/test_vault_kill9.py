"""kill -9 at random moments (and just before each file-system step in turn) while the
passphrase is set (a plaintext DB and its backups encrypted in place), changed (the key
re-wrapped) and removed (decrypted back): afterwards the data opens whole, with the passphrase
the key file says (old or new, never neither), and once protected no word of it shows in the
clear anywhere under the data folder."""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fieldkit.core import vault
from fieldkit.core.backup import auto_backup, list_backups
from fieldkit.core.library import LibrarySet
from fieldkit.core.userdata import UserData
from fieldkit.core.userfile import is_plaintext_db, quick_check
from tests.faults.conftest import TRIALS
from tests.faults.vault_worker import NEW, OLD
from tests.support.plaintext import find_plaintext, unique_text

WORKER = Path(__file__).with_name("vault_worker.py")
NOTES = 2000


class Zygote:
    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        self.proc = subprocess.Popen([sys.executable, str(WORKER)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, env=env)
        self.n = 0

    def start(self, tmp: Path, mode: str, folder: Path) -> tuple[int, Path]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.n += 1
        out = tmp / f"trial{self.n}.out"
        self.proc.stdin.write(f"{out}\t{mode}\t{folder}\n")
        self.proc.stdin.flush()
        pid = int(self.proc.stdout.readline().split()[1])
        deadline = time.monotonic() + 30
        while "READY" not in (out.read_text() if out.exists() else ""):
            assert time.monotonic() < deadline, "the worker never got ready"
            time.sleep(0.002)
        return pid, out

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
    z = Zygote()
    yield z
    z.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory, shared_library_path: Path
             ) -> tuple[Path, list[str]]:
    """A plaintext data folder: many notes, a run, two backups; and its unique strings."""
    folder = tmp_path_factory.mktemp("vault-template") / "home"
    needles = [unique_text("note"), unique_text("run")]
    with UserData(folder) as user, LibrarySet([shared_library_path]) as libs:
        with user._tx() as s:
            from fieldkit.core.models import RecordNote
            s.add_all(RecordNote(record_id=f"r{i}", text=f"{needles[0]} {i} " + "x" * 200,
                                 updated_at="2026-01-01T00:00:00Z") for i in range(NOTES))
        user.runs.start(libs.checklist("checkpoint"), needles[1], libs.infos[0])
    auto_backup(folder)
    return folder, needles


def _check(folder: Path, needles: list[str], passphrases: list[str]) -> tuple[bool, str]:
    """Whether the folder's data is whole and opens as its key file says; the state's name."""
    key = None
    if vault.is_protected(folder):
        for passphrase in passphrases:
            try:
                key = vault.unlock(folder, passphrase)
                break
            except vault.WrongPassphrase:
                continue
        else:
            return False, "no passphrase works"
    with UserData(folder, key) as user:
        with user._tx() as s:
            from sqlalchemy import func, select

            from fieldkit.core.models import RecordNote
            count = s.scalar(select(func.count()).select_from(RecordNote))
        whole = count == NOTES and user.runs.list()[0].name == needles[1]
    backups = list_backups(folder)
    whole = whole and len(backups) == 2 and all(quick_check(b.path, key=key) for b in backups)
    if key is None:
        return whole and all(is_plaintext_db(b.path) for b in backups), "plain"
    leaks = find_plaintext(needles, folder)
    return whole and not leaks, "encrypted" + (f" LEAKS {leaks[:2]}" if leaks else "")


def _trials(mode: str, zygote: Zygote, template: tuple[Path, list[str]], tmp_path: Path,
            passphrases: list[str], seed: int) -> tuple[int, dict[str, int]]:
    source, needles = template
    if mode != "set":
        source = tmp_path / "protected"
        shutil.copytree(template[0], source)
        vault.set_passphrase(source, OLD).forget()
    rng = random.Random(seed)
    # one uninterrupted run says how long the work takes: kills land anywhere inside it
    folder = tmp_path / "calibrate"
    shutil.copytree(source, folder)
    pid, out = zygote.start(tmp_path, mode, folder)
    began = time.monotonic()
    while "DONE" not in out.read_text():
        assert _alive(pid) or "DONE" in out.read_text(), "the uninterrupted run failed"
        time.sleep(0.002)
    span = time.monotonic() - began
    assert _check(folder, needles, passphrases)[0]
    lost, states = 0, {}
    for n in range(TRIALS):
        folder = tmp_path / f"t{n}"
        shutil.copytree(source, folder)
        pid, out = zygote.start(tmp_path, mode, folder)
        time.sleep(rng.uniform(0.0, span))
        with contextlib.suppress(ProcessLookupError):  # it may have finished: counted below
            os.kill(pid, signal.SIGKILL)
        while _alive(pid):
            time.sleep(0.002)
        done = "DONE" in out.read_text()
        try:
            ok, state = _check(folder, needles, passphrases)
        except Exception as exc:  # any failure to open is a loss: counted, and shown
            ok, state = False, f"{type(exc).__name__}: {exc}"
        lost += not ok
        label = f"{state}{' (finished)' if done else ''}"
        states[label] = states.get(label, 0) + 1
        shutil.rmtree(folder)
    # then a kill just before each file-system step in turn, until the work finishes whole
    step = 0
    while True:
        step += 1
        folder = tmp_path / f"s{step}"
        shutil.copytree(source, folder)
        pid, out = zygote.start(tmp_path, f"{mode}@{step}", folder)
        while _alive(pid):
            time.sleep(0.002)
        done = "DONE" in out.read_text()
        try:
            ok, state = _check(folder, needles, passphrases)
        except Exception as exc:  # any failure to open is a loss: counted, and shown
            ok, state = False, f"{type(exc).__name__}: {exc}"
        lost += not ok
        label = f"step kills {state}"
        states[label] = states.get(label, 0) + 1
        shutil.rmtree(folder)
        if done or step > 200:
            break
    return lost, states


@pytest.mark.parametrize(("mode", "passphrases"), [
    ("set", [NEW]), ("change", [OLD, NEW]), ("remove", [OLD]),
])
def test_kill9_during_a_passphrase_change_loses_nothing(mode: str, passphrases: list[str],
                                                       zygote: Zygote, template, fast_tmp: Path,
                                                       fault_counts) -> None:
    lost, states = _trials(mode, zygote, template, fast_tmp, passphrases, seed=11)
    what = {"set": "kill -9 while encrypting existing data (passphrase set)",
            "change": "kill -9 during a passphrase change",
            "remove": "kill -9 while removing the passphrase"}[mode]
    fault_counts.record(what, sum(states.values()), lost, ", ".join(f"{v} {k}" for k, v in
                                                      sorted(states.items())))
    assert lost == 0, states
