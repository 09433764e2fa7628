"""Consistent copies of the user DB (SQLite's backup API), rotated, and restore.

Kept: the last 7 daily, 4 weekly and 5 pre-install copies; restore first sets the current file
aside as a backup of its own, so a restore can itself be undone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from fieldkit.core.errors import BackupError
from fieldkit.core.paths import user_db_path

BACKUP_DIR = "backups"
KEEP = {"daily": 7, "weekly": 4, "install": 5, "before-restore": 5}
# user-YYYYmmdd-HHMMSS[-N]-KIND.sqlite; N tells apart copies taken within the same second.
_NAME = re.compile(r"^user-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    name: str
    path: Path
    taken_at: dt.datetime
    kind: str
    size: int


def backup_dir(folder: Path) -> Path:
    return Path(folder) / BACKUP_DIR


def list_backups(folder: Path) -> list[BackupInfo]:
    """Newest first."""
    out: list[BackupInfo] = []
    directory = backup_dir(folder)
    if not directory.is_dir():
        return out
    for path in directory.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            taken = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
            out.append(BackupInfo(path.name, path, taken, match.group(3), path.stat().st_size))
    return sorted(out, key=lambda b: (b.taken_at, _sequence(b.name), b.name), reverse=True)


def _sequence(name: str) -> int:
    match = _NAME.match(name)
    return int(match.group(2) or 1) if match else 0


def _free_name(directory: Path, now: dt.datetime, kind: str) -> str:
    """A name no existing backup has: two copies in one second must not overwrite each other
    (restoring a 'before-restore' copy straight away would otherwise destroy it)."""
    stamp = f"user-{now:%Y%m%d-%H%M%S}"
    name, n = f"{stamp}-{kind}.sqlite", 1
    while (directory / name).exists():
        n += 1
        name = f"{stamp}-{n}-{kind}.sqlite"
    return name


def _read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; the path is quoted so '#', '?' or '%' in a folder name are safe."""
    return sqlite3.connect(f"file:{quote(str(Path(path).resolve()))}?mode=ro", uri=True)


def _copy(src: Path, dest: Path) -> None:
    """SQLite online backup: consistent even while another connection writes."""
    tmp = dest.with_name(dest.name + ".part")
    try:
        with contextlib.closing(_read_only(src)) as source, \
                contextlib.closing(sqlite3.connect(tmp)) as target:
            source.backup(target)
        tmp.replace(dest)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise BackupError(f"{src}: the backup to {dest.name} failed ({exc})") from exc


def copy_user_data(folder: Path, dest: Path) -> None:
    """A consistent copy of the user DB into folder `dest` (e.g. to render it without
    touching the original); nothing happens if there is no user DB yet."""
    source = user_db_path(folder)
    if source.is_file():
        Path(dest).mkdir(parents=True, exist_ok=True)
        _copy(source, user_db_path(Path(dest)))


def make_backup(folder: Path, kind: str, now: dt.datetime | None = None) -> BackupInfo | None:
    """Copy the user DB into the backups folder; None if there is no user DB yet."""
    source = user_db_path(folder)
    if not source.is_file():
        return None
    now = now or dt.datetime.now(dt.UTC)
    directory = backup_dir(folder)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"{directory}: the backups folder cannot be made "
                          f"({exc.strerror})") from exc
    name = _free_name(directory, now, kind)
    _copy(source, directory / name)
    prune(folder, keep=name)
    return next(b for b in list_backups(folder) if b.name == name)


def auto_backup(folder: Path, now: dt.datetime | None = None) -> list[BackupInfo]:
    """At most one daily copy per day and one weekly copy per ISO week."""
    now = now or dt.datetime.now(dt.UTC)
    existing = list_backups(folder)
    made: list[BackupInfo] = []
    if not any(b.kind == "daily" and b.taken_at.date() == now.date() for b in existing):
        info = make_backup(folder, "daily", now)
        if info:
            made.append(info)
    week = now.isocalendar()[:2]
    if not any(b.kind == "weekly" and b.taken_at.isocalendar()[:2] == week for b in existing):
        info = make_backup(folder, "weekly", now)
        if info:
            made.append(info)
    return made


def prune(folder: Path, keep: str | None = None) -> list[str]:
    """Delete the oldest copies beyond what KEEP allows for each kind; returns their names.

    `keep` (the copy just made) is never deleted, even when a clock set back makes it look
    oldest: it may hold the only copy of what a restore is about to overwrite.
    """
    removed: list[str] = []
    seen: dict[str, int] = {}
    for b in list_backups(folder):
        seen[b.kind] = seen.get(b.kind, 0) + 1
        limit = KEEP.get(b.kind)
        if limit is not None and seen[b.kind] > limit and b.name != keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.name)
    return removed


def restore_backup(folder: Path, name: str) -> BackupInfo | None:
    """Bring back backup `name`; the current file is first kept as a 'before-restore' backup,
    which is returned."""
    chosen = next((b for b in list_backups(folder) if b.name == name), None)
    if chosen is None:
        raise BackupError(f"no backup named {name!r}; 'fieldkit backup list' shows them")
    _check_backup(chosen)
    aside = make_backup(folder, "before-restore")
    target = user_db_path(folder)
    try:
        with contextlib.closing(_read_only(chosen.path)) as src, \
                contextlib.closing(sqlite3.connect(target, timeout=5)) as dest:
            src.backup(dest)
    except sqlite3.Error as exc:
        raise BackupError(f"{target}: the restore failed ({exc}); your data is unchanged") from exc
    return aside


def _check_backup(backup: BackupInfo) -> None:
    """Raise BackupError unless `backup` is an intact FieldKit user DB this version can open.

    An empty or truncated file opens as an empty database and passes quick_check, so the user
    tables and schema version are checked too: restoring it would silently empty the user's data.
    """
    try:
        with contextlib.closing(_read_only(backup.path)) as c:
            if c.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise BackupError(f"{backup.name}: the backup is damaged; choose another")
            version = c.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{backup.name}: the backup is not a readable database") from exc
    from fieldkit.core.models import USER_SCHEMA_VERSION, UserBase  # restore only: keeps
    # the database layer out of start-up, where backups are listed and made with sqlite3 alone

    if not set(UserBase.metadata.tables) <= tables or not 1 <= version <= USER_SCHEMA_VERSION:
        raise BackupError(f"{backup.name}: the backup is damaged or not FieldKit data; "
                          "choose another")
