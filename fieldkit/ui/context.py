"""What the app works on: the set of content DBs and the user's data, opened once.

Plain Python (no widgets). Opening imports the database layer, which is the slow part of start-up,
so the window may paint first and call `load()` from a worker.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from fieldkit.core.errors import FieldKitError
from fieldkit.ui.error_text import error_text

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
    # The bundled library when the set comes from the installed packs (then a pack installed,
    # rolled back or removed is swapped in live); None when the paths were given explicitly.
    bundled: Path | None = None
    # The language content is shown in (checklists, prompts, worksheets; search puts it first).
    language: str | None = None
    # Installed packs that could not be read (damaged, too new): one sentence each.
    library_problems: list[str] = field(default_factory=list)
    # Sets swapped out: each is closed once nothing uses it (a search still running on it).
    retired: list[weakref.finalize] = field(default_factory=list)
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

        if self.bundled is not None:
            from fieldkit.packs.readside import library_paths

            self.library_paths, self.library_problems = library_paths(self.data_folder,
                                                                      self.bundled)
        try:
            self.libs = LibrarySet(self.library_paths, language=self.language)
        except FieldKitError as exc:
            self.library_error = error_text(exc)
        from fieldkit.core.paths import user_key_path

        if user_key_path(self.data_folder).exists():  # the lock screen opens it
            self.starts_locked = True
        else:
            try:
                self.user = UserData(self.data_folder)
            except FieldKitError as exc:
                self.user_error = error_text(exc)
        tidy_packs(self.data_folder)
        self.ready = True
        return self

    def swap_libs(self, libs: LibrarySet, problems: list[str]) -> None:
        """Copy-on-write, as Datasette swaps its databases: the context now hands out `libs`;
        whoever still holds the old set (a search, a page of results) finishes on it, and it
        is closed when the last of them lets go."""
        old, self.libs = self.libs, libs
        self.library_error, self.library_problems = None, list(problems)
        self.library_paths = [lib.path for lib in libs.libraries]
        if old is not None and old is not libs:
            self.retired = [f for f in self.retired if f.alive]
            self.retired.append(weakref.finalize(old, _close_libraries, old.libraries))

    def reload_libraries(self) -> None:
        """After a wipe of the installed packs: the libraries that are left (the bundled one),
        swapped in whole."""
        from fieldkit.core.library import LibrarySet

        old = self.libs
        self.library_paths = [p for p in self.library_paths if Path(p).is_file()]
        try:
            self.libs, self.library_error = LibrarySet(self.library_paths,
                                                       language=self.language), None
        except FieldKitError as exc:
            self.libs, self.library_error = None, error_text(exc)
        if old is not None:
            old.close()

    def backup_if_due(self) -> None:
        """The daily/weekly copy of the user DB; slow on big data, so call it from a worker."""
        from fieldkit.core.backup import auto_backup

        user, key = self.user, self.key
        if user is not None:
            auto_backup(self.data_folder, key=key)  # encrypted with the same key

    def switch_folder(self, new: Path) -> bool:
        """Move the open user data to `new` now (on the user queue); see UserData. The
        installed packs and trusted roots go along (checked on the new disk)."""
        from fieldkit.packs.carry import carry_packs

        if self.user is None:
            from fieldkit.core.location import choose_data_folder

            return choose_data_folder(self.data_folder, new, carry=carry_packs)
        copied = self.user.switch_folder(new, carry=carry_packs)
        self.data_folder, self.shown_folder = Path(new), None
        return copied

    def close(self) -> None:
        if self.libs:
            self.libs.close()
        for retired in self.retired:
            retired()
        if self.user:
            self.user.close()
        if self.key is not None:
            self.key.forget()


def tidy_packs(folder: Path) -> None:
    """Old pack version folders go at the latest on the next start (in the background: the
    first window paints before the pack layer loads); a failure waits for the next start."""
    import contextlib

    from fieldkit.packs.errors import PackError
    from fieldkit.packs.install import tidy

    with contextlib.suppress(PackError, OSError):
        tidy(folder)


def _close_libraries(libraries: list) -> None:
    for lib in libraries:
        lib.close()
