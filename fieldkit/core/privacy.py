"""The privacy settings (lock, wipe after failed unlocks, disguise) in a small plain file.

They are needed while the data is locked (the lock screen, the disguise at start), so they never
live in the user DB; they hold nothing a person wrote. Reading never fails (defaults); writing is
atomic. The `notes` wipe keeps this file, so a disguise survives it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from fieldkit.core.errors import OutputError, UserDataError
from fieldkit.core.files import write_atomic
from fieldkit.core.paths import private_dir
from fieldkit.core.wipe import PRIVACY_NAME

# Lock after this long without input: "off", "hide" (as soon as the window is hidden or
# minimised) or a number of minutes.
LOCK_CHOICES = ("off", "hide", "1", "5", "15", "60")
WIPE_AFTER_CHOICES = (0, 3, 5, 10, 20)  # 0: never wipe after failed unlocks
DISGUISES = ("Notes", "Clock")


@dataclass(frozen=True)
class PrivacySettings:
    lock_after: str = "off"
    wipe_after_failures: int = 0
    failed_unlocks: int = 0  # kept on disk: restarting the app does not reset the count
    disguise: str | None = None  # one of DISGUISES, or None (off)
    passphrase_offered: bool = False  # the first-start offer was made (set or skipped)

    @property
    def lock_minutes(self) -> int | None:
        return int(self.lock_after) if self.lock_after.isdigit() else None

    @property
    def attempts_left(self) -> int | None:
        """Unlock attempts left before the wipe, or None when failures never wipe."""
        if not self.wipe_after_failures:
            return None
        return max(0, self.wipe_after_failures - self.failed_unlocks)


def privacy_path(folder: Path) -> Path:
    return private_dir(Path(folder)) / PRIVACY_NAME


def read_privacy(folder: Path) -> PrivacySettings:
    try:
        stored = json.loads(privacy_path(folder).read_text("utf-8"))
    except (OSError, ValueError):
        return PrivacySettings()
    if not isinstance(stored, dict):
        return PrivacySettings()
    values = {}
    defaults = PrivacySettings()
    for f in fields(PrivacySettings):
        value, default = stored.get(f.name), getattr(defaults, f.name)
        if _fits(f.name, value, default):
            values[f.name] = value
    return replace(defaults, **values)


def _fits(name: str, value: object, default: object) -> bool:
    """Whether a stored value may be used (anything else means the default)."""
    if name == "lock_after":
        return value in LOCK_CHOICES
    if name == "disguise":
        return value in DISGUISES
    if isinstance(default, bool):
        return isinstance(value, bool)
    return (isinstance(value, int) and not isinstance(value, bool)
            and 0 <= value < 1_000_000)


def write_privacy(folder: Path, settings: PrivacySettings) -> None:
    if settings.lock_after not in LOCK_CHOICES:
        raise ValueError(f"not a lock choice: {settings.lock_after!r}")
    if settings.disguise is not None and settings.disguise not in DISGUISES:
        raise ValueError(f"not a disguise: {settings.disguise!r}")
    path = privacy_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(asdict(settings)), what="the privacy settings")
    except OSError as exc:
        raise UserDataError(f"{path}: the privacy settings could not be saved "
                            f"({exc.strerror})") from exc
    except OutputError as exc:
        raise UserDataError(str(exc)) from exc


def update_privacy(folder: Path, **changes: object) -> PrivacySettings:
    settings = replace(read_privacy(folder), **changes)
    write_privacy(folder, settings)
    return settings
