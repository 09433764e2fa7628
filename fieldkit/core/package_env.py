"""What the packaged FieldKit changes in its own environment before anything else runs: the
portable-mode folders, and the library path its child processes must not inherit.

Called first by `fieldkit.cli.main`; does nothing from the source tree. Never imports Qt.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping

from fieldkit.core.paths import is_frozen, portable_dir, portable_environment

# PyInstaller's bootloader points LD_LIBRARY_PATH (DYLD_* on macOS) at the bundle and keeps the
# person's own value in *_ORIG. This process has already read it (ld.so caches it at start), so
# putting the original back only changes what children inherit: a file manager or browser
# opened from FieldKit must load the system's libraries, not the bundle's.
_LIBRARY_VARS = ("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH", "DYLD_FRAMEWORK_PATH")


def restore_library_path(env: MutableMapping[str, str]) -> None:
    for name in _LIBRARY_VARS:
        original = env.pop(f"{name}_ORIG", None)
        if original is not None:
            env[name] = original
        elif name in env:
            del env[name]


def prepare_environment(env: MutableMapping[str, str] | None = None) -> None:
    """Portable mode's XDG folders (before QApplication exists) and the children's library
    path; a no-op unless frozen."""
    if not is_frozen():
        return
    env = os.environ if env is None else env
    restore_library_path(env)
    portable = portable_dir()
    if portable is not None:
        env.update(portable_environment(portable))
