"""Opening the person's data from behind the lock: unlock with the passphrase, count failures
(a growing delay, and the optional wipe after N), and lock again (close, forget the key).

The one place the GUI's lock screen and its start-up go through; no Qt here.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fieldkit.core import vault
from fieldkit.core.errors import UserDataError
from fieldkit.core.privacy import read_privacy, update_privacy
from fieldkit.core.window_lock import window_pid
from fieldkit.core.wipe import NOTES, wipe

if TYPE_CHECKING:
    from fieldkit.core.userdata import UserData

MAX_DELAY_S = 60


def is_protected(folder: Path) -> bool:
    return vault.is_protected(Path(folder))


def retry_delay(failures: int) -> int:
    """Seconds to wait before the next try after `failures` wrong passphrases in a row:
    none for the first two (a typo), then doubling up to a minute."""
    return 0 if failures < 3 else min(MAX_DELAY_S, 2 ** (failures - 2))


@dataclass
class Unlocked:
    """What an unlock attempt gave: the open data, or the count of failures so far."""

    user: UserData | None
    key: vault.DataKey | None
    failures: int = 0
    attempts_left: int | None = None  # before the wipe; None: failures never wipe
    wiped: bool = False

    @property
    def delay(self) -> int:
        return retry_delay(self.failures)


def open_data(folder: Path, passphrase: str | None) -> Unlocked:
    """Unlock and open the user DB (run it on the worker: the key derivation takes a second).
    Without a passphrase set, `passphrase` is ignored and the data opens as it is. A wrong
    passphrase counts (on disk, so restarting does not reset it); at the limit the person chose,
    the notes are wiped (key first) and the data opens empty, as on a new machine."""
    from fieldkit.core.userdata import UserData

    folder = Path(folder)
    if not vault.is_protected(folder):
        return Unlocked(UserData(folder), None)
    try:
        key = vault.unlock(folder, passphrase or "")
    except vault.WrongPassphrase:
        failed = count_failure(folder)
        user = UserData(folder) if failed.wiped else None
        return Unlocked(user, None, failed.failures, failed.attempts_left, failed.wiped)
    try:
        user = UserData(folder, key=key)
    except BaseException:
        key.forget()
        raise
    _reset_failures(folder)
    return Unlocked(user, key)


LOCK_WAIT_S = 10.0


def count_failure(folder: Path) -> Unlocked:
    """Count one wrong passphrase on `folder`; at the limit the person chose, wipe the notes
    (key first) and start the count again. The lock screen and every CLI command that opens
    the data count through here: the wipe cannot be side-stepped by trying from a terminal.

    Under the vault's folder lock, so two processes trying at once both count; if another
    process has wiped the folder or removed its passphrase meanwhile, nothing is counted and
    the result says `wiped` (the data now opens without a passphrase). Without the lock (held
    too long elsewhere: a long conversion) the failure counts but never wipes: the wipe would
    race the conversion. The next failure with the lock wipes. Nor while another process's
    window has the folder: the data would be erased under it."""
    folder = Path(folder)
    with _counting_lock(folder) as locked:
        if not vault.is_protected(folder):
            return Unlocked(None, None, 0, None, wiped=True)
        settings = read_privacy(folder)
        settings = update_privacy(folder, failed_unlocks=settings.failed_unlocks + 1)
        left = settings.attempts_left
        if left == 0 and locked and window_pid(folder) is None:
            wipe(folder, NOTES)
            update_privacy(folder, failed_unlocks=0)
            return Unlocked(None, None, settings.failed_unlocks, 0, wiped=True)
    return Unlocked(None, None, settings.failed_unlocks, left)


@contextlib.contextmanager
def _counting_lock(folder: Path) -> Iterator[bool]:
    """The vault's folder lock while the count changes, waited for at most LOCK_WAIT_S: the
    lock screen must not hang behind another process's long conversion. Yields whether it was
    taken (not on a read-only folder, where the count's own write says what is wrong)."""
    with contextlib.ExitStack() as stack:
        taken = False
        with contextlib.suppress(OSError):
            taken = stack.enter_context(vault.folder_lock(folder, timeout=LOCK_WAIT_S))
        yield taken


def _reset_failures(folder: Path) -> None:
    if read_privacy(folder).failed_unlocks:
        with _counting_lock(folder):
            update_privacy(folder, failed_unlocks=0)


def _is_wrong_passphrase(exc: BaseException) -> bool:
    """A passphrase that does not open the key (not a key that does not open the DB)."""
    return isinstance(exc, vault.WrongPassphrase) and exc.code == vault.WrongPassphrase.code


def refuse_beside_a_window(folder: Path) -> None:
    """From a terminal, no passphrase while a FieldKit window has the folder: a wipe after
    wrong passphrases would erase the data under a window that is using it. (Ask this before
    asking for the passphrase.)"""
    if window_pid(folder) is not None:
        raise UserDataError(f"{folder}: a FieldKit window is open on this folder; unlock your "
                            "data there, or close the window first")


def unlock_key(folder: Path, passphrase: str) -> vault.DataKey | None:
    """The data key of `folder` for a command that opens its data (the CLI): None when the
    data has no passphrase, or no longer has one because this wrong passphrase reached the
    wipe limit (the notes are gone and the data opens empty, as after the lock screen's wipe).
    Otherwise a wrong passphrase counts and raises vault.WrongPassphrase, saying how many
    tries are left unless the app is disguised. Refused while a window has the folder."""
    folder = Path(folder)
    if not vault.is_protected(folder):
        return None
    refuse_beside_a_window(folder)
    try:
        key = vault.unlock(folder, passphrase)
    except vault.WrongPassphrase as exc:
        if not _is_wrong_passphrase(exc):
            raise
        failed = count_failure(folder)
        if failed.wiped:
            return None
        raise _wrong(folder, failed, exc) from None
    _reset_failures(folder)
    return key


@contextlib.contextmanager
def counting_failures(folder: Path) -> Iterator[None]:
    """Around an operation that unlocks with a typed passphrase (changing or removing it from
    the CLI): a wrong one counts as at the lock screen. When it reaches the wipe it still reads
    as a wrong passphrase. Refused while a window has the folder."""
    folder = Path(folder)
    refuse_beside_a_window(folder)
    try:
        yield
    except vault.WrongPassphrase as exc:
        if not _is_wrong_passphrase(exc):
            raise
        raise _wrong(folder, count_failure(folder), exc) from None
    _reset_failures(folder)


def _wrong(folder: Path, failed: Unlocked, exc: vault.WrongPassphrase) -> vault.WrongPassphrase:
    left = failed.attempts_left
    if failed.wiped or left is None or read_privacy(folder).disguise is not None:
        return exc
    if left == 0:  # at the limit, but the wipe could not run now (no lock, or beside a window)
        return vault.WrongPassphrase(f"{exc} (the next wrong passphrase erases your notes)")
    return vault.WrongPassphrase(f"{exc} ({left} {'try' if left == 1 else 'tries'} left "
                                 "before your notes are erased)")


def close_data(user: UserData | None, key: vault.DataKey | None) -> None:
    """Lock: no connection stays open on the DB and the key's bytes are overwritten."""
    if user is not None:
        user.close()
    if key is not None:
        key.forget()


def protect(user: UserData, passphrase: str) -> Unlocked:
    """Set a passphrase on open, unprotected data: close it, encrypt it (migrated in place by
    the vault, crash-safe), open it again with the new key. On failure it reopens as it was."""
    from fieldkit.core.userdata import UserData

    folder = user.folder
    user.close()
    try:
        key = vault.set_passphrase(folder, passphrase)
    except BaseException:
        user.reopen()
        raise
    return Unlocked(UserData(folder, key=key), key)


def change_passphrase(folder: Path, old: str, new: str) -> None:
    """Re-wrap the data key (instant): the data stays open."""
    vault.change_passphrase(Path(folder), old, new)


def unprotect(user: UserData, key: vault.DataKey | None, passphrase: str) -> Unlocked:
    """Remove the passphrase (the data is decrypted in place): readable by anyone after."""
    from fieldkit.core.userdata import UserData

    folder = user.folder
    user.close()
    try:
        vault.remove_passphrase(folder, passphrase)
    except BaseException:
        user.reopen()
        raise
    if key is not None:
        key.forget()
    return Unlocked(UserData(folder), None)
