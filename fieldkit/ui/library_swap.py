"""The library while the app runs: when the installed packs change (the Sync screen, or
`fieldkit pack install` in another process), open the new set on a worker and swap it in whole.

Watches `packs/` in the data folder; reads and opens only on the worker, never on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QFileSystemWatcher, QObject, QTimer, Signal

from fieldkit.core.errors import FieldKitError
from fieldkit.ui.context import AppContext
from fieldkit.ui.error_text import error_text, fill
from fieldkit.ui.worker import describe_failure, is_idle, run_op

if TYPE_CHECKING:  # the database layer loads on the worker, after the first paint
    from fieldkit.core.library import LibrarySet

QUEUE = "library"  # one at a time, in order: two swaps never cross


@dataclass(frozen=True)
class LibraryState:
    """What the set holds, to say what changed: the pointer file's bytes, each installed
    pack's version and title, and how many records can be read."""

    pointer: bytes | None
    packs: dict[str, tuple[int, str]] = field(default_factory=dict)
    records: int = 0


@dataclass
class Reopened:
    libs: LibrarySet | None
    problems: list[str]
    error: str | None
    state: LibraryState


def _pointer_bytes(folder: Path) -> bytes | None:
    from fieldkit.packs.install import pointer_path

    try:
        return pointer_path(folder).read_bytes()
    except OSError:
        return None


def _packs(folder: Path) -> dict[str, tuple[int, str]]:
    from fieldkit.packs.errors import PackError
    from fieldkit.packs.install import installed_packs

    try:
        return {p.id: (p.current.version, p.current.title) for p in installed_packs(folder)}
    except PackError:  # a damaged pointer: readside reports it as a problem
        return {}


def _records(libs: LibrarySet) -> int:
    from fieldkit.core.search import Filters

    return libs.count(Filters(kinds=("record",)))


def library_state(folder: Path, libs: LibrarySet | None) -> LibraryState:
    return LibraryState(_pointer_bytes(folder), _packs(folder),
                        _records(libs) if libs is not None else 0)


def reopen(folder: Path, bundled: Path, seen: bytes | None, *, force: bool = False,
           language: str | None = None) -> Reopened | None:
    """The new set, or None when the pointer file is what was seen already (a lock file or a
    staging folder changed, not the installed packs)."""
    from fieldkit.core.library import LibrarySet
    from fieldkit.packs.readside import library_paths

    pointer = _pointer_bytes(folder)
    if pointer == seen and not force:
        return None
    paths, problems = library_paths(folder, bundled)
    try:
        libs: LibrarySet | None = LibrarySet(paths, language=language)
        error = None
    except FieldKitError as exc:  # the old set stays in use; the banner names the file
        libs, error = None, error_text(exc)
    state = LibraryState(pointer, _packs(folder), _records(libs) if libs is not None else 0)
    return Reopened(libs, problems, error, state)


def describe_change(before: LibraryState | None, after: LibraryState) -> str:
    """'Library updated: Regional pack updated to version 3; 1 record added.', in the user's
    language."""
    def tr(text: str, *values: object) -> str:
        return fill(LibraryWatcher.tr(text), [str(v) for v in values])

    old = before.packs if before is not None else {}
    parts = []
    for pid, (version, title) in sorted(after.packs.items()):
        name = title or pid
        if pid not in old:
            parts.append(tr(_INSTALLED, name, version))
        elif version > old[pid][0]:
            parts.append(tr(_UPDATED, name, version))
        elif version < old[pid][0]:
            parts.append(tr(_ROLLED_BACK, name, version))
    parts += [tr(_REMOVED, title or pid) for pid, (_v, title) in sorted(old.items())
              if pid not in after.packs]
    if before is not None and after.records != before.records:
        n = after.records - before.records
        parts.append(LibraryWatcher.tr("%n record(s) added", "", n) if n > 0
                     else LibraryWatcher.tr("%n record(s) removed", "", -n))
    if not parts:
        return LibraryWatcher.tr("Library reloaded.")
    joined = parts[0]
    for part in parts[1:]:  # '; ' in English, ' ; ' in French, '؛ ' in Arabic
        joined = fill(LibraryWatcher.tr("%1; %2"), [joined, part])
    return fill(LibraryWatcher.tr("Library updated: %1."), [joined])


_INSTALLED = QT_TRANSLATE_NOOP("LibraryWatcher", "%1 installed (version %2)")
_UPDATED = QT_TRANSLATE_NOOP("LibraryWatcher", "%1 updated to version %2")
_ROLLED_BACK = QT_TRANSLATE_NOOP("LibraryWatcher", "%1 rolled back to version %2")
_REMOVED = QT_TRANSLATE_NOOP("LibraryWatcher", "%1 removed")


class LibraryWatcher(QObject):
    """Swaps `ctx.libs` when the installed packs change; `swapped` says what changed."""

    swapped = Signal(str)
    failed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state: LibraryState | None = None
        self._busy = False
        self._again = False
        self._fs = QFileSystemWatcher(self)
        self._fs.directoryChanged.connect(lambda _p: self._debounce.start())
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.check)
        # A swapped-out set is closed when the last holder lets go (ctx.swap_libs), or at the
        # latest once the queues that read content have finished what they held.
        self._retire = QTimer(self, interval=250)
        self._retire.timeout.connect(self._close_retired)
        self._watch()
        folder, libs = ctx.data_folder, ctx.libs
        self._busy = True
        run_op(lambda: library_state(folder, libs), on_done=self._baseline, queue=QUEUE,
               parent=self, on_failed=self._failed)

    def _watch(self) -> None:
        """The packs folder (its pointer file is replaced by a rename into it), or the data
        folder until the first install creates it."""
        from fieldkit.packs.install import packs_dir

        folder = Path(self.ctx.data_folder)
        want = [str(p) for p in (packs_dir(folder), folder) if p.is_dir()][:1]
        have = self._fs.directories()
        if have != want:
            if have:
                self._fs.removePaths(have)
            if want:
                self._fs.addPaths(want)

    def _baseline(self, state: LibraryState) -> None:
        self.state = state
        self._settle()

    def check(self, force: bool = False) -> None:
        """Look at the pointer file now (on the worker) and swap when it changed."""
        self._watch()
        if self._busy:
            self._again = True
            return
        bundled = self.ctx.bundled
        if bundled is None:
            return
        self._busy = True
        folder, seen = Path(self.ctx.data_folder), self.state.pointer if self.state else None
        language = self.ctx.language
        run_op(lambda: reopen(folder, bundled, seen, force=force, language=language),
               on_done=self._reopened,
               queue=QUEUE, parent=self, on_failed=self._failed)

    def _reopened(self, result: Reopened | None) -> None:
        if result is not None:
            if result.libs is None:
                self.failed.emit(result.error or self.tr("The new library could not be "
                                                         "opened."))
            else:
                before, self.state = self.state, result.state
                self.ctx.swap_libs(result.libs, result.problems)
                self.swapped.emit(describe_change(before, result.state))
                self._retire.start()  # after the screens asked the new set for their content
        self._settle()

    def _close_retired(self) -> None:
        if is_idle("read", "user"):
            self._retire.stop()
            for retired in self.ctx.retired:
                retired()  # runs once; a late reader reopens its connection and lets go
            self.ctx.retired = []

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(describe_failure(exc))
        self._settle()

    def _settle(self) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.check()

    def is_idle(self) -> bool:
        return not (self._busy or self._again or self._debounce.isActive()
                    or self._retire.isActive())
