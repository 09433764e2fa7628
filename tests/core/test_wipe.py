"""Emergency wipe: after each scope, nothing the person wrote is left anywhere under the data
folder (every byte of every file scanned), links planted there are removed without touching their
targets, and a second process holding the DB open does not stop it."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.core.backup import make_backup
from fieldkit.core.crashlog import record_crash
from fieldkit.core.display_prefs import read_display_prefs, write_display_prefs
from fieldkit.core.errors import FieldKitError
from fieldkit.core.library import LibrarySet
from fieldkit.core.location import point_to
from fieldkit.core.paths import location_file, user_db_path, user_key_path
from fieldkit.core.userdata import UserData
from fieldkit.core.wipe import ALL, EVERYTHING, NOTES, SCOPES, WipeError, wipe

SECRETS = {"run": "Zanzibar-run-7Q4", "note": "met Colonel Quartzfield", "sheet": "Ophira-9XK",
           "record": "record-note-Vv81", "log": "log-line-Kq22"}
PACK_MARK = b"pack-content-Pz31"
TRUST_MARK = b"trust-root-Tr55"



@pytest.fixture(autouse=True)
def _private_temp(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    """A wipe also clears the temp folder's FieldKit log: never the shared one in tests."""
    (tmp_path / "tmp").mkdir(exist_ok=True)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))

@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


def fill(folder: Path, libs: LibrarySet) -> None:
    """Every kind of thing a person leaves behind, each holding a unique string."""
    with UserData(folder) as user:
        run = user.runs.start(libs.checklist("checkpoint"), name=SECRETS["run"],
                              library=libs.infos[0])
        user.runs.set_note(run.id, run.items[0].id, SECRETS["note"])
        user.runs.set_run_note(run.id, SECRETS["note"] + " again")
        sheet = user.sheets.start(libs.worksheet("debrief"), name=SECRETS["sheet"])
        user.sheets.set_value(sheet.id, "asked", SECRETS["sheet"] + " field")
        user.set_note("some-record", SECRETS["record"])
        user.set_setting("lock_after", "5")
    make_backup(folder, "daily", dt.datetime(2026, 1, 2, tzinfo=dt.UTC))
    with UserData(folder) as user:  # a -wal beside the DB, as while the app runs
        user.set_note("other-record", SECRETS["record"] + " 2")
    try:
        raise RuntimeError(SECRETS["log"])
    except RuntimeError as exc:
        assert record_crash(exc, folder) is not None
    write_display_prefs(folder, theme="dark")
    point_to(folder)
    (folder / "packs" / "regional").mkdir(parents=True)
    (folder / "packs" / "regional" / "library.sqlite").write_bytes(PACK_MARK)
    (folder / "trust" / "abc").mkdir(parents=True)
    (folder / "trust" / "abc" / "root.json").write_bytes(TRUST_MARK)
    user_key_path(folder).write_bytes(b"wrapped-key-Wk77")


def found(folder: Path, needles: list[bytes]) -> list[tuple[Path, bytes]]:
    """Every (file, needle) pair where a needle's bytes occur in a file under `folder`."""
    hits = []
    for root, dirs, files in os.walk(folder):
        for name in files + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            path = Path(root, name)
            if path.is_symlink():
                continue
            data = path.read_bytes()
            hits += [(path, n) for n in needles if n in data]
    return hits


USER_NEEDLES = [s.encode() for s in SECRETS.values()] + [b"Wk77"]


@pytest.mark.parametrize("scope", SCOPES)
def test_each_scope_leaves_nothing_the_person_wrote(scope: str, data_dir: Path,
                                                    libs: LibrarySet, config: Path) -> None:
    fill(data_dir, libs)
    assert found(data_dir, USER_NEEDLES)  # the scan can find them: they are there before
    result = wipe(data_dir, scope)
    assert result.is_complete and result.key_destroyed and result.removed >= 5
    assert found(data_dir, USER_NEEDLES) == []
    assert not user_db_path(data_dir).exists() and not user_key_path(data_dir).exists()
    assert not (data_dir / "backups").exists()
    kept = {p.relative_to(data_dir).as_posix() for p in data_dir.rglob("*") if p.is_file()}
    if scope == NOTES:  # the plain preferences stay: nothing written by the person
        assert read_display_prefs(data_dir)["theme"] == "dark"
        assert location_file().exists()
    else:
        assert read_display_prefs(data_dir)["theme"] == "light"
        assert not location_file().exists()
    assert not (data_dir / "logs").exists()
    packs_kept = scope != EVERYTHING
    assert ("packs/regional/library.sqlite" in kept) is packs_kept
    assert ("trust/abc/root.json" in kept) is packs_kept
    if scope == EVERYTHING:
        assert found(data_dir, [PACK_MARK, TRUST_MARK]) == [] and kept == set()
    # the app starts as on a new machine: an empty user DB opens
    with UserData(data_dir) as user:
        assert user.runs.list() == [] and user.note("some-record") is None


