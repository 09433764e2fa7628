"""`fieldkit` on encrypted data, in subprocesses as a person or a script runs it: the
passphrase from a terminal (no echo), from FIELDKIT_PASSPHRASE, or one per line on standard
input for `fieldkit passphrase`; a wrong or missing one is one sentence, exit 1."""

from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldkit.core import vault
from fieldkit.core.paths import user_db_path
from fieldkit.core.privacy import read_privacy, update_privacy
from fieldkit.core.userfile import is_plaintext_db
from tests.support.plaintext import unique_text

Scan = Callable[..., list[str]]


@dataclass
class Result:
    code: int
    out: str
    err: str


def fk(*args: str | Path, home: Path, lib: Path, stdin: str = "",
       passphrase: str | None = None) -> Result:
    env = {k: v for k, v in os.environ.items() if k not in ("FIELDKIT_HOME", "FIELDKIT_LIBRARY",
                                                             "FIELDKIT_PASSPHRASE")}
    env["PYTHONIOENCODING"] = "utf-8"
    if passphrase is not None:
        env["FIELDKIT_PASSPHRASE"] = passphrase
    proc = subprocess.run([sys.executable, "-m", "fieldkit", "--library", str(lib),
                           "--data-dir", str(home), *map(str, args)], input=stdin,
                          capture_output=True, text=True, env=env, timeout=60, check=False)
    return Result(proc.returncode, proc.stdout, proc.stderr)


def one_sentence(result: Result, *words: str) -> str:
    assert result.code == 1, (result.out, result.err)
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("fieldkit: error: "), result.err
    assert "Traceback" not in result.err
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.fixture
def lib(shared_library_path: Path) -> Path:
    return shared_library_path


def test_the_cli_journey_on_encrypted_data_leaves_no_plaintext(
        data_dir: Path, lib: Path, plaintext_scan: Scan) -> None:
    name, note, value = unique_text("run"), unique_text("note"), unique_text("value")
    run_id = fk("run", "start", "checkpoint", "--name", name, home=data_dir, lib=lib).out.strip()
    assert fk("run", "note", run_id, note, home=data_dir, lib=lib).code == 0

    made = fk("passphrase", "set", home=data_dir, lib=lib, stdin="pass one\npass one\n")
    assert made.code == 0, made.err
    assert "encrypted" in made.out and "pass one" not in made.out + made.err
    assert not is_plaintext_db(user_db_path(data_dir))
    assert plaintext_scan([name, note], data_dir) == []

    sheet = fk("sheet", "start", "debrief", "--json", home=data_dir, lib=lib,
               passphrase="pass one")
    sheet_id = json.loads(sheet.out)["id"]
    assert fk("sheet", "set", sheet_id, "place", value, home=data_dir, lib=lib,
              passphrase="pass one").code == 0
    runs = fk("runs", home=data_dir, lib=lib, passphrase="pass one")
    assert runs.code == 0 and name in runs.out
    shown = fk("run", "show", run_id, "--json", home=data_dir, lib=lib, passphrase="pass one")
    assert note in shown.out
    listed = fk("backup", "list", home=data_dir, lib=lib)  # names and sizes only: no key
    backup = listed.out.split()[0]
    restored = fk("backup", "restore", backup, home=data_dir, lib=lib, passphrase="pass one")
    assert restored.code == 0, restored.err
    kept = restored.out.split("kept as ")[1].rstrip(".\n")  # the data as it was: back again
    assert fk("backup", "restore", kept, home=data_dir, lib=lib, passphrase="pass one").code == 0
    assert plaintext_scan([name, note, value], data_dir) == []

    changed = fk("passphrase", "change", home=data_dir, lib=lib,
                 stdin="pass one\npass two\npass two\n")
    assert changed.code == 0, changed.err
    one_sentence(fk("runs", home=data_dir, lib=lib, passphrase="pass one"),
                 "the passphrase is wrong")
    assert name in fk("runs", home=data_dir, lib=lib, passphrase="pass two").out

    removed = fk("passphrase", "remove", home=data_dir, lib=lib, stdin="pass two\n")
    assert removed.code == 0 and "anyone" in removed.out
    assert name in fk("runs", home=data_dir, lib=lib).out
    assert not vault.is_protected(data_dir)


