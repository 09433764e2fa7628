"""The `PackError` family: every way a pack, a feed or a key can be refused.

Each carries one plain sentence; the CLI edge prints it, nothing here catches broadly.
"""

from __future__ import annotations

from fieldkit.core.errors import FieldKitError


class PackError(FieldKitError):
    """A pack, feed, key or root was refused or could not be used."""

    code = "pack.refused"


class FormatError(PackError):
    """Not a pack (or key, root, index): unreadable, wrong type, missing fields."""

    code = "pack.bad_format"


class SignatureError(PackError):
    """Not signed by enough trusted keys (bad signature, unknown key, below threshold)."""

    code = "pack.bad_signature"


class HashError(PackError):
    """A file's length or SHA-256 (or the content digest) is not the one that was signed."""

    code = "pack.bad_hash"


class VersionError(PackError):
    """A version older than one already seen: rollback, or a mix of publications."""

    code = "pack.rollback"


class SchemaError(PackError):
    """The content needs a newer FieldKit (content schema or minimum app version)."""

    code = "pack.needs_newer_app"


class ExpiredError(PackError):
    """Signed metadata past its expiry date (a freeze attack, or a stale USB stick)."""

    code = "pack.expired"

    content_as_of: str | None = None  # the expired index's creation date, when known


class SizeError(PackError):
    """A file, member or total over its limit (endless data)."""

    code = "pack.too_large"


class ArchiveError(PackError):
    """A pack container with a member it must not have: paths that escape, links, extras."""

    code = "pack.bad_archive"


class TrustError(PackError):
    """No trusted root fits, or a pack id that belongs to another root (wrong software)."""

    code = "pack.untrusted"


class InstallError(PackError):
    """A verified pack could not be installed (disk full, integrity check failed...)."""

    code = "pack.install_failed"


class FetchError(PackError):
    """A source could not be read: down, too slow, or serving something else."""

    code = "sync.unreachable"