def test_links_planted_in_the_folder_are_removed_never_followed(
        data_dir: Path, libs: LibrarySet, tmp_path: Path, config: Path) -> None:
    fill(data_dir, libs)
    outside = tmp_path / "outside"
    outside.mkdir()
    victim = outside / "precious.txt"
    victim.write_text("keep me")
    (outside / "sub").mkdir()
    (outside / "sub" / "also.txt").write_text("keep me too")
    os.symlink(victim, data_dir / ".private" / "user.sqlite-journal")
    os.symlink(outside / "sub", data_dir / "backups" / "linked-folder")
    os.symlink(outside, data_dir / "logs-link")
    result = wipe(data_dir, EVERYTHING)
    assert result.is_complete
    assert victim.read_text() == "keep me" and (outside / "sub" / "also.txt").exists()
    # not FieldKit's: left alone (the folder may also hold the person's other files), and
    # never followed
    assert os.path.islink(data_dir / "logs-link")
    assert found(data_dir, USER_NEEDLES) == []


def test_a_second_process_holding_the_db_open_does_not_stop_the_wipe(
        data_dir: Path, libs: LibrarySet, config: Path) -> None:
    fill(data_dir, libs)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
         "c.execute('BEGIN'); c.execute('SELECT count(*) FROM runs').fetchone(); "
         "print('open', flush=True); sys.stdin.read()", str(user_db_path(data_dir))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        result = wipe(data_dir, NOTES)
        assert result.is_complete
        assert found(data_dir, USER_NEEDLES[:4]) == []
        assert not user_db_path(data_dir).exists()
    finally:
        holder.communicate("", timeout=30)
    assert found(data_dir, USER_NEEDLES[:4]) == []  # and nothing came back when it let go


def test_an_empty_or_missing_folder_wipes_cleanly(tmp_path: Path, config: Path) -> None:
    result = wipe(tmp_path / "never-made", ALL)
    assert result.is_complete and not result.key_destroyed and result.removed == 0


def test_an_unknown_scope_is_refused(data_dir: Path) -> None:
    with pytest.raises(WipeError, match="not a wipe scope") as err:
        wipe(data_dir, "some")
    assert isinstance(err.value, FieldKitError)


def test_cli_wipe_needs_yes(data_dir: Path, libs: LibrarySet, config: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    fill(data_dir, libs)
    assert main(["--data-dir", str(data_dir), "wipe", "--scope", "all"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fieldkit: error: wiping erases all your data") and "--yes" in err
    assert "Traceback" not in err and user_db_path(data_dir).exists()
    assert main(["--data-dir", str(data_dir), "wipe", "--scope", "all", "--yes"]) == 0
    assert "Wiped all your data" in capsys.readouterr().out
    assert found(data_dir, USER_NEEDLES) == []
    assert (data_dir / "packs" / "regional" / "library.sqlite").read_bytes() == PACK_MARK


def test_cli_wipe_rejects_an_unknown_scope(data_dir: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--data-dir", str(data_dir), "wipe", "--scope", "mine", "--yes"])
    assert exit_.value.code == 2 and "invalid choice" in capsys.readouterr().err


def test_an_encrypted_folder_is_crypto_erased_first(data_dir: Path, libs: LibrarySet,
                                                    config: Path) -> None:
    from fieldkit.core import vault

    fill(data_dir, libs)
    user_key_path(data_dir).unlink()  # the fake key of `fill`: a real one now
    vault.set_passphrase(data_dir, "a long passphrase").forget()
    assert vault.is_protected(data_dir)
    steps: list[tuple[int, int]] = []
    result = wipe(data_dir, NOTES, on_step=lambda done, total: steps.append((done, total)))
    assert result.key_destroyed and result.is_complete and steps[-1][0] == steps[-1][1]
    assert not vault.is_protected(data_dir)
    assert found(data_dir, USER_NEEDLES) == []


def test_privacy_settings_survive_the_notes_wipe_only(data_dir: Path, config: Path) -> None:
    from fieldkit.core.privacy import read_privacy, update_privacy

    update_privacy(data_dir, disguise="Notes", lock_after="hide")
    wipe(data_dir, NOTES)
    assert read_privacy(data_dir).disguise == "Notes"  # a wipe never unmasks the app
    wipe(data_dir, ALL)
    assert read_privacy(data_dir).disguise is None


def test_the_temp_folder_log_goes_too(tmp_path: Path, config: Path) -> None:
    from fieldkit.core.crashlog import log_folders

    temp_log = log_folders(None)[0]
    assert temp_log.is_relative_to(tmp_path)  # the test's own temp folder
    temp_log.mkdir(parents=True)
    (temp_log / "fieldkit.log").write_text(SECRETS["log"])
    wipe(tmp_path / "home", NOTES)
    assert not temp_log.exists()


@pytest.mark.parametrize("scope", SCOPES)
def test_a_held_vault_lock_stays_the_folders_one_lock_through_a_wipe(scope: str, data_dir: Path,
                                                                    config: Path) -> None:
    """A wipe after wrong passphrases runs under the vault lock: deleting its file let another
    process make a new one and hold "the" lock at the same time."""
    from fieldkit.core.paths import VAULT_LOCK_NAME, private_dir
    from fieldkit.core.vault import folder_lock

    probe = ("import fcntl, os, sys\n"
             "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT)\n"
             "try:\n"
             "    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)\n"
             "except BlockingIOError:\n"
             "    sys.exit(3)\n")
    lock_file = private_dir(data_dir) / VAULT_LOCK_NAME
    with folder_lock(data_dir) as taken:
        assert taken
        wipe(data_dir, scope)
        assert lock_file.is_file()
        other = subprocess.run([sys.executable, "-c", probe, str(lock_file)], timeout=30,
                               check=False)
        assert other.returncode == 3, "another process took the folder's lock during the wipe"