def test_a_missing_or_wrong_passphrase_is_one_sentence(data_dir: Path, lib: Path) -> None:
    assert fk("passphrase", "set", home=data_dir, lib=lib, stdin="abc\nabc\n").code == 0
    one_sentence(fk("runs", home=data_dir, lib=lib), "locked", "FIELDKIT_PASSPHRASE")
    one_sentence(fk("runs", home=data_dir, lib=lib, passphrase="abd"), "wrong")
    one_sentence(fk("passphrase", "change", home=data_dir, lib=lib, stdin="abd\nx\nx\n"),
                 "wrong")
    one_sentence(fk("passphrase", "change", home=data_dir, lib=lib, stdin="abc\nx\ny\n"),
                 "differ")
    one_sentence(fk("passphrase", "change", home=data_dir, lib=lib, stdin="abc\n"),
                 "standard input ended")
    one_sentence(fk("passphrase", "set", home=data_dir, lib=lib, stdin="q\nq\n"),
                 "already has a passphrase")
    one_sentence(fk("passphrase", "remove", home=data_dir, lib=lib, stdin="nope\n"), "wrong")
    assert fk("runs", home=data_dir, lib=lib, passphrase="abc").code == 0  # unchanged


def test_wrong_passphrases_at_the_terminal_count_toward_the_wipe(data_dir: Path,
                                                                  lib: Path) -> None:
    """The lock screen's count, wait and wipe hold for the CLI too (the same `fieldkit` is both):
    trying passphrases from a terminal is not a way around the wipe the person chose."""
    secret = unique_text("run")
    fk("run", "start", "checkpoint", "--name", secret, home=data_dir, lib=lib)
    assert fk("passphrase", "set", home=data_dir, lib=lib, stdin="abc\nabc\n").code == 0
    update_privacy(data_dir, wipe_after_failures=3)

    first = one_sentence(fk("runs", home=data_dir, lib=lib, passphrase="guess"), "wrong")
    assert "2 tries left before your notes are erased" in first
    assert read_privacy(data_dir).failed_unlocks == 1
    # the right one resets the count, as at the lock screen
    assert secret in fk("runs", home=data_dir, lib=lib, passphrase="abc").out
    assert read_privacy(data_dir).failed_unlocks == 0

    one_sentence(fk("runs", home=data_dir, lib=lib, passphrase="guess"), "2 tries left")
    one_sentence(fk("passphrase", "remove", home=data_dir, lib=lib, stdin="guess\n"),
                 "wrong", "1 try left")
    assert read_privacy(data_dir).failed_unlocks == 2
    # the third wrong one wipes: the command goes on, on data as empty as a new machine's
    third = fk("runs", home=data_dir, lib=lib, passphrase="guess")
    assert third.code == 0, third.err
    assert secret not in third.out
    assert not vault.is_protected(data_dir)
    assert read_privacy(data_dir).failed_unlocks == 0
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_after_wrong_passphrases_the_cli_waits_as_the_lock_screen_does(data_dir: Path,
                                                                       lib: Path) -> None:
    assert fk("passphrase", "set", home=data_dir, lib=lib, stdin="abc\nabc\n").code == 0
    update_privacy(data_dir, failed_unlocks=2, wipe_after_failures=5, disguise="Notes")
    third = one_sentence(fk("runs", home=data_dir, lib=lib, passphrase="guess"), "wrong")
    assert "left" not in third  # disguised: the count-down is not shown, as on the lock screen
    assert read_privacy(data_dir).failed_unlocks == 3
    fourth = fk("passphrase", "change", home=data_dir, lib=lib, stdin="abc\nnew\nnew\n")
    assert fourth.code == 0, fourth.err
    assert fourth.err.splitlines() == ["Waiting 2 s: the last passphrases typed were wrong."]
    assert read_privacy(data_dir).failed_unlocks == 0
    assert fk("runs", home=data_dir, lib=lib, passphrase="new").code == 0


def test_the_wipe_is_reached_by_removing_the_passphrase_too(data_dir: Path, lib: Path) -> None:
    secret = unique_text("run")
    fk("run", "start", "checkpoint", "--name", secret, home=data_dir, lib=lib)
    assert fk("passphrase", "set", home=data_dir, lib=lib, stdin="abc\nabc\n").code == 0
    update_privacy(data_dir, wipe_after_failures=3, failed_unlocks=2)
    one_sentence(fk("passphrase", "remove", home=data_dir, lib=lib, stdin="guess\n"), "wrong")
    assert not vault.is_protected(data_dir)
    assert secret not in fk("runs", home=data_dir, lib=lib).out
    assert read_privacy(data_dir).failed_unlocks == 0


