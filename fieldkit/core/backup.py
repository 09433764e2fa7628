"""Consistent copies of the user DB (SQLite's backup API), checked, rotated, and restore.

Never deletes the last intact copy and never lets a damaged copy take a rotation slot. In a
folder with a passphrase every copy is encrypted with the same data key as the live file (the
`key` argument; without it PassphraseRequired), so restore and checks need that key too.

Names: user-YYYYmmdd-HHMMSS-qSEQ-KIND.sqlite. The date is the clock's, for people; SEQ counts
up with every copy made in the folder whatever the clock says, and rotation goes by it. So a
clock that jumps either way cannot make copies look newer or older than they are: copies dated
in the future (a clock that was wrong, then fixed) do not count as today's or this week's copy
and leave their slots as new copies are made, like any other. Older names without a SEQ rank
before every numbered copy, among themselves by date.

Kept: the last 7 daily, 4 weekly, 5 install and 5 before-restore copies. The copy set aside
before the first restore of a series (restores with no automatic copy in between) is of kind
'kept'; like 'damaged' (the raw bytes of a file SQLite could not copy) and 'moved' (the file
an older FieldKit kept in the data folder itself), it stays until the person deletes it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from fieldkit.core.errors import BackupError, DamagedDataError
from fieldkit.core.paths import user_db_path
from fieldkit.core.userfile import (
    DATABASE_ERRORS,
    OPERATIONAL_ERRORS,
    SQLITE_ERRORS,
    Connection,
    connect_user_db,
    copy_db,
    describe_sqlite_error,
    quick_check,
    sqlite_reason_code,
)
from fieldkit.core.vault import DataKey, PassphraseRequired, is_protected
from fieldkit.core.window_lock import window_pid

BACKUP_DIR = "backups"
KEEP = {"daily": 7, "weekly": 4, "install": 5, "before-restore": 5}
# user-YYYYmmdd-HHMMSS[-N][-qSEQ]-KIND.sqlite (-N: older names told same-second copies apart).
_NAME = re.compile(r"^user-(\d{8}-\d{6})(?:-(\d+))?(?:-q(\d+))?-([a-z]+(?:-[a-z]+)*)\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    name: str
    path: Path
    taken_at: dt.datetime
    kind: str
    size: int
    sequence: int = 0


def backup_dir(folder: Path) -> Path:
    return Path(folder) / BACKUP_DIR


def _parse(path: Path) -> BackupInfo | None:
    """The backup a file name describes, or None for anything else (a stray file, a date
    that is no date, a folder): never an error, so one odd file cannot stop a command."""
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        taken = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
        if not path.is_file():
            return None
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    sequence = int(match.group(3) or 0)
    return BackupInfo(path.name, path, taken, match.group(4), size, sequence)


def list_backups(folder: Path) -> list[BackupInfo]:
    """Newest first (by date; copies of the same second by the order they were made)."""
    directory = backup_dir(folder)
    try:
        paths = list(directory.iterdir()) if directory.is_dir() else []
    except OSError:
        return []
    out = [b for b in map(_parse, paths) if b is not None]
    return sorted(out, key=lambda b: (b.taken_at, b.sequence, _same_second(b.name), b.name),
                  reverse=True)


def _same_second(name: str) -> int:
    match = _NAME.match(name)
    return int(match.group(2) or 1) if match else 0


def _made_order(backups: list[BackupInfo]) -> list[BackupInfo]:
    """Newest made first, whatever the clock said when each was made."""
    return sorted(backups, key=lambda b: (b.sequence, b.taken_at, _same_second(b.name)),
                  reverse=True)


_STALE_TEMP_S = 3600


def _clean_stale_temps(directory: Path) -> None:
    """Remove copies a killed FieldKit left half-made (an hour old: never one in progress)."""
    with contextlib.suppress(OSError):
        for tmp in directory.glob(".copy-*.tmp"):
            with contextlib.suppress(OSError):
                if not tmp.is_symlink() and tmp.is_file() and \
                        time.time() - tmp.stat().st_mtime > _STALE_TEMP_S:
                    tmp.unlink()


def _need_key(folder: Path, key: DataKey | None) -> None:
    if key is None and is_protected(folder):
        raise PassphraseRequired()


def _take(source: Connection, directory: Path, kind: str, now: dt.datetime,
          key: DataKey | None) -> Path:
    """Copy `source` under the next free sequence number; never overwrites a file."""
    _clean_stale_temps(directory)
    sequence = max((b.sequence for b in list_backups(directory.parent)), default=0) + 1
    while True:
        dest = directory / f"user-{now:%Y%m%d-%H%M%S}-q{sequence}-{kind}.sqlite"
        if not dest.exists():
            try:
                copy_db(source, dest, replace=False, key=key)
                return dest
            except FileExistsError:  # another process took this name a moment ago
                pass
        sequence += 1


def copy_user_data(folder: Path, dest: Path, *, key: DataKey | None = None) -> None:
    """A consistent copy of the user DB into folder `dest` (e.g. to render it without
    touching the original); nothing happens if there is no user DB yet."""
    source = user_db_path(folder)
    if not source.is_file():
        return
    _need_key(folder, key)
    target = user_db_path(Path(dest))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.closing(connect_user_db(source, key=key, read_only=True)) as src:
            copy_db(src, target, key=key)
    except (*SQLITE_ERRORS, OSError) as exc:
        reason = describe_sqlite_error(exc, target.parent)
        raise BackupError(f"{source}: the copy to {target.parent} failed ({reason})",
                          code=sqlite_reason_code(reason, BackupError.code)) from exc


def make_backup(folder: Path, kind: str, now: dt.datetime | None = None, *,
                key: DataKey | None = None) -> BackupInfo | None:
    """Copy the user DB into the backups folder; None if there is no user DB yet.

    The copy is checked (`quick_check`) before it counts: a damaged live file raises
    DamagedDataError, once, plainly, and no copy is made or pruned.
    """
    source = user_db_path(folder)
    if not source.is_file():
        return None
    _need_key(folder, key)
    if source.stat().st_size == 0:  # SQLite would copy it as an empty, 'intact' database
        raise DamagedDataError(_damaged_message(folder, key))
    now = now or dt.datetime.now(dt.UTC)
    directory = backup_dir(folder)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"{directory}: the backups folder cannot be made "
                          f"({exc.strerror})") from exc
    try:
        with contextlib.closing(connect_user_db(source, key=key, read_only=True)) as src:
            dest = _take(src, directory, kind, now, key)
    except DATABASE_ERRORS as exc:
        if describe_sqlite_error(exc).startswith("the data file is damaged"):
            raise DamagedDataError(_damaged_message(folder, key)) from exc
        reason = describe_sqlite_error(exc, directory)
        raise BackupError(f"{source}: the backup failed ({reason})",
                          code=sqlite_reason_code(reason, BackupError.code)) from exc
    except OSError as exc:
        raise BackupError(f"{directory}: the backup failed ({exc.strerror})") from exc
    prune(folder, keep=dest.name, key=key)
    return next(b for b in list_backups(folder) if b.name == dest.name)


def _damaged_message(folder: Path, key: DataKey | None = None) -> str:
    intact = next((b for b in _made_order(list_backups(folder))
                   if quick_check(b.path, key=key)), None)
    hint = (f"restore the last intact backup with 'fieldkit backup restore {intact.name}'"
            if intact else "no intact backup exists; copy the data folder somewhere safe")
    return (f"{user_db_path(folder)}: your data file is damaged, so no new backup was made "
            f"and none was deleted; {hint}")


def auto_backup(folder: Path, now: dt.datetime | None = None, *,
                key: DataKey | None = None) -> list[BackupInfo]:
    """At most one daily copy per day and one weekly copy per ISO week (copies dated after
    `now` come from a clock that was wrong and do not count)."""
    now = now or dt.datetime.now(dt.UTC)
    existing = [b for b in list_backups(folder) if b.taken_at <= now]
    made: list[BackupInfo] = []
    if not any(b.kind == "daily" and b.taken_at.date() == now.date() for b in existing):
        info = make_backup(folder, "daily", now, key=key)
        if info:
            made.append(info)
    week = now.isocalendar()[:2]
    if not any(b.kind == "weekly" and b.taken_at.isocalendar()[:2] == week for b in existing):
        info = make_backup(folder, "weekly", now, key=key)
        if info:
            made.append(info)
    return made


def prune(folder: Path, keep: str | None = None, *, key: DataKey | None = None) -> list[str]:
    """Delete the oldest-made copies beyond what KEEP allows for each kind; returns their names.

    `keep` (the copy just made, checked) is never deleted. Nor is the newest-made copy that
    passes quick_check: if every copy that would stay were damaged, the best one left goes on.
    """
    backups = _made_order(list_backups(folder))
    seen: dict[str, int] = {}
    doomed: list[BackupInfo] = []
    for b in backups:
        seen[b.kind] = seen.get(b.kind, 0) + 1
        limit = KEEP.get(b.kind)
        if limit is not None and seen[b.kind] > limit and b.name != keep:
            doomed.append(b)
    if not doomed:
        return []
    staying = [b for b in backups if b not in doomed]
    if not any(b.name == keep or quick_check(b.path, key=key) for b in staying):
        rescued = next((b for b in doomed if quick_check(b.path, key=key)), None)
        if rescued is not None:
            doomed.remove(rescued)
    removed: list[str] = []
    for b in doomed:
        with contextlib.suppress(FileNotFoundError):
            b.path.unlink()
        removed.append(b.name)
    return removed


def restore_backup(folder: Path, name: str, *, key: DataKey | None = None
                   ) -> BackupInfo | None:
    """Bring back backup `name`; the current file is first kept as a backup, which is
    returned: 'kept' for the first restore of a series, 'before-restore' after that, or
    'damaged' (its raw bytes, moved aside) when SQLite cannot copy it."""
    chosen = next((b for b in list_backups(folder) if b.name == name), None)
    if chosen is None:
        raise BackupError(f"no backup named {name!r}; 'fieldkit backup list' shows them",
                          code="backup.not_found", fields={"name": name})
    _need_key(folder, key)
    _check_backup(chosen, key)
    if not os.access(user_db_path(folder).parent, os.W_OK):
        raise BackupError(f"{folder}: the data folder is read-only, so nothing can be restored "
                          f"into it; {chosen.name} itself is intact",
                          code="backup.folder_read_only", fields={"name": chosen.name})
    newest = next(iter(_made_order(list_backups(folder))), None)
    kind = "before-restore" if newest and newest.kind in ("kept", "before-restore") else "kept"
    target = user_db_path(folder)
    try:
        aside = make_backup(folder, kind, key=key)
    except DamagedDataError:
        aside = _set_damaged_aside(folder)
    except BackupError:
        if not _is_damaged(target, key):  # e.g. the disk is full: say so, change nothing
            raise
        aside = _set_damaged_aside(folder)
    try:
        with contextlib.closing(connect_user_db(chosen.path, key=key, read_only=True)) as src:
            if target.exists():
                with contextlib.closing(connect_user_db(target, key=key)) as dest:
                    src.backup(dest)  # in place: connections open on the file see the result
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                copy_db(src, target, key=key)
    except (*SQLITE_ERRORS, OSError) as exc:
        raise BackupError(f"{target}: the restore failed "
                          f"({describe_sqlite_error(exc, target.parent)}); "
                          "your data is unchanged", code="backup.restore_failed") from exc
    _migrate(target, key)
    return aside


def _migrate(target: Path, key: DataKey | None) -> None:
    """A backup from an older FieldKit comes back in its own schema: bring it up to this
    version's at once (the same steps as opening it), so nothing reads a missing column."""
    from fieldkit.core.db import user_engine  # restore only: the database layer loads late

    user_engine(target, key).dispose()


