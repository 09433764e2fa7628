"""The passphrase and the data key of an encrypted user DB (issue 11): wrap, unlock, change,
migrate plaintext to encrypted and back, crypto-erase. Never imports Qt; never logs a secret.

A random 32-byte data key encrypts the user DB, its WAL and its backups (SQLCipher 4, raw key:
SQLCipher's own PBKDF2 never runs). The passphrase only wraps that key: Argon2id (memory-hard,
RFC 9106's second recommended profile: 64 MiB, 3 passes, 4 lanes)
derives a key-encryption key, and AES-256-GCM seals the data key with it in
DATA/.private/userkey.json. So a change of passphrase rewrites that small file only (atomic),
and destroying it erases the data (crypto-erase) even where overwriting a big file on an SSD
would not reach every copy of its blocks.

File states a crash can leave, all resolved by `_finish_interrupted` (which never reads the
live DB: another descriptor closed on it would drop this process's SQLite locks):
- no key file, `user.sqlite.encrypting` present: a migration stopped before the key was saved;
  the plaintext DB is complete and in use; the half-made encrypted copy is removed.
- key file and `user.sqlite.encrypting` present: the encrypted copy was verified and synced
  before the key that opens it was saved: it is moved into place.
- `userkey.removing` present: a `remove_passphrase` had a verified plaintext copy
  (`user.sqlite.decrypting`); it is moved into place if still there, then the key destroyed.
- `user.sqlite.decrypting` without that marker, or a backup's `.sealing`/`.unsealing` copy:
  half-made; deleted (the plaintext ones must not stay on disk).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from fieldkit.core.errors import FieldKitError, UserDataError
from fieldkit.core.files import remove_stale_temps, write_atomic
from fieldkit.core.paths import (
    VAULT_LOCK_NAME,
    private_dir,
    user_db_path,
    user_key_path,
)
from fieldkit.core.userfile import (
    DATABASE_ERRORS,
    SQLITE_ERRORS,
    connect_user_db,
    describe_sqlite_error,
    is_plaintext_db,
    quick_check,
)
from fieldkit.core.window_lock import window_pid

KEY_BYTES = 32
KEY_FILE_FORMAT = 1
# Argon2id cost: 0.2 s on the idle 2-core test machine, about 0.5 s when it is busy
# (bench/vault.py); the target is at most 1 s (128 MiB reached 1.2 s under load). Stored in
# the key file, so a later FieldKit can raise it with the next change of passphrase.
KDF_MEMORY_KIB = 64 * 1024
KDF_ITERATIONS = 3
KDF_LANES = 4
_AAD = b"fieldkit user data key v1"
ENCRYPTING_SUFFIX = ".encrypting"
DECRYPTING_SUFFIX = ".decrypting"
_REMOVING_NAME = "userkey.removing"


class _HeldLocks(threading.local):
    """The folders whose vault lock this thread holds (flock is per open file, so taking it
    again through a second descriptor would wait for ourselves)."""

    def __init__(self) -> None:
        self.names: set[str] = set()

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def add(self, name: str) -> None:
        self.names.add(name)

    def discard(self, name: str) -> None:
        self.names.discard(name)


_HELD = _HeldLocks()


class WrongPassphrase(FieldKitError):
    """The passphrase given does not unlock the data key."""

    code = "vault.wrong_passphrase"

    def __init__(self, message: str = "the passphrase is wrong; nothing was opened", *,
                 code: str | None = None) -> None:
        super().__init__(message, code=code)


class PassphraseRequired(FieldKitError):
    """The data is encrypted and no (or a forgotten) key was given."""

    code = "vault.locked"

    def __init__(self, message: str = "your data is locked: a passphrase is needed to open "
                                       "it", *, code: str | None = None) -> None:
        super().__init__(message, code=code)


class DataKey:
    """The raw 32-byte SQLCipher key of one data folder, held in a bytearray that `forget()`
    overwrites with zeros. Best effort only: Python may have copied the bytes (the hex string
    handed to SQLCipher on each connect, the KDF's output) and SQLCipher keeps its own copy
    while a connection is open; closing every connection and forgetting the key is what a
    lock can do in Python."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes | bytearray) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a data key is 32 bytes")
        self._raw = bytearray(raw)

    @classmethod
    def generate(cls) -> DataKey:
        return cls(secrets.token_bytes(KEY_BYTES))

    @property
    def is_forgotten(self) -> bool:
        return not self._raw

    def forget(self) -> None:
        """Overwrite the key bytes; every later use raises PassphraseRequired."""
        for i in range(len(self._raw)):
            self._raw[i] = 0
        self._raw = bytearray()

    def sql_literal(self) -> str:
        """The key as SQLCipher's raw-key literal `x'…'` (for connect_user_db only)."""
        if self.is_forgotten:
            raise PassphraseRequired()
        return f"x'{self._raw.hex()}'"

    def _bytes(self) -> bytes:
        if self.is_forgotten:
            raise PassphraseRequired()
        return bytes(self._raw)

    def __repr__(self) -> str:
        return "DataKey(forgotten)" if self.is_forgotten else "DataKey(<hidden>)"


