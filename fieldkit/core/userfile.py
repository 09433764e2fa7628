"""The user DB file: the one way to open it, where it lives, and what its failures mean.

Standard library and sqlcipher3 only (start-up and backups use it before the database layer
loads). A user DB with a data key is opened through SQLCipher 4 (issue 11: encrypted at rest),
one without through the standard sqlite3. Nothing else in FieldKit opens a user DB file:
another descriptor closed on it would drop SQLite's POSIX locks for the whole process (see
`paths.PRIVATE_DIR`); for the same reason one file is never open through both libraries at
once, except while the vault converts a file nobody else holds.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import sqlcipher3.dbapi2 as sqlcipher

from fieldkit.core.errors import UserDataError
from fieldkit.core.paths import legacy_user_db_path

if TYPE_CHECKING:
    from fieldkit.core.vault import DataKey

# sqlcipher3's exceptions are not sqlite3's: catch these tuples wherever a user DB is used.
Connection = sqlite3.Connection | sqlcipher.Connection
SQLITE_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (sqlite3.OperationalError,
                                                   sqlcipher.OperationalError)
PLAIN_HEADER = b"SQLite format 3\x00"

DAMAGED = "the data file is damaged; restore a backup with 'fieldkit backup restore'"
_SQLITE_IOERR, _SQLITE_FULL = 10, 13
_ENOSPC = 28


def connect_user_db(path: Path, *, key: DataKey | None = None, read_only: bool = False,
                    timeout: float = 5.0, use_sqlcipher: bool = False) -> Connection:
    """The one way FieldKit opens a user DB (the live one, a backup, a copy being made).

    The path goes into a `file:` URI percent-quoted, so a folder named 'Team #2', 'a%20b' or
    'q?x' opens that folder's file. Connections are in autocommit mode (isolation_level None):
    callers say BEGIN themselves. With `key` (the raw 32-byte data key; no KDF runs here: the
    passphrase was stretched once, by `vault.unlock`) the file is read and written encrypted
    through SQLCipher; the key is checked at once, so a file that is not encrypted with it
    raises DatabaseError here. Temporary tables and sort files stay in memory, never in the
    temp folder. `use_sqlcipher` opens a plain file through SQLCipher (the vault's export).
    """
    mode = "ro" if read_only else "rwc"
    uri = f"file:{quote(str(Path(path).absolute()))}?mode={mode}"
    module = sqlcipher if key is not None or use_sqlcipher else sqlite3
    conn = module.connect(uri, uri=True, timeout=timeout, check_same_thread=False,
                          isolation_level=None)
    try:
        if key is not None:
            conn.execute(f'PRAGMA key = "{key.sql_literal()}"')
        conn.execute("PRAGMA temp_store = MEMORY")
        if key is not None:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def is_plaintext_db(path: Path) -> bool:
    """Whether `path` starts like a plain (unencrypted) SQLite file; an encrypted file starts
    with its random salt instead. Reads 16 bytes of a file nobody holds open (not the live DB
    of this process: see the module docstring)."""
    try:
        with open(path, "rb") as f:
            return f.read(16) == PLAIN_HEADER
    except OSError:
        return False


def disk_is_full(folder: Path, exc: BaseException | None = None) -> bool:
    """Whether a failed write is the disk running out of room. SQLite reports ENOSPC as
    SQLITE_FULL when writing pages but as a plain I/O error when growing the WAL or its index,
    so an I/O error on a disk with (almost) no free space counts too."""
    if getattr(exc, "errno", None) == _ENOSPC:
        return True
    code = getattr(getattr(exc, "orig", exc), "sqlite_errorcode", None)
    if code is not None and code & 0xFF == _SQLITE_FULL:
        return True
    if code is not None and code & 0xFF != _SQLITE_IOERR:
        return False
    probe = Path(folder)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        st = os.statvfs(probe)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 256 * 1024


# The phrases describe_sqlite_error may say, as error codes (FieldKitError.code) for the GUI.
_REASON_CODES = (("the disk is full", "user.disk_full"), ("the data file is locked", "user.locked"),
                 ("the data file is read-only", "user.read_only"),
                 ("the data file is damaged", "user.damaged"))
USER_DATA_CODES = tuple(code for _, code in _REASON_CODES)


def sqlite_reason_code(reason: str, default: str) -> str:
    """The error code for a phrase of `describe_sqlite_error` (`default` for the catch-all)."""
    return next((code for start, code in _REASON_CODES if reason.startswith(start)), default)


def describe_sqlite_error(exc: BaseException, folder: Path | None = None) -> str:
    """One plain phrase for a SQLite failure a person can act on; `folder` (where the file
    lives) lets a full disk be named as such rather than as a 'disk I/O error'."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "full" in text or (folder is not None and "disk i/o" in text
                          and disk_is_full(folder, exc)):
        return "the disk is full; free some space and retry"
    if "locked" in text or "busy" in text:
        return "the data file is locked by another FieldKit window or program; close it and retry"
    if "readonly" in text or "read-only" in text:
        return "the data file is read-only; check its permissions"
    if "not a database" in text or "malformed" in text:
        return DAMAGED
    return f"the database could not be used ({text})"


