"""The program the vault kill -9 tests start and kill: `vault_worker.py serve` loads FieldKit
once, then for each line `OUT MODE FOLDER` on stdin forks a child that prints READY to OUT,
sets, changes or removes the passphrase of FOLDER (MODE: set|change|remove), then prints
DONE; it answers each line with the child's pid, which the test kills with -9."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from fieldkit.core import vault

OLD, NEW = "old words", "new words"


_STEPS = ("replace", "unlink", "fsync", "rename", "link", "pwrite")


def _die_at_step(n: int) -> None:
    """Kill this process with -9 just before its n-th file-system step (a rename, an unlink,
    an fsync, a write of the key): every step boundary of the work gets a kill of its own."""
    count = [0]
    for name in _STEPS:
        real = getattr(os, name)

        def step(*args, _real=real, **kwargs):
            count[0] += 1
            if count[0] == n:
                os.kill(os.getpid(), signal.SIGKILL)
            return _real(*args, **kwargs)

        setattr(os, name, step)


def work(mode: str, folder: Path) -> None:
    mode, _, step = mode.partition("@")
    if step:
        _die_at_step(int(step))
    print("READY", flush=True)
    if mode == "set":
        vault.set_passphrase(folder, NEW).forget()
    elif mode == "change":
        vault.change_passphrase(folder, OLD, NEW)
    else:
        vault.remove_passphrase(folder, OLD)
    print("DONE", flush=True)


def serve() -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    for line in sys.stdin:
        out, mode, folder = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 1)
            os.close(fd)
            sys.stdout = open(1, "w", buffering=1, closefd=False)  # noqa: SIM115
            try:
                work(mode, Path(folder))
            finally:
                os._exit(0)
        print("PID", pid, flush=True)


if __name__ == "__main__":
    serve()
