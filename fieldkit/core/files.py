"""Files FieldKit writes or reads on a person's say-so: written whole or not at all, never
through a planted link, never over the person's own data, never read from a FIFO or a device.

Every atomic write goes through `atomic_target`/`write_atomic`; every command that writes a file
the person named checks it with `check_output_target` first. Never imports Qt.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from fieldkit.core.errors import InputFileError, OutputError

# A temp file is `.NAME.PID.RANDOM.SUFFIX`: random so nobody can plant it in advance, the pid so
# the next write can tell a dead writer's leftover from a live writer's file.
_TEMP = re.compile(r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[A-Za-z0-9_]+(?P<suffix>\.[a-z]+)$")
_SIDECARS = ("", "-wal", "-shm", "-journal")
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # POSIX; Windows has neither flag's problem
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
DISK_FULL = "the disk is full; free some space and try again"
# A record or TOML source is a few KiB; a megabyte is a mistake (or /dev/zero behind a name).
SOURCE_FILE_LIMIT = 1 << 20
_NOT_REGULAR = ("this is not a regular file (a FIFO, a device or a folder); only regular files "
                "are read")


def _say_os_error(path: Path, exc: OSError, what: str) -> OutputError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT) or _is_full(path.parent):
        return OutputError(f"{path}: {what} could not be written: {DISK_FULL}",
                           code="output.disk_full", fields={"file": path.name})
    return OutputError(f"{path}: {what} could not be written ({exc.strerror or exc})",
                       fields={"file": path.name})


def _is_full(folder: Path) -> bool:
    """Whether the disk holding `folder` has no space left: writers that only say "failed"
    (Qt's image and PDF writers) fail for this reason more than any other."""
    try:
        return os.statvfs(folder).f_bavail == 0
    except (OSError, AttributeError):  # no such folder; no statvfs (Windows)
        return False


def check_output_target(target: Path, *data_folders: Path | None) -> Path:
    """Refuse, in one sentence naming the file, a target that must not be replaced: an empty
    path, anything inside a data folder (the user DB, its -wal/-shm, backups, whatever the
    layout; symlinks followed), or an existing path that is not a regular file (a folder, a
    device such as /dev/full, a FIFO, a symbolic link). Returns the target."""
    if not str(target).strip():
        raise OutputError("no output file was given (the path is empty)", code="output.no_path")
    target = Path(target)
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputError(f"{target}: cannot be written ({exc.strerror})",
                          fields={"file": target.name}) from exc
    if st is not None and stat.S_ISLNK(st.st_mode):
        resolved = _resolve(target)
        data_folder = _holder(resolved, data_folders) if resolved is not None else None
        if data_folder is not None:
            raise OutputError(f"{target}: this link points into your FieldKit data folder "
                              f"({data_folder}); choose a file outside it",
                              code="output.in_data_folder", fields={"file": target.name})
        raise OutputError(f"{target}: this is a symbolic link, not a regular file; give the "
                          "file's own path", code="output.not_a_file",
                          fields={"file": target.name})
    resolved = _resolve(target)
    if resolved is None:
        raise OutputError(f"{target}: the folder of this path cannot be resolved (a link loop?)")
    data_folder = _holder(resolved, data_folders)
    if data_folder is not None:
        raise OutputError(f"{target}: this is inside your FieldKit data folder ({data_folder}), "
                          "which only FieldKit itself writes; choose a file outside it",
                          code="output.in_data_folder", fields={"file": target.name})
    if st is not None and not stat.S_ISREG(st.st_mode):
        kind = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file"
        raise OutputError(f"{target}: this is {kind}; give the path of a file to write",
                          code="output.not_a_file", fields={"file": target.name})
    return target


def _resolve(path: Path) -> Path | None:
    try:
        return Path(path).expanduser().resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return None


def _holder(resolved: Path, folders: tuple[Path | None, ...]) -> Path | None:
    """The first of `folders` that holds `resolved` (or is it), else None."""
    for folder in folders:
        home = _resolve(folder) if folder is not None else None
        if home is not None and (resolved == home or resolved.is_relative_to(home)):
            return folder
    return None


@contextlib.contextmanager
def atomic_target(target: Path, *, suffix: str = ".part", what: str = "the file"
                  ) -> Iterator[Path]:
    """Yield the path of a new, empty, exclusively created temp file beside `target`; when the
    block ends cleanly, make it durable and move it over `target` in one step. On any failure
    (or interrupt) the temp file and its SQLite sidecars are removed and `target` is untouched.

    The caller writes the temp path by name (a PDF writer, SQLite); its inode is checked before
    the switch, so a temp file swapped for something else is never moved into place."""
    target = Path(target)
    folder = target.parent
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.{os.getpid()}.",
                                    suffix=suffix)
    except OSError as exc:
        raise _say_os_error(target, exc, what) from exc
    tmp = Path(name)
    try:
        try:
            _keep_mode(fd, target)
            yield tmp
            st = os.lstat(tmp)
            mine = os.fstat(fd)
            if (st.st_dev, st.st_ino) != (mine.st_dev, mine.st_ino):
                raise OutputError(f"{target}: the temporary file was replaced by something "
                                  "else while it was written; nothing was changed")
            os.fsync(fd)
            os.replace(tmp, target)
            _fsync_folder(folder)
        except OSError as exc:
            raise _say_os_error(target, exc, what) from exc
    except BaseException:
        remove_temp(tmp)
        raise
    finally:
        os.close(fd)


