"""Encrypted user data (issue 11, core side): the passphrase wraps a data key, the user DB, its
WAL and every backup are SQLCipher files, and no word a person wrote reaches the disk in the
clear. Real files in tmp_path; every journey ends with the zero-plaintext scan."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from fieldkit.core import vault
from fieldkit.core.backup import auto_backup, list_backups, make_backup, prune
from fieldkit.core.errors import UserDataError
from fieldkit.core.library import LibrarySet
from fieldkit.core.paths import user_db_path, user_key_path
from fieldkit.core.userdata import UserData
from fieldkit.core.userfile import PLAIN_HEADER, is_plaintext_db, quick_check
from fieldkit.core.vault import DataKey, PassphraseRequired, WrongPassphrase
from tests.support.plaintext import unique_text

Scan = Callable[..., list[str]]
PASS = "correct horse battery"


class Written:
    """A note, a run (name, item note) and a worksheet value, each a string found nowhere else."""

    def __init__(self) -> None:
        self.note, self.run_name = unique_text("note"), unique_text("run")
        self.item_note, self.sheet_value = unique_text("item"), unique_text("sheet")
        self.run_id = self.sheet_id = ""

    @property
    def needles(self) -> list[str]:
        return [self.note, self.run_name, self.item_note, self.sheet_value]

    def write(self, user: UserData, libs: LibrarySet) -> None:
        user.set_note("rec-1", self.note)
        run = user.runs.start(libs.checklist("checkpoint"), self.run_name, libs.infos[0])
        user.runs.tick(run.id, run.items[0].id, note=self.item_note)
        sheet = user.sheets.start(libs.worksheet("debrief"), "sheet", library=libs.infos[0])
        user.sheets.set_value(sheet.id, "place", self.sheet_value)
        self.run_id, self.sheet_id = run.id, sheet.id

    def check(self, user: UserData) -> None:
        assert user.note("rec-1") == self.note
        run = user.runs.get(self.run_id)
        assert run.name == self.run_name
        assert run.items[0].note == self.item_note and run.items[0].done
        assert user.sheets.get(self.sheet_id).values["place"] == self.sheet_value


@pytest.fixture
def written() -> Written:
    return Written()


def _protected_with_data(folder: Path, libs: LibrarySet, written: Written) -> DataKey:
    key = vault.set_passphrase(folder, PASS)
    with UserData(folder, key) as user:
        written.write(user, libs)
    return key


# --- keys and passphrases ------------------------------------------------------------------------


def test_a_new_folder_gets_an_encrypted_db_and_a_wrapped_key(data_dir: Path, libs: LibrarySet,
                                                             written: Written,
                                                             plaintext_scan: Scan) -> None:
    assert not vault.is_protected(data_dir)
    key = _protected_with_data(data_dir, libs, written)
    assert vault.is_protected(data_dir)
    assert not is_plaintext_db(user_db_path(data_dir))
    doc = json.loads(user_key_path(data_dir).read_text())
    assert doc["kdf"] == "argon2id" and doc["memory_kib"] >= 64 * 1024
    assert key.sql_literal()[2:-1] not in user_key_path(data_dir).read_text()  # wrapped
    assert plaintext_scan(written.needles, data_dir) == []
    with UserData(data_dir, vault.unlock(data_dir, PASS)) as user:
        written.check(user)


def test_a_wrong_or_missing_passphrase_opens_nothing(data_dir: Path, libs: LibrarySet,
                                                     written: Written) -> None:
    _protected_with_data(data_dir, libs, written)
    with pytest.raises(WrongPassphrase) as info:
        vault.unlock(data_dir, PASS + " ")
    assert str(info.value) == "the passphrase is wrong; nothing was opened"
    with pytest.raises(PassphraseRequired):
        UserData(data_dir)
    assert not quick_check(user_db_path(data_dir))  # without the key SQLite sees noise


def test_a_forgotten_key_reads_nothing_more(data_dir: Path, libs: LibrarySet,
                                            written: Written) -> None:
    key = _protected_with_data(data_dir, libs, written)
    user = UserData(data_dir, key)
    user.close()  # what a lock does: the connections go...
    key.forget()  # ...then the key
    assert key.is_forgotten and repr(key) == "DataKey(forgotten)"
    with pytest.raises(PassphraseRequired):
        user.note("rec-1")  # the pool would need a new connection: it cannot make one
    with pytest.raises(PassphraseRequired):
        UserData(data_dir, key)


def test_changing_the_passphrase_rewraps_the_key_only(data_dir: Path, libs: LibrarySet,
                                                      written: Written) -> None:
    _protected_with_data(data_dir, libs, written)
    db = user_db_path(data_dir)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    vault.change_passphrase(data_dir, PASS, "new words here")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    with pytest.raises(WrongPassphrase):
        vault.unlock(data_dir, PASS)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase(data_dir, PASS, "other")
    with UserData(data_dir, vault.unlock(data_dir, "new words here")) as user:
        written.check(user)


def test_an_empty_new_passphrase_is_refused(data_dir: Path) -> None:
    with pytest.raises(UserDataError, match="empty"):
        vault.set_passphrase(data_dir, "  ")
    assert not vault.is_protected(data_dir)


def test_a_key_that_does_not_open_the_data_cannot_be_rewrapped(data_dir: Path, libs: LibrarySet,
                                                               written: Written) -> None:
    _protected_with_data(data_dir, libs, written)
    with pytest.raises(WrongPassphrase):
        vault.set_passphrase(data_dir, "new", key=DataKey.generate())
    vault.unlock(data_dir, PASS)  # unchanged


@pytest.mark.parametrize(("content", "words"), [
    (b"", "damaged"), (b"{\"format\": 1, \"kdf\": \"argon2id\"", "damaged"),
    (json.dumps({"format": 9, "kdf": "argon2id", "cipher": "aes-256-gcm"}).encode(), "newer"),
])
def test_a_damaged_key_file_is_one_sentence(data_dir: Path, content: bytes, words: str) -> None:
    vault.set_passphrase(data_dir, PASS)
    user_key_path(data_dir).write_bytes(content)
    with pytest.raises(UserDataError) as info:
        vault.unlock(data_dir, PASS)
    assert words in str(info.value) and str(user_key_path(data_dir)) in str(info.value)


def test_destroying_the_key_erases_the_data(data_dir: Path, libs: LibrarySet,
                                            written: Written, plaintext_scan: Scan) -> None:
    _protected_with_data(data_dir, libs, written)
    wrapped = user_key_path(data_dir).read_bytes()
    assert vault.destroy_key(data_dir)
    assert not user_key_path(data_dir).exists() and not vault.is_protected(data_dir)
    assert not list(user_key_path(data_dir).parent.glob(".userkey.json*"))
    with pytest.raises(UserDataError, match="no passphrase"):
        vault.unlock(data_dir, PASS)
    assert not quick_check(user_db_path(data_dir))
    assert plaintext_scan([*written.needles, wrapped.decode()], data_dir) == []
    assert not vault.destroy_key(data_dir)  # twice is harmless


# --- migration of existing plaintext data --------------------------------------------------------


def test_existing_plaintext_data_and_backups_are_encrypted_in_place(
        data_dir: Path, libs: LibrarySet, written: Written, plaintext_scan: Scan) -> None:
    with UserData(data_dir) as user:
        written.write(user, libs)
    auto_backup(data_dir)
    assert len(list_backups(data_dir)) == 2
    assert plaintext_scan(written.needles, data_dir)  # the scan does find plaintext
    key = vault.set_passphrase(data_dir, PASS)
    assert plaintext_scan(written.needles, data_dir) == []
    names = [b.name for b in list_backups(data_dir)]
    assert len(names) == 2  # re-made encrypted under the same names
    for b in list_backups(data_dir):
        assert not is_plaintext_db(b.path) and quick_check(b.path, key=key)
    with UserData(data_dir, key) as user:
        written.check(user)
        user.restore(names[-1])
        written.check(user)
    assert plaintext_scan(written.needles, data_dir) == []


def test_an_unreadable_plaintext_backup_is_removed_not_left_in_the_clear(
        data_dir: Path, libs: LibrarySet, written: Written, plaintext_scan: Scan) -> None:
    with UserData(data_dir) as user:
        written.write(user, libs)
    info = make_backup(data_dir, "daily")
    assert info is not None
    raw = bytearray(info.path.read_bytes())
    raw[200:4096] = b"\xa5" * (4096 - 200)  # the schema page is noise now; the rest is text
    info.path.write_bytes(bytes(raw))
    vault.set_passphrase(data_dir, PASS)
    assert not info.path.exists()
    assert plaintext_scan(written.needles, data_dir) == []


def test_removing_the_passphrase_decrypts_data_and_backups(data_dir: Path, libs: LibrarySet,
                                                          written: Written) -> None:
    key = _protected_with_data(data_dir, libs, written)
    make_backup(data_dir, "daily", key=key)
    vault.remove_passphrase(data_dir, PASS)
    assert not vault.is_protected(data_dir)
    assert is_plaintext_db(user_db_path(data_dir))
    assert all(is_plaintext_db(b.path) and quick_check(b.path) for b in list_backups(data_dir))
    with UserData(data_dir) as user:
        written.check(user)
        user.restore(list_backups(data_dir)[-1].name)
        written.check(user)


def test_a_removal_killed_before_its_switch_leaves_no_plaintext_copy(
        data_dir: Path, libs: LibrarySet, written: Written, plaintext_scan: Scan) -> None:
    """The plaintext copy a removal makes before switching is deleted by the next unlock if
    the removal never got as far as marking itself (the state a kill there leaves)."""
    key = _protected_with_data(data_dir, libs, written)
    db = user_db_path(data_dir)
    half = db.with_name(db.name + vault.DECRYPTING_SUFFIX)
    vault._convert(db, key, None, half, switch=False)
    assert half.read_bytes().startswith(PLAIN_HEADER)
    with UserData(data_dir, vault.unlock(data_dir, PASS)) as user:
        written.check(user)
    assert not half.exists()
    assert plaintext_scan(written.needles, data_dir) == []


# --- backups, restore and moving the folder, encrypted --------------------------------------------


def test_backups_of_encrypted_data_are_encrypted_and_rotate(data_dir: Path, libs: LibrarySet,
                                                            written: Written,
                                                            plaintext_scan: Scan) -> None:
    key = _protected_with_data(data_dir, libs, written)
    with pytest.raises(PassphraseRequired):
        make_backup(data_dir, "daily")
    for _ in range(7):
        make_backup(data_dir, "install", key=key)
    backups = list_backups(data_dir)
    assert len(backups) == 5  # rotation works: quick_check reads them with the key
    assert prune(data_dir, key=key) == []
    assert all(not is_plaintext_db(b.path) for b in backups)
    with UserData(data_dir, key) as user:
        user.set_note("rec-1", "changed")
        user.restore(backups[0].name)
        written.check(user)
    assert plaintext_scan(written.needles, data_dir) == []


def test_moving_encrypted_data_to_another_folder_keeps_it_encrypted(
        data_dir: Path, tmp_path: Path, libs: LibrarySet, written: Written,
        plaintext_scan: Scan, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    key = _protected_with_data(data_dir, libs, written)
    new = tmp_path / "elsewhere"
    with UserData(data_dir, key) as user:
        assert user.switch_folder(new)
        written.check(user)
    assert vault.is_protected(new) and not is_plaintext_db(user_db_path(new))
    assert plaintext_scan(written.needles, data_dir, new) == []
    with UserData(new, vault.unlock(new, PASS)) as user:
        written.check(user)


def test_a_plain_folder_cannot_take_an_encrypted_session(data_dir: Path, tmp_path: Path,
                                                         libs: LibrarySet, written: Written,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    plain = tmp_path / "plain"
    UserData(plain).close()
    key = _protected_with_data(data_dir, libs, written)
    with UserData(data_dir, key) as user:
        with pytest.raises(UserDataError, match="has no passphrase, unlike yours"):
            user.switch_folder(plain)
        written.check(user)  # the session stayed where it was


def test_the_wal_of_an_open_encrypted_db_holds_no_plaintext(data_dir: Path, libs: LibrarySet,
                                                            written: Written,
                                                            plaintext_scan: Scan) -> None:
    key = vault.set_passphrase(data_dir, PASS)
    with UserData(data_dir, key) as user:
        written.write(user, libs)
        wal = user_db_path(data_dir).with_name("user.sqlite-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the writes are in the WAL now
        assert plaintext_scan(written.needles, data_dir) == []
    assert plaintext_scan(written.needles, data_dir) == []