# --- the key file ------------------------------------------------------------------------------

def is_protected(folder: Path) -> bool:
    """Whether the folder's user data is encrypted (a wrapped key exists), once a passphrase
    operation a crash interrupted has been finished or undone (a few stats when none was)."""
    _finish_interrupted(Path(folder))
    return _has_key(Path(folder))


def _has_key(folder: Path) -> bool:
    return user_key_path(folder).is_file()


def _derive(passphrase: str, salt: bytes, memory_kib: int, iterations: int, lanes: int
            ) -> bytes:
    return Argon2id(salt=salt, length=KEY_BYTES, iterations=iterations, lanes=lanes,
                    memory_cost=memory_kib).derive(passphrase.encode("utf-8"))


def _wrap(key: DataKey, passphrase: str) -> bytes:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    kek = _derive(passphrase, salt, KDF_MEMORY_KIB, KDF_ITERATIONS, KDF_LANES)
    sealed = AESGCM(kek).encrypt(nonce, key._bytes(), _AAD)
    b64 = base64.b64encode
    doc = {"format": KEY_FILE_FORMAT, "kdf": "argon2id", "memory_kib": KDF_MEMORY_KIB,
           "iterations": KDF_ITERATIONS, "lanes": KDF_LANES, "salt": b64(salt).decode(),
           "cipher": "aes-256-gcm", "nonce": b64(nonce).decode(), "key": b64(sealed).decode()}
    return (json.dumps(doc, indent=1) + "\n").encode("ascii")


def _write_key_file(folder: Path, key: DataKey, passphrase: str) -> None:
    path = user_key_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)
    write_atomic(path, _wrap(key, passphrase), what="the wrapped data key")


def _check_new(passphrase: str) -> None:
    if not passphrase or not passphrase.strip():
        raise UserDataError("the new passphrase is empty; choose one you can remember")


def unlock(folder: Path, passphrase: str) -> DataKey:
    """The data key of `folder`, unwrapped with `passphrase` (WrongPassphrase if it is not the
    one). Also finishes a passphrase operation a crash interrupted."""
    folder = Path(folder)
    _finish_interrupted(folder)
    path = user_key_path(folder)
    try:
        doc = json.loads(path.read_bytes())
        if doc.get("format") != KEY_FILE_FORMAT or doc.get("kdf") != "argon2id" or \
                doc.get("cipher") != "aes-256-gcm":
            raise UserDataError(f"{path}: this key file was written by a newer FieldKit; "
                                "update FieldKit to open your data")
        salt, nonce, sealed = (base64.b64decode(doc[k], validate=True)
                               for k in ("salt", "nonce", "key"))
        memory, passes, lanes = (int(doc[k]) for k in ("memory_kib", "iterations", "lanes"))
    except FileNotFoundError as exc:
        raise UserDataError(f"{folder}: this data has no passphrase; there is nothing to "
                            "unlock") from exc
    except OSError as exc:
        raise UserDataError(f"{path}: the key file cannot be read ({exc.strerror})") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise UserDataError(f"{path}: the key file is damaged, so the data cannot be "
                            "unlocked") from exc
    if not (8 <= memory <= 4 * 1024 * 1024 and 1 <= passes <= 64 and 1 <= lanes <= 64):
        raise UserDataError(f"{path}: the key file is damaged, so the data cannot be unlocked")
    kek = _derive(passphrase, salt, memory, passes, lanes)
    try:
        raw = AESGCM(kek).decrypt(nonce, sealed, _AAD)
    except InvalidTag:
        raise WrongPassphrase() from None
    key = DataKey(raw)
    _seal_backups(folder, key)
    return key


