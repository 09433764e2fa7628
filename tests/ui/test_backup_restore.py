"""Restore a backup from the app (issue 10): Settings lists the backups, newest first; Restore
asks first, keeps the current data aside, brings the chosen copy back, and every screen shows
the restored data at once."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from fieldkit.core.backup import list_backups, make_backup
from fieldkit.ui.worker import wait_for_all


def test_restore_from_settings_brings_the_data_back_and_keeps_the_current_aside(window, qtbot):
    user, libs = window.ctx.user, window.ctx.libs
    folder = window.ctx.data_folder
    run = user.runs.start(libs.checklist("checkpoint"), "Km 42 & <b>north</b>", libs.infos[0])
    user.runs.tick(run.id, run.items[0].id)
    wait_for_all(5000)  # the window's own daily and weekly copies, taken at start
    chosen = make_backup(folder, "install")
    user.runs.tick(run.id, run.items[1].id)  # after the copy: the restore takes it away
    user.runs.tick(run.id, run.items[2].id)
    before = {b.name for b in list_backups(folder)}

    window.show_view("settings")
    panel = window.views["settings"].backups
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(before), timeout=5000)
    row = next(r for r in range(panel.model.rowCount())
               if panel.model.backup(r).name == chosen.name)
    assert row == 0  # newest first
    assert "before a library update" in panel.model.index(row).data()
    panel.list.setCurrentIndex(panel.model.index(row))
    assert panel.restore_button.isEnabled()
    panel.restore_button.click()
    box = panel.confirm_box
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    restore = next(b for b in box.buttons() if b.text() == "Restore")
    restore.click()

    qtbot.waitUntil(lambda: panel.model.rowCount() == len(before) + 1, timeout=10000)
    added = [b for b in list_backups(folder) if b.name not in before]
    assert [b.kind for b in added] == ["kept"]  # what was there before is kept aside
    done = [i.id for i in user.runs.get(run.id).items if i.done]
    assert done == [run.items[0].id]
    assert "Restored the backup" in window.statusBar().currentMessage()

    window.show_view("run", run_id=run.id)  # the run screen shows what is stored now
    screen = window.views["run"]
    qtbot.waitUntil(lambda: screen.control.run is not None
                    and [i.id for i in screen.control.run.items if i.done] == done,
                    timeout=5000)


def test_cancel_restores_nothing(window, qtbot):
    user, libs = window.ctx.user, window.ctx.libs
    folder = window.ctx.data_folder
    run = user.runs.start(libs.checklist("checkpoint"), "Km 7", libs.infos[0])
    wait_for_all(5000)
    make_backup(folder, "install")
    user.runs.tick(run.id, run.items[0].id)
    before = sorted(b.name for b in list_backups(folder))
    window.show_view("settings")
    panel = window.views["settings"].backups
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(before), timeout=5000)
    panel.list.setCurrentIndex(panel.model.index(0))
    panel.ask_restore()
    panel.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(300)
    assert sorted(b.name for b in list_backups(folder)) == before
    assert [i.id for i in user.runs.get(run.id).items if i.done] == [run.items[0].id]
