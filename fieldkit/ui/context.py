"""What the app works on: the set of content DBs and the user's data, opened once.

Plain Python (no widgets). Opening imports the database layer, which is the slow part of start-up,
so the window may paint first and call `load()` from a worker.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fieldkit.core.errors import FieldKitError

if TYPE_CHECKING:
    from fieldkit.core.library import LibrarySet
    from fieldkit.core.userdata import UserData
    from fieldkit.core.vault import DataKey


@dataclass
class AppContext:
    library_paths: list[Path]
    data_folder: Path
    libs: LibrarySet | None = None
    user: UserData | None = None
    library_error: str | None = None
    user_error: str | None = None
    ready: bool = False
    # The folder to show the person when `data_folder` is a scratch copy (screenshots).
    shown_folder: Path | None = None
    # '--data-dir' or 'FIELDKIT_HOME' when one of them decides the folder (Settings cannot).
    folder_override: str | None = None
    # The single-instance guard (a QObject, held here only to follow a folder switch).
    guard: object | None = None
    # The unlocked data key while the data is open (None without a passphrase, or locked).
    key: DataKey | None = None
    # A passphrase protects the data: nothing was opened at start (the lock screen asks).
    starts_locked: bool = False

    @classmethod
    def open(cls, library_paths: list[Path], data_folder: Path) -> AppContext:
        ctx = cls(list(library_paths), Path(data_folder))
        ctx.load()
        return ctx

    def load(self) -> AppContext:
        """Open what can be opened; failures become plain messages the window shows."""
        from fieldkit.core.library import LibrarySet
        from fieldkit.core.userdata import UserData

        try:
            self.libs = LibrarySet(self.library_paths)
        except FieldKitError as exc:
            self.library_error = str(exc)
        from fieldkit.core.paths import user_key_path

        if user_key_path(self.data_folder).exists():  # the lock screen opens it
            self.starts_locked = True
        else:
            try:
                self.user = UserData(self.data_folder)
            except FieldKitError as exc:
                self.user_error = str(exc)
        self.ready = True
        return self

    def reload_libraries(self) -> None:
        """After a wipe of the installed packs: the libraries that are left (the bundled one),
        swapped in whole."""
        from fieldkit.core.library import LibrarySet

        old = self.libs
        self.library_paths = [p for p in self.library_paths if Path(p).is_file()]
        try:
            self.libs, self.library_error = LibrarySet(self.library_paths), None
        except FieldKitError as exc:
            self.libs, self.library_error = None, str(exc)
        if old is not None:
            old.close()

    def backup_if_due(self) -> None:
        """The daily/weekly copy of the user DB; slow on big data, so call it from a worker."""
        from fieldkit.core.backup import auto_backup

        user, key = self.user, self.key
        if user is not None:
            auto_backup(self.data_folder, key=key)  # encrypted with the same key

    def switch_folder(self, new: Path) -> bool:
        """Move the open user data to `new` now (on the user queue); see UserData."""
        if self.user is None:
            from fieldkit.core.location import choose_data_folder

            return choose_data_folder(self.data_folder, new)
        copied = self.user.switch_folder(new)
        self.data_folder, self.shown_folder = Path(new), None
        return copied

    def close(self) -> None:
        if self.libs:
            self.libs.close()
        if self.user:
            self.user.close()
        if self.key is not None:
            self.key.forget()