# --- changing the protection -------------------------------------------------------------------

def set_passphrase(folder: Path, new: str, *, key: DataKey | None = None) -> DataKey:
    """Protect `folder` with passphrase `new` and return its data key.

    Unprotected folder: a new data key (or `key`) encrypts the user DB in place, crash-safe
    (see the module docstring), then every plaintext backup is re-made encrypted. Close every
    connection on the folder first: the file is replaced. Protected folder: `key` (the one
    already unlocked) is re-wrapped with `new`, like `change_passphrase`.
    """
    folder = Path(folder)
    _check_new(new)
    _finish_interrupted(folder)
    with folder_lock(folder):
        if _has_key(folder):
            if key is None:
                raise PassphraseRequired("your data already has a passphrase; change it "
                                         "with the current one", code="vault.has_passphrase")
            _check_key(folder, key)
            _write_key_file(folder, key, new)
            return key
        _refuse_if_window_open(folder)
        key = key or DataKey.generate()
        db = user_db_path(folder)
        if db.is_file() and db.stat().st_size > 0:
            _encrypt_live(folder, key, new)
        else:
            with contextlib.suppress(FileNotFoundError):
                if db.stat().st_size == 0 and not _has_backups(folder):
                    db.unlink()  # an empty new file: the encrypted DB is made on first open
            _write_key_file(folder, key, new)
        _seal_backups(folder, key)
        return key


def change_passphrase(folder: Path, old: str, new: str) -> None:
    """Re-wrap the data key with `new` (the data itself is not touched): one atomic replace of
    the key file, so a crash leaves either the old or the new passphrase working."""
    _check_new(new)
    key = unlock(folder, old)
    try:
        with folder_lock(Path(folder)):
            _write_key_file(Path(folder), key, new)
    finally:
        key.forget()


def remove_passphrase(folder: Path, passphrase: str) -> None:
    """Decrypt the user DB and its backups back to plain SQLite and destroy the key file.

    After this, anyone holding the laptop (or a copy of the disk) can read every note, run and
    worksheet, and every backup: the GUI and the CLI say so before calling it. Crash-safe: the
    backups are decrypted first, then the live file is switched to a verified plaintext copy,
    then the key file is destroyed. Close every connection on the folder first.
    """
    folder = Path(folder)
    key = unlock(folder, passphrase)
    try:
        with folder_lock(folder):
            _refuse_if_window_open(folder)
            _unseal_backups(folder, key)
            db = user_db_path(folder)
            decrypting = db.with_name(db.name + DECRYPTING_SUFFIX)
            marker = private_dir(folder) / _REMOVING_NAME
            if db.is_file() and db.stat().st_size > 0:
                _convert(db, key, None, decrypting, switch=False)
                write_atomic(marker, b"removing the passphrase\n", what="a progress mark")
                _switch(decrypting, db)
            destroy_key(folder)
            marker.unlink(missing_ok=True)
            _fsync_folder(marker.parent)
    finally:
        key.forget()


