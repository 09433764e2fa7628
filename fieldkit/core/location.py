"""Choosing another folder for the user's data (Settings): copy, then point to it.

Never deletes or overwrites anything: the old folder stays as it was, and a folder that already
holds FieldKit data is used as it is. `UserData.switch_folder` uses this to move an open session.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from fieldkit.core.backup import copy_user_data
from fieldkit.core.display_prefs import has_display_prefs, read_display_prefs, write_display_prefs
from fieldkit.core.errors import OutputError, UserDataError
from fieldkit.core.files import write_atomic
from fieldkit.core.paths import legacy_user_db_path, location_file, user_db_path, user_key_path
from fieldkit.core.userfile import SQLITE_ERRORS, connect_user_db
from fieldkit.core.vault import DataKey, is_protected

# Copies what else lives in a data folder (the installed packs and trusted roots: the packs
# layer's `carry_packs`) from the old folder to the new one; raises a FieldKitError to stop.
Carry = Callable[[Path, Path], object]


def choose_data_folder(current: Path, new: Path, *, point: bool = True,
                       carry: Carry | None = None, key: DataKey | None = None) -> bool:
    """Make `new` the data folder from the next start; returns True if the data was copied
    there, False if `new` already held FieldKit data (which is then used unchanged). Without
    `point`, the caller points future starts there itself (`point_to`) once it has opened it.
    `carry` copies the rest of the folder first (before the user DB, so a failure there
    leaves the person where they were). With a passphrase (`key`, the current folder's data
    key) the copy stays encrypted and the wrapped key goes with it; existing data in `new`
    must then open with the same key."""
    current, new = Path(current), Path(new)
    try:
        new.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserDataError(f"{new}: the folder cannot be used ({exc.strerror})") from exc
    copied = False
    existing = next((p for p in (user_db_path(new), legacy_user_db_path(new)) if p.exists()),
                    None)
    if existing is not None:
        if is_protected(new) != (key is not None):
            has = "has a passphrase" if is_protected(new) else "has no passphrase"
            raise UserDataError(f"{new}: the FieldKit data in this folder {has}, unlike "
                                "yours; choose another folder")
        try:
            with contextlib.closing(connect_user_db(existing, key=key, read_only=True)) as c:
                c.execute("SELECT count(*) FROM runs").fetchone()
        except SQLITE_ERRORS as exc:
            what = ("is encrypted with another passphrase" if key is not None
                    else "is not FieldKit data")
            raise UserDataError(f"{existing}: this file {what}; choose another "
                                "folder") from exc
    elif new.resolve() != current.resolve():
        if carry is not None:
            carry(current, new)
        if key is not None:  # the key first: a copy without it would be noise
            user_key_path(new).parent.mkdir(parents=True, exist_ok=True)
            write_atomic(user_key_path(new), user_key_path(current).read_bytes(),
                         what="the wrapped data key")
        copy_user_data(current, new, key=key)
        if has_display_prefs(current) and not has_display_prefs(new):
            write_display_prefs(new, **read_display_prefs(current))
        _carry_privacy(current, new)
        copied = True
    if point:
        point_to(new)
    return copied


def _carry_privacy(current: Path, new: Path) -> None:
    """The lock, disguise and wipe-after-failures settings go along (unless `new` has its
    own): a disguise must not drop, nor a wipe threshold switch off, with a folder move."""
    from fieldkit.core.privacy import privacy_path

    source, target = privacy_path(current), privacy_path(new)
    if target.exists() or not source.is_file():
        return
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise UserDataError(f"{source}: the privacy settings cannot be read "
                            f"({exc.strerror})") from exc
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, data, what="the privacy settings")


def point_to(folder: Path) -> None:
    """Future starts use `folder` (unless --data-dir or FIELDKIT_HOME say otherwise)."""
    pointer = location_file()
    try:
        pointer.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(pointer, f"{Path(folder).resolve()}\n", what="the choice of folder")
    except OSError as exc:
        raise UserDataError(f"{pointer}: the choice could not be saved ({exc.strerror})") from exc
    except OutputError as exc:
        raise UserDataError(str(exc)) from exc
