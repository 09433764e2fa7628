"""The `PackError` family: every way a pack, a feed or a key can be refused.

Each carries one plain sentence; the CLI edge prints it, nothing here catches broadly.
"""

from __future__ import annotations

from fieldkit.core.errors import FieldKitError


class PackError(FieldKitError):
    """A pack, feed, key or root was refused or could not be used."""


class FormatError(PackError):
    """Not a pack (or key, root, index): unreadable, wrong type, missing fields."""


class SignatureError(PackError):
    """Not signed by enough trusted keys (bad signature, unknown key, below threshold)."""


class HashError(PackError):
    """A file's length or SHA-256 (or the content digest) is not the one that was signed."""


class VersionError(PackError):
    """A version older than one already seen: rollback, or a mix of publications."""


class SchemaError(PackError):
    """The content needs a newer FieldKit (content schema or minimum app version)."""


class ExpiredError(PackError):
    """Signed metadata past its expiry date (a freeze attack, or a stale USB stick)."""

    content_as_of: str | None = None  # the expired index's creation date, when known


class SizeError(PackError):
    """A file, member or total over its limit (endless data)."""


class ArchiveError(PackError):
    """A pack container with a member it must not have: paths that escape, links, extras."""


class TrustError(PackError):
    """No trusted root fits, or a pack id that belongs to another root (wrong software)."""


class InstallError(PackError):
    """A verified pack could not be installed (disk full, integrity check failed...)."""


class FetchError(PackError):
    """A source could not be read: down, too slow, or serving something else."""
