"""The sync sources a person used before (a feed URL or a folder), newest first, kept in the
user DB's settings so the app can look for updates there without being asked again."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldkit.core.userdata import UserData

SETTING_KEY = "sync_sources"
MAX_SOURCES = 5


def recent_sources(user: UserData) -> list[str]:
    """The remembered sources, newest first (anything malformed is ignored)."""
    value = user.setting(SETTING_KEY, [])
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, str) and v.strip()][:MAX_SOURCES]


def remember_source(user: UserData, source: str) -> list[str]:
    """Put `source` first in the list (once), keep the newest few, and return the list."""
    source = source.strip()
    sources = [source] + [s for s in recent_sources(user) if s != source]
    user.set_setting(SETTING_KEY, sources[:MAX_SOURCES])
    return sources[:MAX_SOURCES]


CA_FILE_KEY = "sync_ca_file"


def ca_file(user: UserData) -> str | None:
    """The CA certificate file for an organisation's own HTTPS feed, or None (the system's
    certificate store and the bundled one only)."""
    value = user.setting(CA_FILE_KEY, None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def set_ca_file(user: UserData, path: str | None) -> str | None:
    """Remember the CA certificate file (None or '' forgets it); returns what is kept."""
    kept = path.strip() if path and path.strip() else None
    user.set_setting(CA_FILE_KEY, kept)
    return kept
