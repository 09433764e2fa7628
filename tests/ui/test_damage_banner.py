"""A damaged live user DB is said once, plainly, in the window's banner (issue 8 item 4):
the daily backup finds it (quick_check on the copy) and takes no slot."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from fieldkit.core.backup import list_backups, make_backup
from fieldkit.core.paths import user_db_path
from fieldkit.core.userdata import UserData


def test_the_banner_says_the_data_file_is_damaged(qtbot, library_path: Path,
                                                  data_folder: Path) -> None:
    from fieldkit.ui.app import build_window
    from fieldkit.ui.worker import wait_for_all

    with UserData(data_folder) as user:
        for n in range(30):
            user.set_note(f"rec-{n}", "x" * 1000)
    good = make_backup(data_folder, "install")
    path = user_db_path(data_folder)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='record_notes'"
                            ).fetchone()[0]
    with path.open("r+b") as fh:  # the notes table's root page: the file still opens
        fh.seek((root - 1) * page)
        fh.write(b"\xa5" * page)
    win = build_window([library_path], data_folder)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: "damaged" in win.banner.text(), timeout=10000)
        assert good is not None and good.name in win.banner.text()
        assert [b.name for b in list_backups(data_folder)] == [good.name]
    finally:
        wait_for_all(5000)
        win.close()
        win.ctx.close()