def _keep_mode(fd: int, target: Path) -> None:
    """A replaced file keeps its permissions; a new one stays private (0600, as created):
    reports and libraries hold a person's notes and choices."""
    if not hasattr(os, "fchmod"):  # Windows before Python 3.13: no POSIX modes to keep
        return
    with contextlib.suppress(FileNotFoundError):
        st = os.stat(target)
        os.fchmod(fd, stat.S_IMODE(st.st_mode))


def write_atomic(target: Path, data: bytes | str, *, what: str = "the file") -> Path:
    """`target` holds exactly `data` (str: UTF-8), or is left as it was."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_target(target, what=what) as tmp:
        fd = os.open(tmp, os.O_WRONLY | _NOFOLLOW | _BINARY)
        try:
            view = memoryview(payload)
            while view:
                view = view[os.write(fd, view):]
        except OSError as exc:
            raise _say_os_error(target, exc, what) from exc
        finally:
            os.close(fd)
    return target


def target_of(tmp: Path) -> Path:
    """The file a temp file from `atomic_target` will become (to name it in a message)."""
    match = _TEMP.match(Path(tmp).name)
    return Path(tmp).with_name(match["name"]) if match else Path(tmp)


def remove_temp(tmp: Path) -> None:
    """Remove a temp file and any SQLite sidecar (unlink never follows a link)."""
    for extra in _SIDECARS:
        with contextlib.suppress(OSError):
            os.unlink(f"{tmp}{extra}")


def remove_stale_temps(target: Path, suffix: str = ".part") -> list[Path]:
    """Temp files beside `target` left by writers that are gone (killed, power cut); a live
    writer's file is left alone. Returns what was removed."""
    target = Path(target)
    removed: list[Path] = []
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    for name in names:
        match = _TEMP.match(name)
        if not match or match["name"] != target.name or match["suffix"] != suffix:
            continue
        if _is_alive(int(match["pid"])):
            continue
        stale = target.parent / name
        remove_temp(stale)
        removed.append(stale)
    return removed


def _is_alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process is not writing it: a leftover of an earlier run's pid
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    except OverflowError:
        return False
    return True


def _fsync_folder(folder: Path) -> None:
    """The rename itself survives a power cut only once the folder is synced (POSIX)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # not possible on this platform (Windows): the replace is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass  # some filesystems refuse fsync on a folder; the data itself is synced
    finally:
        os.close(fd)


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of `path`, which must be a regular file (not a link, FIFO or device) of at
    most `limit` bytes. Never blocks on a FIFO, never follows a link; InputFileError otherwise."""
    path = Path(path)
    try:
        st = os.lstat(path)
    except OSError as exc:
        raise InputFileError(path, f"cannot be read ({exc.strerror})") from exc
    if stat.S_ISLNK(st.st_mode):
        raise InputFileError(path, "this is a symbolic link; only regular files are read, "
                                   "wherever a link points")
    if not stat.S_ISREG(st.st_mode):
        raise InputFileError(path, _NOT_REGULAR)
    flags = os.O_RDONLY | _NOFOLLOW | _BINARY | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputFileError(path, f"cannot be read ({exc.strerror})") from exc
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):  # swapped between the check and the open
            raise InputFileError(path, _NOT_REGULAR)
        if opened.st_size > limit:
            raise InputFileError(path, f"the file is too large ({opened.st_size:,} bytes; a "
                                       f"source file may hold at most {limit:,})")
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while read
            raise InputFileError(path, f"the file is too large (a source file may hold at "
                                       f"most {limit:,} bytes)")
        return b"".join(chunks)
    except OSError as exc:
        raise InputFileError(path, f"cannot be read ({exc.strerror})") from exc
    finally:
        os.close(fd)