def test_an_error_other_than_a_wrong_passphrase_neither_counts_nor_resets(
        data_dir: Path, lib: Path) -> None:
    assert fk("passphrase", "set", home=data_dir, lib=lib, stdin="abc\nabc\n").code == 0
    update_privacy(data_dir, wipe_after_failures=5, failed_unlocks=1)
    one_sentence(fk("passphrase", "change", home=data_dir, lib=lib, stdin="abc\n\n\n"),
                 "empty")
    assert read_privacy(data_dir).failed_unlocks == 1


def test_no_passphrase_is_tried_from_a_terminal_while_a_window_has_the_folder(
        data_dir: Path, lib: Path) -> None:
    """A wipe there would erase the data under a window that is using it."""
    from fieldkit.core.paths import gui_lock_path

    assert fk("passphrase", "set", home=data_dir, lib=lib, stdin="abc\nabc\n").code == 0
    update_privacy(data_dir, wipe_after_failures=3, failed_unlocks=2)
    lock = gui_lock_path(data_dir)
    # what Qt's QLockFile does for a window: its process id first, and a flock held
    window = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, os, sys, time\n"
         "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)\n"
         "os.write(fd, f'{os.getpid()}\\nfieldkit\\n'.encode())\n"
         "fcntl.flock(fd, fcntl.LOCK_EX)\nprint('open', flush=True)\ntime.sleep(60)\n",
         str(lock)], stdout=subprocess.PIPE, text=True)
    try:
        assert window.stdout is not None and window.stdout.readline() == "open\n"
        one_sentence(fk("runs", home=data_dir, lib=lib, passphrase="guess"), "window is open")
        one_sentence(fk("passphrase", "change", home=data_dir, lib=lib,
                        stdin="guess\nx1\nx1\n"), "window is open")
        assert vault.is_protected(data_dir) and read_privacy(data_dir).failed_unlocks == 2
    finally:
        window.kill()
        window.wait()
    # the window gone, its lock file left behind as after a crash: the terminal may try again,
    # even when the process id in it is alive again (here: this test's own process)
    lock.write_text(f"{os.getpid()}\nfieldkit\n", "utf-8")
    assert fk("runs", home=data_dir, lib=lib, passphrase="abc").code == 0


@pytest.mark.parametrize("planted", ["fifo", "link"])
def test_a_fifo_or_link_planted_as_the_window_lock_is_no_window_and_no_hang(
        data_dir: Path, lib: Path, tmp_path: Path, planted: str) -> None:
    from fieldkit.core.paths import gui_lock_path

    assert fk("passphrase", "set", home=data_dir, lib=lib, stdin="abc\nabc\n").code == 0
    lock = gui_lock_path(data_dir)
    if planted == "fifo":
        os.mkfifo(lock)
    else:
        target = tmp_path / "elsewhere.lock"
        target.write_text(f"{os.getpid()}\n", "utf-8")
        lock.symlink_to(target)
    assert fk("runs", home=data_dir, lib=lib, passphrase="abc").code == 0  # fk times out at 60 s


def test_processes_counting_at_once_lose_no_count(data_dir: Path, lib: Path) -> None:
    """Each count is a read and a write of the privacy file: the vault lock makes them one step,
    or two processes read the same count and one failure is lost."""
    assert fk("passphrase", "set", home=data_dir, lib=lib, stdin="abc\nabc\n").code == 0
    code = ("import sys\n"
            "from fieldkit.core.access import count_failure\n"
            "for _ in range(25):\n"
            "    count_failure(sys.argv[1])\n")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(data_dir)]) for _ in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    assert read_privacy(data_dir).failed_unlocks == 100