def _is_damaged(path: Path, key: DataKey | None) -> bool:
    if not path.is_file():
        return False
    if path.stat().st_size == 0:
        return True
    return not quick_check(path, key=key)


def _set_damaged_aside(folder: Path) -> BackupInfo | None:
    """Move the live file SQLite cannot copy (with its WAL) into the backups folder as it
    is, by renaming: no byte of it is read or lost, and it is never rotated away."""
    target = user_db_path(folder)
    if not target.exists():
        return None
    if window_pid(folder) is not None:  # it would go on writing to the file moved away
        raise BackupError(f"{folder}: close the FieldKit window using this folder first, "
                          "then restore", code="backup.folder_in_use")
    directory = backup_dir(folder)
    now = dt.datetime.now(dt.UTC)
    sequence = max((b.sequence for b in list_backups(folder)), default=0) + 1
    dest = directory / f"user-{now:%Y%m%d-%H%M%S}-q{sequence}-damaged.sqlite"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        os.replace(target, dest)
        for suffix in ("-wal", "-journal"):
            side = target.with_name(target.name + suffix)
            if side.exists():
                os.replace(side, dest.with_name(dest.name + suffix))
        target.with_name(target.name + "-shm").unlink(missing_ok=True)
    except OSError as exc:
        raise BackupError(f"{target}: the damaged file could not be set aside "
                          f"({exc.strerror}); your data is unchanged",
                          code="backup.set_aside_failed") from exc
    return _parse(dest)