def destroy_key(folder: Path) -> bool:
    """Crypto-erase: overwrite the wrapped key with random bytes, sync, unlink (and any temp
    copy of it a killed write left). Without it the encrypted files are noise. Returns whether
    a key file existed."""
    path = user_key_path(Path(folder))
    found = False
    for victim in [path, *_key_temps(path)]:
        try:
            fd = os.open(victim, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            continue
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(victim)
            continue
        found = found or victim == path
        try:
            size = os.fstat(fd).st_size
            os.pwrite(fd, secrets.token_bytes(max(size, 1)), 0)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.unlink(victim)
    _fsync_folder(path.parent)
    return found


# --- the file work -----------------------------------------------------------------------------

def _key_temps(path: Path) -> list[Path]:
    try:
        return [path.parent / n for n in os.listdir(path.parent)
                if n.startswith(f".{path.name}.")]
    except OSError:
        return []


def _check_key(folder: Path, key: DataKey) -> None:
    db = user_db_path(folder)
    if db.is_file() and db.stat().st_size > 0:
        try:
            with contextlib.closing(connect_user_db(db, key=key, read_only=True)):
                pass
        except DATABASE_ERRORS as exc:
            raise WrongPassphrase("this key does not open the data in this folder",
                                  code="vault.wrong_key") from exc


def _encrypt_live(folder: Path, key: DataKey, passphrase: str) -> None:
    """The plaintext DB → a verified encrypted copy → the key file saved → the switch."""
    db = user_db_path(folder)
    _convert(db, None, key, db.with_name(db.name + ENCRYPTING_SUFFIX), switch=False)
    _write_key_file(folder, key, passphrase)  # from here on the folder is protected
    _switch(db.with_name(db.name + ENCRYPTING_SUFFIX), db)


def _convert(source: Path, source_key: DataKey | None, dest_key: DataKey | None,
             tmp: Path, *, switch: bool) -> None:
    """Export `source` (read with `source_key`) into a new file `tmp` written with `dest_key`
    (None: plaintext) through `sqlcipher_export`, fold the source's WAL into it first, check
    that the copy is intact and holds the same rows, sync it; with `switch`, move it over
    `source`. UserDataError if anything fails (the source is then unchanged)."""
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    for side in ("-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{tmp}{side}").unlink()
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    literal = dest_key.sql_literal() if dest_key is not None else ""
    try:
        with contextlib.closing(connect_user_db(source, key=source_key,
                                                use_sqlcipher=True)) as src:
            src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            src.execute("ATTACH DATABASE ? AS fk_dest KEY ?", (str(tmp), literal))
            src.execute("BEGIN IMMEDIATE")
            version = src.execute("PRAGMA main.user_version").fetchone()[0]
            src.execute("SELECT sqlcipher_export('fk_dest')")
            src.execute(f"PRAGMA fk_dest.user_version = {int(version)}")
            src.execute("COMMIT")
            counts = _row_counts(src, "main")
            src.execute("DETACH DATABASE fk_dest")
            with contextlib.closing(connect_user_db(tmp, key=dest_key, read_only=True)) as c:
                intact = c.execute("PRAGMA quick_check").fetchone()[0] == "ok"
                same = _row_counts(c, "main") == counts and \
                    c.execute("PRAGMA user_version").fetchone()[0] == version
            if not (intact and same):
                raise UserDataError(f"{source}: the converted copy did not check out; your "
                                    "data is unchanged")
            _fsync(tmp)
            if switch:
                src.execute("PRAGMA journal_mode=DELETE")  # no WAL of the old form stays
        if switch:
            _switch(tmp, source)
    except SQLITE_ERRORS as exc:
        _remove(tmp)
        raise UserDataError(f"{source}: your data could not be converted "
                            f"({describe_sqlite_error(exc, source.parent)}); it is "
                            "unchanged") from exc
    except BaseException:
        _remove(tmp)
        raise


def _row_counts(conn: object, schema: str) -> dict[str, int]:
    names = [r[0] for r in conn.execute(  # type: ignore[attr-defined]
        f"SELECT name FROM {schema}.sqlite_master WHERE type='table' "
        "AND name NOT LIKE 'sqlite_%'")]
    return {n: conn.execute(  # type: ignore[attr-defined]
        f'SELECT count(*) FROM {schema}."{n}"').fetchone()[0] for n in names}


def _switch(tmp: Path, db: Path) -> None:
    """Move the verified copy over the live file; the old form's WAL and index go first (a WAL
    left beside a file of the other form would hold old pages, maybe plaintext)."""
    for side in ("-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{db}{side}").unlink()
    os.replace(tmp, db)
    _fsync_folder(db.parent)


def _remove(path: Path) -> None:
    for side in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{side}").unlink()


def _finish_interrupted(folder: Path) -> None:
    """Bring the files to one consistent state after a crash (see the module docstring)."""
    db = user_db_path(folder)
    encrypting = db.with_name(db.name + ENCRYPTING_SUFFIX)
    decrypting = db.with_name(db.name + DECRYPTING_SUFFIX)
    marker = private_dir(folder) / _REMOVING_NAME
    halves = _half_made_backups(folder)
    if not (encrypting.exists() or decrypting.exists() or marker.exists() or halves):
        return
    if str(private_dir(folder).absolute()) in _HELD:
        return  # this thread is in the middle of that operation itself
    with folder_lock(folder, wait=False) as mine:
        if not mine:
            return  # another FieldKit is converting right now
        for half in halves:
            _remove(half)
        if marker.exists():
            if decrypting.exists():
                _switch(decrypting, db)
            destroy_key(folder)
            marker.unlink(missing_ok=True)
        _remove(decrypting)
        if encrypting.exists():
            if _has_key(folder):
                _switch(encrypting, db)
            else:
                _remove(encrypting)


def _half_made_backups(folder: Path) -> list[Path]:
    directory = Path(folder) / "backups"
    try:
        return [directory / n for n in os.listdir(directory)
                if n.startswith(".") and n.endswith((".sealing", ".unsealing"))]
    except OSError:
        return []


def _backup_paths(folder: Path) -> list[Path]:
    directory = Path(folder) / "backups"
    try:
        return sorted(p for p in directory.iterdir()
                      if p.suffix == ".sqlite" and p.is_file() and not p.is_symlink())
    except OSError:
        return []


def _has_backups(folder: Path) -> bool:
    return bool(_backup_paths(folder))


def _seal_backups(folder: Path, key: DataKey) -> list[str]:
    """Re-make every plaintext backup encrypted with `key`, under the same name. A plaintext
    backup SQLite cannot read is deleted: it cannot be encrypted, FieldKit could not restore
    it, and left as it is it would show what it holds to anyone. Returns the names deleted.
    Skipped while another FieldKit converts this folder (the next unlock does it)."""
    plain = [p for p in _backup_paths(folder) if is_plaintext_db(p)]
    deleted: list[str] = []
    if not plain:
        return deleted
    with folder_lock(folder, wait=False) as mine:
        if not mine:
            return deleted
        for path in plain:
            try:
                _convert(path, None, key, path.with_name(f".{path.name}.sealing"), switch=True)
            except UserDataError:
                if not quick_check(path):
                    _remove(path)
                    deleted.append(path.name)
    return deleted


def _unseal_backups(folder: Path, key: DataKey) -> None:
    """Decrypt every backup the key opens (before the key is destroyed); one it cannot read
    stays as it is, unreadable for good once the key is gone."""
    for path in _backup_paths(folder):
        if is_plaintext_db(path):
            continue
        with contextlib.suppress(UserDataError):
            _convert(path, key, None, path.with_name(f".{path.name}.unsealing"), switch=True)


def _refuse_if_window_open(folder: Path) -> None:
    if window_pid(folder) is not None:
        raise UserDataError(f"{folder}: close the FieldKit window using this folder first, "
                            "then change the passphrase")


@contextlib.contextmanager
def folder_lock(folder: Path, *, wait: bool = True,
                timeout: float | None = None) -> Iterator[bool]:
    """An exclusive lock on DATA/.private/vault.lock (not the DB: closing a descriptor on the
    DB would drop SQLite's locks) so two FieldKits never convert the same folder at once.
    Yields whether it was taken: `wait` waits for it, for at most `timeout` seconds when
    given; no locking where there is no fcntl (Windows). The file is never deleted (a wipe
    keeps it), so whoever holds it holds the folder's one lock."""
    try:
        import fcntl
    except ImportError:
        yield True
        return
    directory = private_dir(folder)
    name = str(directory.absolute())
    if name in _HELD:  # this thread holds it already (set_passphrase → sealing the backups)
        yield True
        return
    directory.mkdir(parents=True, exist_ok=True)
    fd = os.open(directory / VAULT_LOCK_NAME,
                 os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    deadline = None if timeout is None else time.monotonic() + timeout
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait and deadline is None
                                                 else fcntl.LOCK_NB))
                break
            except BlockingIOError:
                if not wait or (deadline is not None and time.monotonic() >= deadline):
                    yield False
                    return
                time.sleep(0.01)
        _HELD.add(name)
        try:
            yield True
        finally:
            _HELD.discard(name)
    finally:
        os.close(fd)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
