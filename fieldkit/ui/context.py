"""What the app works on: the set of content DBs and the user's data, opened once.

Plain Python (no widgets): the views get core objects from here and never open databases.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from fieldkit.core.backup import auto_backup
from fieldkit.core.errors import FieldKitError
from fieldkit.core.library import LibrarySet
from fieldkit.core.userdata import UserData


@dataclass
class AppContext:
    library_paths: list[Path]
    data_folder: Path
    libs: LibrarySet | None = None
    user: UserData | None = None
    library_error: str | None = None
    user_error: str | None = None

    @classmethod
    def open(cls, library_paths: list[Path], data_folder: Path) -> AppContext:
        """Open what can be opened; failures become plain messages the window shows."""
        ctx = cls(list(library_paths), Path(data_folder))
        try:
            ctx.libs = LibrarySet(ctx.library_paths)
        except FieldKitError as exc:
            ctx.library_error = str(exc)
        try:
            ctx.user = UserData(ctx.data_folder)
        except FieldKitError as exc:
            ctx.user_error = str(exc)
        return ctx

    def backup_if_due(self) -> None:
        """The daily/weekly copy of the user DB; slow on big data, so call it from a worker."""
        if self.user is not None:
            auto_backup(self.data_folder)

    def close(self) -> None:
        if self.libs:
            self.libs.close()
        if self.user:
            self.user.close()