# The user tables of the first schema: every FieldKit backup has them. Later tables (sheets)
# and columns are added by the migration that runs after a restore.
_FIRST_TABLES = {"runs", "run_items", "run_events", "record_notes", "bookmarks", "settings"}


def _check_backup(backup: BackupInfo, key: DataKey | None = None) -> None:
    """Raise BackupError unless `backup` is an intact FieldKit user DB this version can open.

    An empty or truncated file opens as an empty database and passes quick_check, so the user
    tables and schema version are checked too: restoring it would silently empty the user's data.
    """
    try:
        with contextlib.closing(connect_user_db(backup.path, key=key, read_only=True)) as c:
            if c.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupError(f"{backup.name}: the backup is damaged; choose another",
                                  code="backup.damaged", fields={"name": backup.name})
            version = c.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except OPERATIONAL_ERRORS as exc:
        if backup.path.stat().st_size == 0 or os.access(backup.path.parent, os.W_OK):
            raise BackupError(f"{backup.name}: the backup is not a readable database",
                              code="backup.damaged", fields={"name": backup.name}) from exc
        raise BackupError(f"{backup.name}: the backup cannot be opened in a read-only "
                          f"folder ({exc}); copy the data folder somewhere writable",
                          code="backup.backup_folder_read_only",
                          fields={"name": backup.name}) from exc
    except DATABASE_ERRORS as exc:
        raise BackupError(f"{backup.name}: the backup is not a readable database",
                          code="backup.damaged", fields={"name": backup.name}) from exc
    from fieldkit.core.models import USER_SCHEMA_VERSION  # restore only: keeps
    # the database layer out of start-up, where backups are listed and made with sqlite3 alone

    if not tables >= _FIRST_TABLES or not 1 <= version <= USER_SCHEMA_VERSION:
        raise BackupError(f"{backup.name}: the backup is damaged or not FieldKit data; "
                          "choose another", code="backup.damaged", fields={"name": backup.name})
