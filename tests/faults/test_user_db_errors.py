"""The error contract for the user DB (issue 8): one plain line, exit 1, never a traceback,
and the right words: a full disk is full, a failed read is not 'could not be saved', a
read-only folder still reads, an empty user DB is damaged (not silently new), a stray file in
backups/ is ignored. The CLI runs in-process here (`main`), on real files."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldkit.cli import main
from fieldkit.core.backup import backup_dir, list_backups, make_backup
from fieldkit.core.paths import user_db_path
from fieldkit.core.userdata import UserData


def cli(capsys, *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


@pytest.fixture
def home(tmp_path: Path, shared_library_path: Path) -> tuple[Path, str, list[str]]:
    from fieldkit.core.library import LibrarySet

    folder = tmp_path / "Team #2"
    with UserData(folder) as user, LibrarySet([shared_library_path]) as libs:
        run = user.runs.start(libs.checklist("checkpoint"), "r", libs.infos[0])
        user.runs.tick(run.id, run.items[0].id)
    return folder, run.id, [i.id for i in run.items]


def test_a_stray_file_in_backups_breaks_nothing(capsys, home, shared_library_path) -> None:
    folder, run_id, items = home
    backup_dir(folder).mkdir(parents=True, exist_ok=True)
    (backup_dir(folder) / "user-20261399-999999-daily.sqlite").write_bytes(b"")
    (backup_dir(folder) / "user-20260101-000000-q9-daily.sqlite").mkdir()
    lib = ["--library", shared_library_path, "--data-dir", folder]
    assert cli(capsys, *lib, "runs")[0] == 0
    assert cli(capsys, *lib, "run", "tick", run_id, items[1])[0] == 0
    code, out, _ = cli(capsys, *lib, "backup", "list")
    assert code == 0 and "20261399" not in out


def _scramble_tables(path: Path, *tables: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [r for (r,) in conn.execute(
            f"SELECT rootpage FROM sqlite_master WHERE name IN ({','.join('?' * len(tables))})",
            tables)]
    with path.open("r+b") as fh:
        for root in roots:
            fh.seek((root - 1) * page)
            fh.write(b"\xa5" * page)


def test_a_read_on_a_damaged_db_does_not_say_could_not_be_saved(capsys, home) -> None:
    folder, _run_id, _items = home
    _scramble_tables(user_db_path(folder), "runs", "run_items")
    code, _out, err = cli(capsys, "--data-dir", folder, "runs")
    assert code == 1
    assert "could not be saved" not in err
    assert "could not be read" in err and "damaged" in err


def test_a_damaged_live_file_is_said_once_plainly_and_takes_no_backup_slot(capsys,
                                                                          home) -> None:
    folder, _run_id, _items = home
    good = make_backup(folder, "daily")
    _scramble_tables(user_db_path(folder), "runs", "run_items")
    code, _out, err = cli(capsys, "--data-dir", folder, "runs")
    warnings = [line for line in err.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "damaged" in warnings[0] and good.name in warnings[0]
    assert [b.name for b in list_backups(folder)] == [good.name]
    assert code == 1


def test_an_empty_user_db_is_damaged_not_new(capsys, home) -> None:
    folder, _run_id, _items = home
    backup = make_backup(folder, "daily")
    user_db_path(folder).write_bytes(b"")
    for side in ("-wal", "-shm"):
        user_db_path(folder).with_name(f"user.sqlite{side}").unlink(missing_ok=True)
    code, _out, err = cli(capsys, "--data-dir", folder, "runs")
    assert code == 1 and "empty" in err and "backup restore" in err
    assert user_db_path(folder).stat().st_size == 0  # not silently re-initialised
    code, _out, err = cli(capsys, "--data-dir", folder, "backup", "restore", backup.name)
    assert code == 0, err
    with UserData(folder) as user:
        assert len(user.runs.list()) == 1


def test_restore_over_a_damaged_user_db(capsys, home) -> None:
    """Issue 8 item 3: the restore first backed up the damaged file, that failed, and the
    restore aborted, exactly where every error message sends the person."""
    folder, _run_id, _items = home
    backup = make_backup(folder, "daily")
    with UserData(folder) as user:
        user.set_note("rec", "after the backup")
    _scramble_tables(user_db_path(folder), "runs", "run_items", "record_notes", "settings")
    code, out, err = cli(capsys, "--data-dir", folder, "backup", "restore", backup.name)
    assert code == 0, err
    with UserData(folder) as user:
        assert len(user.runs.list()) == 1
    damaged = [b for b in list_backups(folder) if b.kind == "damaged"]
    assert len(damaged) == 1 and damaged[0].name in out  # its raw bytes, kept aside


@contextlib.contextmanager
def _tmpfs(where: Path, size: str) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    where.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_full_disk_says_the_disk_is_full(capsys, tmp_path: Path, shared_library_path) -> None:
    from fieldkit.core.library import LibrarySet

    with _tmpfs(tmp_path / "small", "2m") as disk:
        folder = disk / "data"
        with UserData(folder) as user, LibrarySet([shared_library_path]) as libs:
            run = user.runs.start(libs.checklist("checkpoint"), "r", libs.infos[0])
        filler = disk / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as fh:
            while True:
                fh.write(b"\0" * 4096)
                fh.flush()
        code, _out, err = cli(capsys, "--data-dir", folder, "run", "tick", run.id,
                              run.items[0].id, "--note", "x" * 200_000)
        assert code == 1
        assert "disk is full" in err and "i/o" not in err.lower()


def test_a_read_only_data_folder_still_reads(capsys, tmp_path: Path, home) -> None:
    folder, _run_id, _items = home
    backup = make_backup(folder, "daily")
    with _tmpfs(tmp_path / "ro", "8m") as disk:
        subprocess.run(["cp", "-a", str(folder), str(disk / "data")], check=True)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        ro = disk / "data"
        code, out, err = cli(capsys, "--data-dir", ro, "runs")
        assert code == 0, err
        assert "r" in out
        code, _out, err = cli(capsys, "--data-dir", ro, "backup", "restore", backup.name)
        assert code == 1
        assert "not a readable" not in err and "read-only" in err and "intact" in err


def test_a_damaged_file_that_cannot_be_set_aside_is_said_as_such(tmp_path: Path, home) -> None:
    """A restore over a damaged data file first moves it aside into backups/; when that fails
    (here: backups/ on another filesystem, so no rename) the restore stops with its own code,
    not 'the backup could not be made', and the file is as it was."""
    from fieldkit.core.backup import restore_backup
    from fieldkit.core.errors import BackupError

    folder, _run_id, _items = home
    backup = make_backup(folder, "daily")
    kept = tmp_path / "kept"
    shutil.copytree(backup_dir(folder), kept)
    _scramble_tables(user_db_path(folder), "runs", "run_items", "record_notes", "settings")
    damaged = user_db_path(folder).read_bytes()
    with _tmpfs(backup_dir(folder), "8m") as disk:
        for f in kept.iterdir():
            shutil.copy2(f, disk / f.name)
        with pytest.raises(BackupError, match="could not be set aside") as caught:
            restore_backup(folder, backup.name)
        assert caught.value.code == "backup.set_aside_failed"
    assert user_db_path(folder).read_bytes() == damaged


def test_a_backup_that_cannot_be_opened_in_a_read_only_folder_says_so(tmp_path: Path,
                                                                      home) -> None:
    """A backup left in WAL mode (its -wal file beside it, no -shm) cannot be opened in a
    read-only folder: said with its own code, not 'the backup could not be made'."""
    from fieldkit.core.backup import restore_backup
    from fieldkit.core.errors import BackupError

    folder, _run_id, _items = home
    backup = make_backup(folder, "daily")
    with contextlib.closing(sqlite3.connect(backup.path)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("INSERT INTO settings (key, value) VALUES ('wal', '1')")
        conn.commit()  # in the -wal file while this connection is open
        with _tmpfs(tmp_path / "ro", "8m") as disk:
            subprocess.run(["cp", "-a", str(folder), str(disk / "data")], check=True)
            for shm in (disk / "data").rglob("*-shm"):
                shm.unlink()
            conn.close()
            subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
            ro = disk / "data"
            assert (backup_dir(ro) / (backup.path.name + "-wal")).exists()
            with pytest.raises(BackupError, match="read-only folder") as caught:
                restore_backup(ro, backup.name)
            assert caught.value.code == "backup.backup_folder_read_only"
            assert caught.value.fields == {"name": backup.name}
