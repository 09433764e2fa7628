"""A small program the kill -9 tests start and kill: it does one kind of work in a loop and
prints a line after each step is committed (`T run item` for a tick, `B name`, `R name`, `S`).

Usage: worker.py serve. It loads FieldKit once, then for each line `OUT CONFIG MODE LIBRARY
FOLDER [NEW_FOLDER]` on stdin forks a child that does the work (printing to file OUT, with
XDG_CONFIG_HOME=CONFIG) and answers with the child's pid; the test kills that child with -9.
Forking a loaded process keeps 30 trials per fault to a few seconds.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sys
from pathlib import Path

from fieldkit.core.backup import auto_backup, make_backup, restore_backup
from fieldkit.core.library import LibrarySet
from fieldkit.core.userdata import UserData


def say(*words: object) -> None:
    print(*words, flush=True)


def serve() -> None:
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # killed children are reaped by the kernel
    for line in sys.stdin:
        out, config, *args = line.split("\t")
        args[-1] = args[-1].rstrip("\n")
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            os.environ["XDG_CONFIG_HOME"] = config
            fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(fd, 1)
            os.close(fd)
            sys.stdout = open(1, "w", buffering=1, closefd=False)  # noqa: SIM115
            try:
                work(args)
            finally:
                os._exit(1)
        print("PID", pid, flush=True)


def work(argv: list[str]) -> None:
    mode, library, folder = argv[0], Path(argv[1]), Path(argv[2])
    with LibrarySet([library]) as libs:
        checklist, info = libs.checklist("checkpoint"), libs.infos[0]
    user = UserData(folder)
    queue: list[tuple[str, str]] = []

    def tick() -> None:
        if not queue:
            run = user.runs.start(checklist, None, info)
            queue.extend((run.id, i.id) for i in run.items)
        run_id, item_id = queue.pop(0)
        user.runs.tick(run_id, item_id)
        say("T", run_id, item_id)

    if mode == "restore":
        tick()
        first = queue[0]
        base = make_backup(folder, "install")
        say("BASE", base.name)
    say("READY")
    day = dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)
    moves = 0
    while True:
        if mode == "tick":
            tick()
        elif mode == "backup":
            tick()
            day += dt.timedelta(hours=7)
            for b in auto_backup(folder, day):
                say("B", b.name)
        elif mode == "restore":  # the same item each round: the restore undoes it
            run_id, item_id = first
            user.runs.tick(run_id, item_id)
            say("T", run_id, item_id)
            aside = restore_backup(folder, base.name)
            say("R", aside.name if aside else "-")
        elif mode == "folder":
            for _ in range(2):
                tick()
            moves += 1
            target = Path(argv[3]) / f"f{moves}"
            user.switch_folder(target)
            folder = target
            say("S", target)


if __name__ == "__main__":
    serve()