def test_the_count_does_not_wait_for_ever_on_a_held_lock(data_dir: Path, lib: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Another process holding the vault lock (a long conversion, a process stopped with Ctrl-Z)
    must not freeze the lock screen: the count goes on without the lock after a while."""
    from fieldkit.core import access
    from fieldkit.core.paths import VAULT_LOCK_NAME, private_dir

    assert fk("passphrase", "set", home=data_dir, lib=lib, stdin="abc\nabc\n").code == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, os, sys, time\n"
         "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)\n"
         "fcntl.flock(fd, fcntl.LOCK_EX)\nprint('held', flush=True)\ntime.sleep(60)\n",
         str(private_dir(data_dir) / VAULT_LOCK_NAME)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        monkeypatch.setattr(access, "LOCK_WAIT_S", 0.3)
        outcome: list[access.Unlocked] = []
        counting = threading.Thread(target=lambda: outcome.append(access.count_failure(data_dir)),
                                    daemon=True)
        counting.start()
        counting.join(timeout=30)  # the holder sleeps 60 s: still waiting here means a hang
        assert not counting.is_alive(), "the count waited for the lock with no end"
        assert outcome[0].failures == 1
        # at the limit without the lock: counted, but no wipe racing the holder's conversion
        update_privacy(data_dir, wipe_after_failures=3, failed_unlocks=2)
        with pytest.raises(vault.WrongPassphrase, match="the next wrong passphrase erases"):
            access.unlock_key(data_dir, "guess")
        assert vault.is_protected(data_dir) and read_privacy(data_dir).failed_unlocks == 3
    finally:
        holder.kill()
        holder.wait()
    # the lock free again: the next wrong one wipes
    assert access.unlock_key(data_dir, "guess") is None and not vault.is_protected(data_dir)


def test_only_a_wrong_passphrase_counts(data_dir: Path, lib: Path) -> None:
    """A key that does not open the DB (vault.wrong_key) is a damaged folder, not a guess."""
    from fieldkit.core.access import counting_failures

    assert fk("passphrase", "set", home=data_dir, lib=lib, stdin="abc\nabc\n").code == 0
    update_privacy(data_dir, wipe_after_failures=3, failed_unlocks=2)
    with pytest.raises(vault.WrongPassphrase), counting_failures(data_dir):
        raise vault.WrongPassphrase("this key does not open the data", code="vault.wrong_key")
    assert read_privacy(data_dir).failed_unlocks == 2 and vault.is_protected(data_dir)
    with pytest.raises(vault.WrongPassphrase), counting_failures(data_dir):
        raise vault.WrongPassphrase()
    assert read_privacy(data_dir).failed_unlocks == 0 and not vault.is_protected(data_dir)


def test_passphrase_commands_on_a_folder_without_one(data_dir: Path, lib: Path) -> None:
    one_sentence(fk("passphrase", "change", home=data_dir, lib=lib, stdin="a\nb\nb\n"),
                 "has no passphrase")
    one_sentence(fk("passphrase", "set", home=data_dir, lib=lib, stdin="\n\n"), "empty")
    assert not vault.is_protected(data_dir)


def _at_terminal(args: list[str], answers: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run fieldkit with a pseudo-terminal as its controlling terminal, typing each answer
    after the next prompt; returns the exit code and everything the terminal showed."""
    pid, master = pty.fork()
    if pid == 0:  # the child: its stdin, stdout and /dev/tty are the pty
        os.execve(sys.executable, [sys.executable, "-m", "fieldkit", *args], env)
    shown = b""
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                shown += chunk
                if answers and shown.rstrip().endswith(b":"):
                    time.sleep(0.1)  # getpass has turned echo off before its prompt; be sure
                    os.write(master, answers.pop(0).encode() + b"\n")
                    shown += b"\n"  # the next prompt is a new one
        else:
            os.kill(pid, 9)
        _, status = os.waitpid(pid, 0)
    finally:
        os.close(master)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8", "replace")


def test_at_a_terminal_the_passphrase_is_asked_without_echo(data_dir: Path, lib: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "FIELDKIT_PASSPHRASE"}
    common = ["--library", str(lib), "--data-dir", str(data_dir)]
    secret = "typed-" + unique_text("secret")
    code, shown = _at_terminal([*common, "passphrase", "set"], [secret, secret], env)
    assert code == 0, shown
    assert "New passphrase" in shown and secret not in shown
    code, shown = _at_terminal([*common, "runs"], [secret], env)
    assert code == 0 and "Passphrase:" in shown and secret not in shown, shown
    code, shown = _at_terminal([*common, "runs"], ["not it"], env)
    assert code == 1 and "the passphrase is wrong" in shown and "not it" not in shown
