"""One exception family per concern; each carries enough to be said in one plain sentence.

The edges (CLI `main`, the GUI's worker) turn these into a message; nothing else catches them
broadly.
"""

from __future__ import annotations

from pathlib import Path


class FieldKitError(Exception):
    """Base of every error FieldKit reports to a person."""


class RecordFormatError(FieldKitError):
    """A library export file could not be read as a record."""

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path = Path(path)
        self.line = line
        self.reason = reason
        where = f"{self.path.name}, line {line}" if line else self.path.name
        super().__init__(f"{where}: {reason}")


class SourceError(FieldKitError):
    """A checklist or prompt source file (TOML) is malformed or inconsistent."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class BuildError(FieldKitError):
    """The content database could not be built."""


class LibraryError(FieldKitError):
    """A content database is missing, unreadable, or not a FieldKit library."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class NotFoundError(FieldKitError):
    """An id names nothing in the libraries or the user data."""

    def __init__(self, kind: str, ident: str) -> None:
        self.kind = kind
        self.ident = ident
        super().__init__(f"no {kind} with id {ident!r}")


class UserDataError(FieldKitError):
    """The user database cannot be opened or written (locked, read-only, disk full...)."""


class DamagedDataError(UserDataError):
    """The live user DB is damaged (SQLite cannot read it whole); the backups can bring it
    back. Raised once, plainly, where it is found: opening, or checking a new backup."""


class DiskFullError(UserDataError):
    """The disk holding the user's data has no room left."""


class RunStateError(FieldKitError):
    """An operation does not fit the run's state (e.g. ticking a finished run)."""


class BackupError(FieldKitError):
    """A backup could not be made, listed or restored."""


class ReportError(FieldKitError):
    """A run's report could not be written."""


class OutputError(FieldKitError):
    """A file cannot be written where it was asked: inside the data folder, over something that
    is not a regular file, or on a full disk."""


class InputFileError(FieldKitError):
    """A source file is not one the build may read (a link, a FIFO or device, too large)."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")
class SheetValueError(FieldKitError):
    """A value does not fit its worksheet field (a choice not offered, a date that is not one)."""
