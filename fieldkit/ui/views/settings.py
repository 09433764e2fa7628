"""The settings screen: data folder, the setting filter for prompts, theme and text size.

Changes apply at once and are saved through the core on the user queue (theme and text size
to their own file, read before the first paint); no database code here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.paths import PORTABLE
from fieldkit.ui.i18n import LANGUAGE_NAMES, LANGUAGES, current_language, system_language
from fieldkit.ui.theme import apply_theme
from fieldkit.ui.views.backup_panel import BackupPanel
from fieldkit.ui.views.base import View
from fieldkit.ui.views.privacy_panel import PrivacyPanel
from fieldkit.ui.widgets.cards import Panel, ScaledLabel, centred_page
from fieldkit.ui.worker import run_op, with_sentence

# Stored values; None means "all settings" (no filter on prompts).
CONTEXTS: tuple[str | None, ...] = (None, "checkpoint", "community-meeting", "clinic",
                                    "distribution-site")
THEMES = ("light", "dark", "contrast")
# "" follows the system's language; the others name one (fieldkit.ui.i18n.LANGUAGES).
LANGUAGE_CHOICES = ("", *LANGUAGES)
TEXT_SIZES = ("small", "normal", "large", "huge")


class SettingsScreen(View):
    name = "settings"

    def __init__(self, ctx, nav) -> None:
        super().__init__(ctx, nav)
        self.values: dict[str, Any] = {"context": None, "theme": "light", "text_size": "normal",
                                       "language": ""}
        content = centred_page(self, self.tr("Settings"), 110)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        heading = ScaledLabel(self.tr("Settings"), 1.8, bold=True)
        layout.addWidget(heading)
        saved = QLabel(self.tr("Changes apply at once and are kept on this computer."))
        saved.setObjectName("muted")
        layout.addWidget(saved)

        self.context_group = self._choices(layout, self.tr("Where are you working?"), self.tr(
            "Prompts show what fits this setting."), [
            self.tr("All settings"), self.tr("Checkpoint"), self.tr("Community meeting"),
            self.tr("Clinic"), self.tr("Distribution site")], "context", CONTEXTS)
        self.theme_group = self._choices(layout, self.tr("Theme"), self.tr(
            "High contrast helps in bright sun."), [
            self.tr("Light"), self.tr("Dark"), self.tr("High contrast")], "theme", THEMES)
        self.size_group = self._choices(layout, self.tr("Text size"), "", [
            self.tr("Small"), self.tr("Normal"), self.tr("Large"), self.tr("Huge")],
            "text_size", TEXT_SIZES)
        # Each language is named in itself, whatever the app's language (people look for
        # their own); the change takes effect at the next start, and the screen says so.
        self.language_group = self._choices(layout, self.tr("Language"), self.tr(
            "FieldKit opens in this language from the next start."), [
            self.tr("As the system (%1)").replace("%1", LANGUAGE_NAMES[system_language()]),
            *(LANGUAGE_NAMES[code] for code in LANGUAGES)], "language", LANGUAGE_CHOICES)
        layout.addWidget(self._folder_panel())
        self.privacy = PrivacyPanel(ctx, nav)
        layout.addWidget(self.privacy)
        self.backups = BackupPanel(ctx, nav)
        layout.addWidget(self.backups)
        layout.addStretch(1)
        self._show_values()

    def title(self) -> str:
        return self.tr("Settings")

    # --- layout ----------------------------------------------------------------------------
    def _choices(self, layout: QVBoxLayout, title: str, hint: str, labels: list[str],
                 key: str, values: tuple[str | None, ...]) -> QButtonGroup:
        panel = Panel()
        box = QVBoxLayout(panel)
        box.setContentsMargins(18, 14, 18, 14)
        label = ScaledLabel(title, 1.1, bold=True)
        box.addWidget(label)
        if hint:
            muted = QLabel(hint)
            muted.setObjectName("muted")
            muted.setWordWrap(True)
            box.addWidget(muted)
        row = QHBoxLayout()
        row.setSpacing(24)
        group = QButtonGroup(self)
        for i, text in enumerate(labels):
            button = QRadioButton(text)
            button.setAccessibleName(f"{title}: {text}")
            button.setMinimumHeight(32)
            group.addButton(button, i)
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        group.idClicked.connect(lambda i, k=key, v=values: self.change(k, v[i]))
        layout.addWidget(panel)
        return group

    def _folder_panel(self) -> QWidget:
        panel = Panel()
        form = QFormLayout(panel)
        form.setContentsMargins(18, 14, 18, 14)
        form.setVerticalSpacing(10)
        self.folder = QLineEdit(str(self.ctx.shown_folder or self.ctx.data_folder))
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.folder.setCursorPosition(0)
        open_button = QPushButton(self.tr("Open folder"))
        open_button.setAccessibleName(self.tr("Open the data folder"))
        open_button.setToolTip(self.tr("Show your data folder in the file manager"))
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(self.ctx.data_folder))))
        change_button = QPushButton(self.tr("Change…"))
        change_button.setAccessibleName(self.tr("Choose another data folder"))
        change_button.setToolTip(self.tr("Keep your data in another folder from now on "
                                         "(it is copied there; nothing is deleted)"))
        change_button.clicked.connect(self._pick_folder)
        if self.ctx.folder_override:
            change_button.setEnabled(False)
            change_button.setToolTip(self.tr("Set by %1 when FieldKit started").replace(
                "%1", self.ctx.folder_override))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(open_button)
        row.addWidget(change_button)
        form.addRow(self.tr("Your data folder"), row)
        hint = QLabel(self.tr("Your runs, notes, bookmarks and settings live here, with "
                              "automatic backups."))
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        form.addRow("", hint)
        if self.ctx.folder_override == PORTABLE:
            overridden = QLabel(self.tr(
                "FieldKit runs in portable mode (a file named “portable” sits beside the "
                "program), so your data stays in this folder beside it and nothing is written "
                "to this computer's profile; remove that file to choose another folder."))
        elif self.ctx.folder_override:
            overridden = QLabel(self.tr("Chosen by %1 when FieldKit started; to change it, start "
                                        "FieldKit without %1.").replace(
                "%1", self.ctx.folder_override))
        if self.ctx.folder_override:
            overridden.setWordWrap(True)
            overridden.setAccessibleName(self.tr("Data folder set at start"))
            self.folder_override_label = overridden
            form.addRow("", overridden)
        self.library_label = QLabel()
        self.library_label.setWordWrap(True)
        self.library_label.setAccessibleName(self.tr("Library files"))
        form.addRow(self.tr("Library file"), self.library_label)
        self.context_ready()
        return panel

    def _pick_folder(self) -> None:
        if self.ctx.folder_override:
            self._say_overridden()
            return
        # Start in the folder above: the dialog never needs to list the data folder's files.
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for your data"),
                                                  str(Path(self.ctx.data_folder).parent))
        if chosen:
            self.change_folder(Path(chosen))

    def _say_overridden(self) -> None:
        self.nav.show_message(self.tr(
            "The data folder is set by %1 when FieldKit starts, so it cannot be changed here; "
            "start FieldKit without %1 to choose one.").replace(
            "%1", self.ctx.folder_override or ""), error=True)

    def change_folder(self, new: Path) -> None:
        """Move the data to `new` now: after pending writes (on the user queue), the user DB is
        closed, copied through SQLite, reopened there, and future starts use it too."""
        if self.ctx.folder_override:
            self._say_overridden()
            return
        guard = self.ctx.guard
        old_folder = self.ctx.data_folder
        if guard is not None and not guard.move_to(new):
            self.nav.show_message(self.tr("Another FieldKit window is using %1; close it first. "
                                          "Your data stays in %2.").replace("%1", str(new))
                                  .replace("%2", str(old_folder)), error=True)
            return
        was_open = self.ctx.user is not None

        def done(copied: bool) -> None:
            if not was_open:
                self.folder.setText(self.tr("%1 (from the next start)").replace("%1", str(new)))
                self.nav.show_message(self.tr(
                    "FieldKit will use %1 from the next start; your data could not be "
                    "opened in this session.").replace("%1", str(new)))
                return
            self.folder.setText(str(new))
            message = (self.tr("Your data was copied to %1 and is saved there from now on. "
                               "The old copy in %2 stays as it was.") if copied else
                       self.tr("FieldKit now uses the data already in %1; what you did in %2 "
                               "stays there."))
            self.nav.show_message(message.replace("%1", str(new)).replace("%2", str(old_folder)))

        def failed(message: str) -> None:
            if guard is not None:
                guard.move_to(old_folder)
            self.nav.show_message(message, error=True)

        run_op(lambda: self.ctx.switch_folder(new), on_done=done, queue="user", parent=self,
               on_failed=with_sentence(failed))

    def context_ready(self) -> None:
        libs = self.ctx.libs
        if libs is not None:
            self.library_label.setText(", ".join(str(i.path) for i in libs.infos))
        else:
            self.library_label.setText(self.tr("none loaded") if self.ctx.ready
                                       else self.tr("opening…"))

    # --- values ----------------------------------------------------------------------------
    def activate(self, **params: Any) -> None:
        self.privacy.refresh()
        user = self.ctx.user
        if user is None:
            return
        self.backups.reload()

        def load() -> dict[str, Any]:
            return {key: user.setting(key, default) for key, default in self.values.items()}

        run_op(load, on_done=self._loaded, queue="user",
               on_failed=self.show_failure, parent=self)

    def _loaded(self, values: dict[str, Any]) -> None:
        self.values.update(values)
        self._show_values()

    def _show_values(self) -> None:
        for group, key, options in ((self.context_group, "context", CONTEXTS),
                                    (self.theme_group, "theme", THEMES),
                                    (self.size_group, "text_size", TEXT_SIZES),
                                    (self.language_group, "language", LANGUAGE_CHOICES)):
            value = self.values.get(key)
            index = options.index(value) if value in options else (1 if key == "text_size"
                                                                   else 0)
            button = group.button(index)
            if button is not None:
                button.setChecked(True)

    def change(self, key: str, value: Any) -> None:
        """Apply now, then save; a failed save is reported and the old value comes back."""
        old = self.values.get(key)
        if old == value:
            return
        self.values[key] = value
        self._apply()
        if key == "language":
            self._say_restart(value)
        user = self.ctx.user

        def failed(message: str) -> None:
            self.values[key] = old
            self._show_values()
            self._apply()
            self.nav.show_message(message, error=True)

        if user is None:
            if key in ("theme", "text_size", "language"):  # in a file of their own: still saved
                from fieldkit.core.display_prefs import write_display_prefs

                folder = self.ctx.data_folder
                run_op(lambda: write_display_prefs(folder, **{key: value}), queue="user",
                       on_failed=with_sentence(failed), parent=self)
                return
            self.nav.show_message(self.tr("This change lasts until you close FieldKit: your "
                                          "data folder could not be opened."), error=True)
            return
        run_op(lambda: user.set_setting(key, value), queue="user", on_failed=with_sentence(failed),
               parent=self)

    def _say_restart(self, value: str) -> None:
        chosen = value or system_language()
        if chosen == current_language():
            self.nav.show_message(self.tr("FieldKit stays in %1.").replace(
                "%1", LANGUAGE_NAMES[chosen]))
        else:
            self.nav.show_message(self.tr("FieldKit will open in %1 from the next start: close "
                                          "it and open it again to switch now.").replace(
                "%1", LANGUAGE_NAMES[chosen]))

    def _apply(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.values["theme"], self.values["text_size"])
        self.nav.apply_settings()
