"""Issue 8 item 4: one damaged page in a user DB that still opens, then weeks of use with
automatic backups. Before, the damage was copied into every new backup and rotation pruned
the good ones (after 45 days all 11 backups failed integrity_check) with no word said.

Now each new copy is checked before it takes a slot, the last intact copy is never pruned, and
the person is told once per backup attempt. Lost = a trial where no intact backup holds the
data as it was before the damage.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from fieldkit.core.backup import auto_backup, list_backups
from fieldkit.core.errors import DamagedDataError, FieldKitError
from fieldkit.core.library import LibrarySet
from fieldkit.core.paths import user_db_path
from fieldkit.core.userdata import UserData
from fieldkit.core.userfile import connect_user_db
from tests.faults.conftest import TRIALS

DAYS = 45
START = dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)


def _notes(path: Path) -> dict[str, str] | None:
    """The record notes in a copy, or None if SQLite finds the copy damaged."""
    try:
        with contextlib.closing(connect_user_db(path, read_only=True)) as conn:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return None
            return dict(conn.execute("SELECT record_id, text FROM record_notes"))
    except sqlite3.DatabaseError:
        return None


def _damage_a_page(path: Path, rng: random.Random) -> int:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        count = conn.execute("PRAGMA page_count").fetchone()[0]
    victim = rng.randrange(2, count + 1)  # page 1 intact: the file still opens
    with path.open("r+b") as fh:
        fh.seek((victim - 1) * page)
        fh.write(rng.randbytes(page))
    return victim


@pytest.fixture(scope="module")
def checklist(shared_library_path: Path):
    with LibrarySet([shared_library_path]) as libs:
        return libs.checklist("checkpoint"), libs.infos[0]


def test_page_damage_then_weeks_of_use_never_prunes_the_last_good_backup(
        fast_tmp: Path, checklist, fault_counts, request) -> None:
    seed = random.randrange(1 << 30)
    print(f"{request.node.name}: seed {seed}")
    rng = random.Random(seed)
    lost = warned = damaged_live = 0
    for trial in range(TRIALS):
        folder = fast_tmp / f"home{trial}"
        with UserData(folder) as user:
            for n in range(40):  # a few dozen pages of notes
                user.set_note(f"rec-{n}", f"note {n} " + "x" * rng.randrange(100, 1500))
            run = user.runs.start(checklist[0], None, checklist[1])
            before = dict(_notes(user_db_path(folder)) or {})
        for day in range(3):  # good backups first
            auto_backup(folder, START + dt.timedelta(days=day))
        _damage_a_page(user_db_path(folder), rng)
        said = 0
        try:  # weeks of one open session, as the window keeps it
            session: UserData | None = UserData(folder)
        except FieldKitError:
            session = None
        for day in range(3, DAYS):
            if session is not None:
                with contextlib.suppress(FieldKitError):  # a damaged file may refuse the work
                    session.runs.tick(run.id, run.items[day % len(run.items)].id,
                                      done=bool(day % 2))
            try:
                auto_backup(folder, START + dt.timedelta(days=day))
            except DamagedDataError:
                said += 1
        if session is not None:
            session.close()
        intact = [b for b in list_backups(folder) if _notes(b.path) is not None]
        live_ok = _notes(user_db_path(folder)) is not None
        damaged_live += not live_ok
        warned += said > 0
        if not live_ok:
            assert said > 0, "the live file was damaged and nobody was told"
        if not any(_notes(b.path) == before for b in intact) and not live_ok:
            lost += 1
    fault_counts.record(f"random page damage then {DAYS} days of use", TRIALS, lost,
                        f"{damaged_live} left the live file damaged, {warned} warned")
    assert lost == 0
