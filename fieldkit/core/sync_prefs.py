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
