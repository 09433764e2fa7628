"""Emergency wipe: erase what the person wrote (and more, by scope) from the data folder, fast.

The key material goes first (crypto-erase), then the files. On SSDs and flash, overwriting a file
does not reach the old blocks (wear levelling, copy-on-write file systems, snapshots): only the
crypto-erase is effective there, which is why a passphrase matters. The overwrite before each
unlink helps on spinning disks and costs little. Never follows a link: a link planted in the data
folder is removed itself, whatever it points to. No Qt here.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fieldkit.core.crashlog import log_folders
from fieldkit.core.errors import FieldKitError
from fieldkit.core.paths import (
    DISPLAY_PREFS_NAME,
    GUI_LOCK_NAME,
    USER_DB_NAME,
    VAULT_LOCK_NAME,
    legacy_user_db_path,
    location_file,
    private_dir,
    user_key_path,
)

NOTES, ALL, EVERYTHING = "notes", "all", "everything"
SCOPES = (NOTES, ALL, EVERYTHING)
SCOPE_HELP = {
    NOTES: "your runs, notes and worksheets (with their backups and logs)",
    ALL: "all your data: runs, notes, worksheets, backups, settings and logs",
    EVERYTHING: "all your data, the installed packs and the publishers you chose to trust",
}
# Files of .private that hold nothing a person wrote, kept by the `notes` scope: the display
# preferences and the privacy settings (a disguise must survive a wipe of the notes).
PRIVACY_NAME = "privacy.json"
_PLAIN_SETTINGS = (DISPLAY_PREFS_NAME, PRIVACY_NAME)
# Overwritten before unlinking up to this size; larger files are truncated and unlinked (their
# content is unreadable anyway once the key is gone, and a wipe must take seconds).
OVERWRITE_LIMIT = 64 * 1024 * 1024
_CHUNK = 1024 * 1024


class WipeError(FieldKitError):
    """A wipe was asked wrongly (an unknown scope)."""

    code = "wipe.bad_scope"


@dataclass
class WipeResult:
    scope: str
    key_destroyed: bool = False
    removed: int = 0
    left: list[Path] = field(default_factory=list)  # what could not be removed, and stays

    @property
    def is_complete(self) -> bool:
        return not self.left


def wipe(folder: Path, scope: str, *,
         on_step: Callable[[int, int], None] | None = None) -> WipeResult:
    """Erase `scope` (NOTES, ALL or EVERYTHING) from data folder `folder`.

    Close the user DB in this process first (another process holding it open cannot stop the
    wipe on Linux or macOS: its file is overwritten and unlinked under it). Missing files are
    fine; a file that cannot be removed is listed in `left` and the wipe goes on.
    """
    if scope not in SCOPES:
        raise WipeError(f"{scope!r} is not a wipe scope; choose {', '.join(SCOPES)}")
    folder = Path(folder)
    result = WipeResult(scope)
    result.key_destroyed = _destroy_key(folder, result)
    targets = _targets(folder, scope)
    for done, path in enumerate(targets, 1):
        _remove(path, result)
        if on_step is not None:
            on_step(done, len(targets))
    for logs in log_folders(None):  # the temp folder's log, used when DATA could not be written
        _remove(logs, result)
    if scope != NOTES:
        _forget_folder_choice(folder, result)
    return result


def wipe_backups(folder: Path) -> WipeResult:
    """Erase the backups folder again: the app calls this once the installs it had already
    started are over (an install copies the user DB to `backups/` first, and one that began
    before a wipe may write that copy after the wipe passed the folder)."""
    result = WipeResult(NOTES)
    _remove(Path(folder) / "backups", result)
    return result


def _destroy_key(folder: Path, result: WipeResult) -> bool:
    """The wrapped data key, first: once it is gone the encrypted files are noise."""
    key = user_key_path(folder)
    try:
        os.lstat(key)
    except FileNotFoundError:
        return False
    except OSError:
        pass
    from fieldkit.core import vault

    with contextlib.suppress(FieldKitError, OSError):  # the shredding below still runs
        vault.destroy_key(folder)
    _remove(key, result)  # whatever the vault left (or a link planted in its place)
    return not os.path.lexists(key)


def _targets(folder: Path, scope: str) -> list[Path]:
    """Top-level paths to erase, in order: the live DB first, copies after."""
    private = private_dir(folder)
    db_files = [private / f"{USER_DB_NAME}{tail}" for tail in ("", "-wal", "-shm", "-journal")]
    legacy = legacy_user_db_path(folder)
    legacy_files = [Path(f"{legacy}{tail}") for tail in ("", "-wal", "-shm", "-journal")]
    # the locks stay: deleting a lock file another process holds (or this one: a wipe after
    # wrong passphrases runs under the vault lock) lets a third take it at the same time
    keep_private = {GUI_LOCK_NAME, VAULT_LOCK_NAME}
    if scope == NOTES:
        keep_private |= set(_PLAIN_SETTINGS)
    rest_private = [private / name for name in _names(private) if name not in keep_private]
    # backups are copies of the notes, and a crash log may quote what was typed: both go too
    targets = [*db_files, *rest_private, *legacy_files, folder / "backups", folder / "logs"]
    if scope in (ALL, EVERYTHING):
        # only what FieldKit itself keeps here: the folder may be one the person also uses
        # for other files (a stick's root, Documents), and those are never touched
        ours = {DISPLAY_PREFS_NAME} | ({"packs", "trust"} if scope == EVERYTHING else set())
        targets += [folder / name for name in _names(folder) if name in ours]
    seen: set[Path] = set()
    return [p for p in targets if not (p in seen or seen.add(p))]


def _names(directory: Path) -> list[str]:
    """Entries of `directory` if it is a real folder (never through a link)."""
    try:
        if not stat.S_ISDIR(os.lstat(directory).st_mode):
            return []
        return sorted(os.listdir(directory))
    except OSError:
        return []


def _remove(path: Path, result: WipeResult) -> None:
    """Erase `path` without following any link: a link goes, its target stays untouched."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError:
        result.left.append(path)
        return
    if stat.S_ISDIR(st.st_mode):
        for name in _names(path):
            _remove(path / name, result)
        try:
            os.rmdir(path)
            result.removed += 1
        except FileNotFoundError:
            pass
        except OSError:
            result.left.append(path)
        return
    if stat.S_ISREG(st.st_mode):
        _overwrite(path, st)
    try:
        os.unlink(path)
        result.removed += 1
    except FileNotFoundError:
        pass
    except OSError:
        result.left.append(path)


def _overwrite(path: Path, seen: os.stat_result) -> None:
    """Zeros over the file's bytes (the same file that was looked at: no link swapped in)."""
    flags = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) \
        | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # read-only or gone: the unlink still tries
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or (st.st_ino, st.st_dev) != (seen.st_ino, seen.st_dev):
            return
        if st.st_size <= OVERWRITE_LIMIT:
            zeros = bytes(min(_CHUNK, st.st_size))
            left = st.st_size
            while left > 0:
                left -= os.write(fd, zeros[:min(left, _CHUNK)])
            os.fsync(fd)
        os.ftruncate(fd, 0)
    except OSError:
        pass  # a full or failing disk: the unlink still goes ahead
    finally:
        os.close(fd)


def _forget_folder_choice(folder: Path, result: WipeResult) -> None:
    """The one-line file naming the chosen data folder, if it names this one."""
    pointer = location_file()
    try:
        named = Path(pointer.read_text("utf-8").strip())
    except (OSError, UnicodeDecodeError):
        return
    with contextlib.suppress(OSError):
        if named.resolve() != folder.resolve():
            return
    _remove(pointer, result)
