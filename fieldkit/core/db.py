"""Engines for the two databases: pragmas (WAL, foreign keys), read-only content, user migrations.

Content DBs are opened read-only and immutable: they are only ever replaced whole, never edited.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import URL, Engine, create_engine, event, inspect
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool, QueuePool

from fieldkit.core.errors import DamagedDataError, DiskFullError, LibraryError, UserDataError
from fieldkit.core.migrations import migrate_user_schema
from fieldkit.core.models import USER_SCHEMA_VERSION, UserBase
from fieldkit.core.userfile import (
    DAMAGED,
    SQLITE_ERRORS,
    connect_user_db,
    describe_sqlite_error,
    migrate_legacy_location,
    sqlcipher,
    sqlite_reason_code,
)

if TYPE_CHECKING:
    from fieldkit.core.vault import DataKey

__all__ = ["connect_user_db", "content_engine", "describe_sqlite_error", "user_engine",
           "user_transaction", "writable_engine"]


def _on_connect_pragmas(*pragmas: str):
    def apply(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        for pragma in pragmas:
            cur.execute(pragma)
        cur.close()

    return apply


def content_engine(path: Path) -> Engine:
    """A read-only engine on a built content DB; raises LibraryError if it is not one."""
    path = Path(path)
    if not path.is_file():
        raise LibraryError(path, "the library file does not exist")
    # URL.create, not a URL string: a string is percent-decoded and split at '?', so a folder
    # named 'a%20b' or 'q?x' would open some other file.
    url = URL.create("sqlite+pysqlite", database=f"file:{quote(str(path.resolve()))}",
                     query={"mode": "ro", "immutable": "1", "uri": "true"})
    engine = create_engine(
        url,
        poolclass=NullPool,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect_pragmas("PRAGMA query_only=ON"))
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
    except Exception as exc:  # sqlite3 raises DatabaseError for non-DB files
        raise LibraryError(path, "the file is not a readable FieldKit library") from exc
    if not {"library_meta", "search_docs", "search_fts"} <= names:
        raise LibraryError(path, "the file is not a FieldKit library")
    return engine


def writable_engine(path: Path, *, synchronous: str = "FULL", immediate: bool = False,
                    key: DataKey | None = None) -> Engine:
    """A read-write engine with WAL, foreign keys and a busy timeout.

    With `immediate` (the user DB), every transaction starts with BEGIN IMMEDIATE (the driver's
    own deferred BEGIN comes only before the first write, so the reads a write depends on would
    run outside it): two programs changing the same run are serialised whole, never interleaved.
    The user DB is opened through `connect_user_db`, SQLAlchemy's `creator` (with `key`, the
    data key of an encrypted DB: a pooled connection made after `key.forget()` fails); then
    the dialect is told the DB-API module is sqlcipher3's, so its errors become SQLAlchemy's.
    """
    if immediate:
        engine = create_engine(
            URL.create("sqlite+pysqlite", database=str(Path(path).absolute())),
            creator=lambda: connect_user_db(path, key=key), poolclass=QueuePool,
            **({"module": sqlcipher} if key is not None else {}),
        )
    else:
        engine = create_engine(
            URL.create("sqlite+pysqlite", database=str(Path(path).absolute())),
            connect_args={"timeout": 5.0, "check_same_thread": False},
        )
    event.listen(
        engine,
        "connect",
        _on_connect_pragmas(
            "PRAGMA journal_mode=WAL",
            "PRAGMA foreign_keys=ON",
            f"PRAGMA synchronous={synchronous}",
        ),
    )
    if immediate:
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"))
    return engine


_WRITES = ("insert", "update", "delete", "replace", "commit", "create", "drop", "alter", "pragma")


@contextmanager
def user_transaction(engine: Engine) -> Iterator[Session]:
    """One unit of work on the user DB; failures become a UserDataError sentence that says
    whether reading or saving failed (a damaged file that cannot be read is not 'unsaved')."""
    try:
        with Session(engine, expire_on_commit=False) as s, s.begin():
            yield s
    except SQLAlchemyError as exc:
        statement = (getattr(exc, "statement", None) or "").lstrip().lower()
        verb = "saved" if statement.startswith(_WRITES) else "read"
        folder = Path(str(engine.url.database or ".")).parent
        raise _user_error(f"your data could not be {verb}: ", exc, folder) from exc


def user_engine(path: Path, key: DataKey | None = None) -> Engine:
    """Open (creating or migrating) the user DB (encrypted with `key` if given). Raises
    UserDataError with a plain reason.

    A file that exists but is empty is damaged, not new: SQLite would silently make it an empty
    database, hiding that the person's data is gone, so it is refused and the backups offered.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        migrate_legacy_location(path)
        if path.is_file() and path.stat().st_size == 0 and _has_backups(path):
            raise DamagedDataError(f"{path}: the data file is empty; {DAMAGED.split('; ')[1]}")
        engine = writable_engine(path, immediate=True, key=key)
        with engine.begin() as conn:
            version = conn.exec_driver_sql("PRAGMA user_version").scalar() or 0
            if version > USER_SCHEMA_VERSION:
                raise UserDataError(
                    f"{path}: your data was written by a newer FieldKit (schema {version}); "
                    "update FieldKit to open it", code="user.newer_schema"
                )
            UserBase.metadata.create_all(conn)
            migrate_user_schema(conn, version)
            if version < USER_SCHEMA_VERSION:
                conn.exec_driver_sql(f"PRAGMA user_version={USER_SCHEMA_VERSION}")
    except UserDataError:
        raise
    except OSError as exc:
        raise UserDataError(f"{path}: cannot create the data folder ({exc.strerror})") from exc
    except (SQLAlchemyError, *SQLITE_ERRORS) as exc:
        raise _user_error(f"{path}: ", exc, path.parent) from exc
    return engine


def _has_backups(path: Path) -> bool:
    backups = path.parent.parent / "backups"
    return backups.is_dir() and any(p.suffix == ".sqlite" for p in backups.iterdir())


def _user_error(prefix: str, exc: BaseException, folder: Path) -> UserDataError:
    reason = describe_sqlite_error(exc, folder)
    kind = (DamagedDataError if reason == DAMAGED else
            DiskFullError if reason.startswith("the disk is full") else UserDataError)
    return kind(prefix + reason, code=sqlite_reason_code(reason, kind.code))