def quick_check(path: Path, *, key: DataKey | None = None) -> bool:
    """Whether SQLite finds the file intact (`PRAGMA quick_check`); unreadable counts as not
    (an encrypted file without its key, or a plain one with a key, is unreadable)."""
    try:
        with contextlib.closing(connect_user_db(path, key=key, read_only=True)) as c:
            return c.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except DATABASE_ERRORS:
        return False


def copy_db(source: Connection, dest: Path, *, replace: bool = True,
            key: DataKey | None = None) -> None:
    """Write a consistent copy of `source` to `dest` through SQLite's backup API: into a new
    file with a random name in `dest`'s folder (created exclusively, so a planted symlink is
    never followed), synced, checked (a damaged source raises sqlite3.DatabaseError), then
    renamed over `dest` (or, without `replace`, linked there: FileExistsError if taken).
    `key`: the source's data key, which the copy is encrypted with too (None: both plain)."""
    fd, tmp_name = tempfile.mkstemp(prefix=".copy-", suffix=".tmp", dir=Path(dest).parent)
    os.close(fd)  # SQLite opens it by name; O_EXCL above made sure the name was ours
    tmp = Path(tmp_name)
    try:
        with contextlib.closing(connect_user_db(tmp, key=key)) as target:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
        if not quick_check(tmp, key=key):
            raise sqlcipher.DatabaseError("database disk image is malformed")
        _fsync(tmp)
        if replace:
            os.replace(tmp, dest)
        else:
            os.link(tmp, dest)
            tmp.unlink()
        _fsync(Path(dest).parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _fsync(path: Path) -> None:
    """Flush a finished copy (not a live DB: this process holds no SQLite locks on it, so
    opening and closing it drops nothing) or a folder's entries to disk."""
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def migrate_legacy_location(path: Path) -> bool:
    """Move a user DB from where older FieldKits kept it (DATA/user.sqlite) to `path`.

    Copied through SQLite (its WAL included; the backup API restarts if another connection
    writes meanwhile), checked, linked into place only if no other FieldKit got there first;
    then the old file is folded into one file (checkpoint, no WAL) and kept in the backups
    folder as a copy that is never rotated away. Returns True if it moved something.
    """
    path = Path(path)
    legacy = legacy_user_db_path(path.parent.parent)
    if path.exists() or not legacy.is_file():
        return False
    try:
        with contextlib.closing(connect_user_db(legacy)) as old:
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                copy_db(old, path, replace=False)  # the backup API reads the WAL too
            except FileExistsError:  # another FieldKit moved it at the same moment
                return False
            old.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            old.execute("PRAGMA journal_mode=DELETE")  # one file, no WAL, before it is moved
    except (*SQLITE_ERRORS, OSError) as exc:
        raise UserDataError(f"{legacy}: your data could not be moved to {path.parent} "
                            f"({describe_sqlite_error(exc, path.parent)})") from exc
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    kept = path.parent.parent / "backups" / f"user-{stamp}-moved.sqlite"
    with contextlib.suppress(OSError):  # left in place it is harmless: the new file wins
        kept.parent.mkdir(exist_ok=True)
        if not kept.exists():
            os.replace(legacy, kept)
    return True
