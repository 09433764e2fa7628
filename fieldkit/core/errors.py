"""One exception family per concern; each carries enough to be said in one plain sentence.

The edges (CLI `main`, the GUI's worker) turn these into a message; nothing else catches them
broadly.
"""

from __future__ import annotations

from pathlib import Path


class FieldKitError(Exception):
    """Base of every error FieldKit reports to a person.

    `str(exc)` is the English sentence (the CLI and the logs say it); `code` names the kind of
    failure and `fields` the values in it (a file name, a source), so the GUI can say it in the
    user's language (fieldkit/ui/error_text.py). Each class has a default code; a raise site
    with a more specific cause passes `code=` and `fields=`."""

    code: str = "error"

    def __init__(self, *args: object, code: str | None = None,
                 fields: dict[str, str] | None = None) -> None:
        super().__init__(*args)
        if code is not None:
            self.code = code
        self.fields: dict[str, str] = dict(fields or {})


class Problem(str):
    """A problem said without stopping (a damaged pack skipped at start): the English sentence
    itself, which the CLI prints, with a `code` and `fields` as a FieldKitError has, so the GUI
    can say it in the user's language."""

    code: str
    fields: dict[str, str]

    def __new__(cls, text: str, *, code: str = "error",  # the default: for copy and pickle
                fields: dict[str, str] | None = None) -> Problem:
        said = super().__new__(cls, text)
        said.code, said.fields = code, dict(fields or {})
        return said


class RecordFormatError(FieldKitError):
    """A library export file could not be read as a record."""

    code = "library.bad_record"

    def __init__(self, path: Path | str, line: int | None, reason: str) -> None:
        self.path = Path(path)
        self.line = line
        self.reason = reason
        where = f"{self.path.name}, line {line}" if line else self.path.name
        super().__init__(f"{where}: {reason}", fields={"file": self.path.name})


class SourceError(FieldKitError):
    """A checklist or prompt source file (TOML) is malformed or inconsistent."""

    code = "build.bad_source"

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}", fields={"file": self.path.name})


class BuildError(FieldKitError):
    """The content database could not be built."""

    code = "build.failed"


class LibraryError(FieldKitError):
    """A content database is missing, unreadable, or not a FieldKit library."""

    code = "library.unusable"

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}", fields={"file": self.path.name})


class NotFoundError(FieldKitError):
    """An id names nothing in the libraries or the user data."""

    code = "not_found"

    def __init__(self, kind: str, ident: str) -> None:
        self.kind = kind
        self.ident = ident
        super().__init__(f"no {kind} with id {ident!r}", fields={"id": ident})


class UserDataError(FieldKitError):
    """The user database cannot be opened or written (locked, read-only, disk full...)."""

    code = "user.unusable"


class DamagedDataError(UserDataError):
    """The live user DB is damaged (SQLite cannot read it whole); the backups can bring it
    back. Raised once, plainly, where it is found: opening, or checking a new backup."""

    code = "user.damaged"


class DiskFullError(UserDataError):
    """The disk holding the user's data has no room left."""

    code = "user.disk_full"


class RunStateError(FieldKitError):
    """An operation does not fit the run's state (e.g. ticking a finished run)."""

    code = "run.wrong_state"


class BackupError(FieldKitError):
    """A backup could not be made, listed or restored."""

    code = "backup.failed"


class ReportError(FieldKitError):
    """A run's report could not be written."""

    code = "report.failed"


class OutputError(FieldKitError):
    """A file cannot be written where it was asked: inside the data folder, over something that
    is not a regular file, or on a full disk."""

    code = "output.refused"


class InputFileError(FieldKitError):
    """A source file is not one the build may read (a link, a FIFO or device, too large)."""

    code = "build.bad_input"

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}", fields={"file": self.path.name})


class SheetValueError(FieldKitError):
    """A value does not fit its worksheet field (a choice not offered, a date that is not one)."""

    code = "sheet.bad_value"
