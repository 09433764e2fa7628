"""The main window: a navigation bar, the always-visible search box, and one stack of screens.

It owns navigation and full-screen checkpoint mode, nothing else; screens do their own work.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fieldkit.core.privacy import read_privacy
from fieldkit.ui.context import AppContext
from fieldkit.ui.disguise import app_title
from fieldkit.ui.error_text import problems_text
from fieldkit.ui.library_swap import LibraryWatcher
from fieldkit.ui.lock import Locker
from fieldkit.ui.theme import apply_theme, current_text_size, current_theme
from fieldkit.ui.views.base import View
from fieldkit.ui.views.home import HomeScreen
from fieldkit.ui.views.search import SearchBox
from fieldkit.ui.widgets.privacy_cover import HIDE_KEYS, NEUTRAL_TITLE, PrivacyCover
from fieldkit.ui.widgets.type_scale import Heading
from fieldkit.ui.wipe_dialog import WipeHold
from fieldkit.ui.worker import describe_failure, run_op, wait_for_all

# (screen name, "module:class" under fieldkit.ui.views, navigation-bar label or None, shortcut).
# A screen's module is imported when the screen is first shown: start-up imports Home alone.
_SCREENS: list[tuple[str, str, str | None, str]] = [
    ("home", "home:HomeScreen", QT_TRANSLATE_NOOP("MainWindow", "Home"), "Alt+1"),
    ("library", "library:LibraryScreen", QT_TRANSLATE_NOOP("MainWindow", "Library"), "Alt+2"),
    ("checklists", "checklists:ChecklistsScreen",
     QT_TRANSLATE_NOOP("MainWindow", "Checklists"), "Alt+3"),
    ("prompts", "prompts:PromptsScreen", QT_TRANSLATE_NOOP("MainWindow", "Prompts"), "Alt+4"),
    ("worksheets", "worksheets:WorksheetsScreen",
     QT_TRANSLATE_NOOP("MainWindow", "Worksheets"), "Alt+6"),
    ("sync", "sync:SyncScreen", QT_TRANSLATE_NOOP("MainWindow", "Sync"), "Alt+7"),
    ("settings", "settings:SettingsScreen", QT_TRANSLATE_NOOP("MainWindow", "Settings"), "Alt+5"),
    ("run", "run:RunScreen", None, ""),
    ("checkpoint", "checkpoint:CheckpointScreen", None, ""),
]


def screen_class(name: str) -> type[View]:
    """The class of the screen called `name`, its module imported on first use."""
    where = next(w for n, w, _label, _key in _SCREENS if n == name)
    module, _, cls = where.partition(":")
    found = getattr(importlib.import_module(f"fieldkit.ui.views.{module}"), cls)
    assert issubclass(found, View) and found.name == name, where
    return found


DEFAULT_SIZE = (1200, 800)


def fitted_size(available: QSize) -> tuple[int, int]:
    """The default window size, shrunk to fit the screen it opens on (a 1366x768 laptop has
    about 1366x730 free under its panel; the window must never open taller than that)."""
    return (min(DEFAULT_SIZE[0], round(available.width() * 0.95)),
            min(DEFAULT_SIZE[1], round(available.height() * 0.92)))


class _Screens(dict[str, View]):
    """Screens are built the first time they are shown: start-up builds Home alone."""

    def __init__(self, build: Callable[[str], View]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, name: str) -> View:
        view = self._build(name)
        self[name] = view
        return view


class MainWindow(QMainWindow):
    # once, when the window has painted (or a second after it was shown): what can wait for
    # the first window starts then
    started = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(app_title())
        self.setObjectName("main-window")
        self.resize(*fitted_size(self.screen().availableGeometry().size()))
        self.views = _Screens(self._build_view)
        self.stack = QStackedWidget()
        self._nav_actions: dict[str, QAction] = {}
        self._history: list[tuple[str, dict[str, Any]]] = []
        self._fullscreen_from: tuple[str, bool] | None = None
        self._theme_before_checkpoint: str | None = None

        self.nav_bar = QToolBar(self.tr("Navigation"))
        self.nav_bar.setObjectName("nav-bar")
        self.nav_bar.setMovable(False)
        self.nav_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.nav_bar)
        group = QActionGroup(self)
        # Screens outside the bar (a run, checkpoint mode) leave no entry highlighted.
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for name, _where, label, shortcut in _SCREENS:
            if label is not None:
                title = QCoreApplication.translate("MainWindow", label)
                action = QAction(title, self, checkable=True)
                action.setShortcut(QKeySequence(shortcut))
                action.setToolTip(f"{title} ({shortcut})")
                action.setWhatsThis(self.tr("Go to the %1 screen").replace("%1", title))
                action.triggered.connect(lambda _=False, n=name: self.show_view(n))
                group.addAction(action)
                self.nav_bar.addAction(action)
                self._nav_actions[name] = action
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.nav_bar.addWidget(spacer)
        self.search_box = SearchBox(ctx, self)
        self.nav_bar.addWidget(self.search_box)
        help_action = QAction(self.tr("Help"), self)
        help_action.setToolTip(self.tr("Shortcuts and about FieldKit (F1)"))
        help_action.triggered.connect(self.show_help)
        self.nav_bar.addAction(help_action)

        self.banner_row = QWidget()
        self.banner_row.setObjectName("banner-row")
        self.banner_row.setStyleSheet("QWidget#banner-row { background: #fde7c8; }"
                                      "QLabel#banner { color: #3a2500; padding: 10px;"
                                      " font-weight: bold; }")
        self.banner_row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # messages quote names as typed
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Problem"))
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.setAccessibleName(self.tr("Dismiss this message"))
        dismiss.clicked.connect(self.clear_problem)
        row = QHBoxLayout(self.banner_row)
        row.setContentsMargins(0, 0, 10, 0)
        row.addWidget(self.banner, 1)
        row.addWidget(dismiss)
        self.banner_row.hide()
        self.banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner_row)
        layout.addWidget(self.stack, 1)
        # Quick hide covers everything, on every screen: the work and the clock that hides it.
        self.cover = PrivacyCover()
        self._outer = QStackedWidget()
        self._outer.addWidget(central)
        self._outer.addWidget(self.cover)
        self.setCentralWidget(self._outer)
        self._uncover: Callable[[], None] | None = None
        # Lock (Ctrl+L, idle, hide) and the emergency wipe: the lock screen is a third page.
        self.locker = Locker(self)
        self._outer.addWidget(self.locker.screen)
        self.offers_passphrase = False  # the real app start sets it (tests leave it off)
        lock = QShortcut(QKeySequence("Ctrl+L"), self, activated=self.locker.lock,
                         context=Qt.ShortcutContext.ApplicationShortcut)
        lock.setWhatsThis(self.tr("Lock: close your data and show only the unlock screen"))
        self._wipe_hold = WipeHold(self)
        hide_keys = [QShortcut(QKeySequence(keys), self, activated=self.toggle_hidden,
                               context=Qt.ShortcutContext.ApplicationShortcut)
                     for keys in HIDE_KEYS]
        for shortcut in hide_keys:
            shortcut.setWhatsThis(
                self.tr("Hide the screen behind a clock (the same key brings it back)"))

        for keys, slot, does in (
                ("Ctrl+K", self.search_box.focus_search, self.tr("Search everything")),
                (QKeySequence.StandardKey.Find, self._find,
                 self.tr("Find on this screen (where it can), else search everything")),
                ("Alt+Left", self.go_back, self.tr("Back to the previous screen")),
                (QKeySequence.StandardKey.HelpContents, self.show_help,
                 self.tr("Help: shortcuts and about FieldKit"))):
            shortcut = QShortcut(QKeySequence(keys), self, activated=slot)
            shortcut.setWhatsThis(does)
        # the last one is F1: checkpoint mode gives F1 to its "If threatened" card instead
        self._help_shortcut = shortcut
        # what must do nothing while locked (the screens are gone until unlocked)
        self._unlocked_only = [*self.findChildren(QShortcut), *self.nav_bar.actions()]
        self._unlocked_only = [o for o in self._unlocked_only
                               if o is not lock and o not in hide_keys]

        self._status = QLabel()
        self._status.setAccessibleName(self.tr("Library status"))
        self.statusBar().addPermanentWidget(self._status)
        self._pending: tuple[str, dict[str, Any]] | None = None
        self.library_watcher: LibraryWatcher | None = None
        self.update_notice: str | None = None  # "2 updates available (1.2 MB)"
        self.show_view("home")
        self._load_started = ctx.ready
        if ctx.ready:
            self._wipe_hold.arm()
            self.context_ready()
        else:
            # Paint first: opening the databases (and importing their layer) happens on a worker,
            # started once the window has painted (an import on another thread holds the
            # interpreter's lock and would slow the first paint), or after a second at most.
            self.refresh_status()
            self.installEventFilter(self)
            QTimer.singleShot(1000, self, self.start_loading)

    def eventFilter(self, obj, event) -> bool:
        if obj is self and event.type() == QEvent.Type.Paint and not self._load_started:
            QTimer.singleShot(0, self, self.start_loading)
        return super().eventFilter(obj, event)

    def start_loading(self) -> None:
        """Start opening the databases on the worker, unless that has begun (or is done)."""
        if self._load_started:
            return
        self._load_started = True
        self.removeEventFilter(self)
        self._wipe_hold.arm()
        self.started.emit()
        run_op(self.ctx.load, on_done=lambda _ctx: self.context_ready(), parent=self,
               on_failed=self.show_failure)

    def context_ready(self) -> None:
        """The context is open: show problems, fill every screen, then the daily backup."""
        self.refresh_status()
        # the library follows installs even while the data is locked (nothing personal in it)
        if self.ctx.bundled is not None and self.library_watcher is None:
            self.library_watcher = LibraryWatcher(self.ctx, self)
            self.library_watcher.swapped.connect(self._library_swapped)
            self.library_watcher.failed.connect(lambda m: self.show_message(m, error=True))
        if self.locker.is_locked:  # locked before the data had finished opening
            self.ctx.starts_locked = False
            if self.ctx.user is not None:
                self.locker.release_data()
            self.locker.data_ready()  # an unlock typed meanwhile (after the release: same queue)
            return
        if self.ctx.starts_locked or self.locker.settings.disguise:
            self.ctx.starts_locked = False
            self._pending = None
            if self.ctx.user is not None:  # disguised without a passphrase: close it too
                self.locker.lock()
            else:
                self.locker.start_locked()
            return
        problems = [m for m in (self.ctx.library_error, self.ctx.user_error,
                                *self.ctx.library_problems) if m]
        if problems:
            self.show_message(problems_text(problems), error=True)
        for view in self.views.values():
            view.context_ready()
        self.search_box.context_ready()
        if self._pending is not None:
            name, params = self._pending
            self._pending = None
            if self.stack.currentWidget() is self.views[name]:
                self.views[name].activate(**params)
        # The daily backup copies the user DB: never on the GUI thread.
        run_op(self.ctx.backup_if_due, parent=self, queue="user",
               on_failed=self.show_failure)
        self.look_for_updates()
        self.offer_passphrase()

    # --- the library while the app runs ------------------------------------------------------
    def reload_library(self) -> None:
        """The installed packs may have changed: swap in the new set if they did."""
        if self.library_watcher is not None:
            self.library_watcher.check()

    def _library_swapped(self, said: str) -> None:
        self.refresh_status()
        for view in list(self.views.values()):
            view.library_changed()
        self.search_box.context_ready()
        self.statusBar().showMessage(said, 15000)
        if self.ctx.library_problems:
            self.show_message(problems_text(self.ctx.library_problems), error=True)

    def look_for_updates(self) -> None:
        """The update notice: the last source used, if it answers quickly, says what it offers
        (on the worker; never blocks, never installs, silent when nothing answers)."""
        user, home = self.ctx.user, self.ctx.data_folder
        if user is None:
            return
        from fieldkit.core.sync_prefs import ca_file, recent_sources
        from fieldkit.ui.sync_tasks import first_answering_source

        def found(checked: Any) -> None:
            if checked is None or not checked.updates:
                return
            from fieldkit.ui.models.packs import format_size, updates_count

            said = self.tr("%1 available (%2)").replace("%1", updates_count(
                len(checked.updates))).replace("%2", format_size(
                    sum(u.download for u in checked.updates)))
            self.update_notice = said
            home_screen = self.views["home"]
            if isinstance(home_screen, HomeScreen):
                home_screen.show_update_notice(said, checked.source)
            self.statusBar().showMessage(said, 15000)

        def look(prefs: tuple[list[str], str | None]) -> None:
            sources, ca = prefs
            if sources:
                run_op(lambda: first_answering_source(home, sources, ca), on_done=found,
                       queue="notice", parent=self, on_failed=lambda _e: None)

        run_op(lambda: (recent_sources(user), ca_file(user)), on_done=look, queue="user",
               parent=self, on_failed=self.show_failure)


    # --- lock, wipe, passphrase ----------------------------------------------------------------
    def offer_passphrase(self) -> None:
        """First start (and after a wipe): offer a passphrase, once, with why; skip allowed."""
        if not self.offers_passphrase or self.locker.is_protected() or self.ctx.user is None \
                or self.locker.settings.passphrase_offered:
            return
        from fieldkit.ui.passphrase_dialog import offer_first_passphrase

        offer_first_passphrase(self)

    def resume_point(self) -> tuple[str, dict[str, Any]]:
        """The screen to come back to after an unlock (a run or a sheet by its id)."""
        widget = self.stack.currentWidget()
        if not isinstance(widget, View):
            return "home", {}
        control = getattr(widget, "control", None)
        if widget.name == "run" and getattr(control, "run", None) is not None:
            return "run", {"run_id": control.run.id}
        if widget.name == "worksheets" and getattr(control, "sheet", None) is not None:
            return "worksheets", {"sheet_id": control.sheet.id}
        return widget.name, {}

    def empty_screens(self) -> None:
        """Nothing personal stays in a widget: dialogs closed, every screen (its models with it)
        destroyed and rebuilt when next shown, the search and any message cleared."""
        from PySide6.QtWidgets import QDialog, QMenu

        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
            elif isinstance(w, QMenu) and w.isVisible():
                w.close()
        if self._uncover is not None:  # hidden: the work stays out of sight, then goes
            self._uncover = None
            self.cover.stop()
        for view in list(self.views.values()):
            view.flush()  # typed notes go to the queue before the DB closes behind them
        if self._fullscreen_from is not None:
            self.leave_fullscreen()
        for name, view in list(self.views.items()):
            self.stack.removeWidget(view)
            view.hide()
            view.setParent(None)  # out of the window now; destroyed with its models next
            view.deleteLater()
            del self.views[name]
        self._history.clear()
        self._pending = None
        self.search_box.set_query("")
        self.search_box.hide_popup()
        self.clear_problem()
        self.banner.clear()
        self.statusBar().clearMessage()
        for obj in self._unlocked_only:
            obj.setEnabled(False)

    def show_lock_screen(self, screen: QWidget) -> None:
        self.nav_bar.hide()
        self.statusBar().hide()
        self.setWindowTitle(app_title())
        self._outer.setCurrentWidget(screen)

    def leave_lock_screen(self, name: str, params: dict[str, Any]) -> None:
        for obj in self._unlocked_only:
            obj.setEnabled(True)
        self.nav_bar.show()
        self.statusBar().show()
        self._outer.setCurrentIndex(0)
        self.setWindowTitle(app_title())
        try:
            self.show_view(name, **params)
        except KeyError:
            self.show_view("home")
        self.search_box.context_ready()
        # the daily backup, which could not be made while the data was locked at start
        run_op(self.ctx.backup_if_due, parent=self, queue="user",
               on_failed=self.show_failure)
        if self.library_watcher is not None:
            self.library_watcher.check()  # an install made while locked shows now
        if not self.update_notice:
            self.look_for_updates()
        self.offer_passphrase()

    def after_wipe(self, _scope: str) -> None:
        """The data is gone: theme, disguise and packs as a new machine has them."""
        from fieldkit.core.display_prefs import read_display_prefs
        from fieldkit.ui.disguise import apply_disguise

        prefs = read_display_prefs(self.ctx.data_folder)
        apply_theme(QApplication.instance(), prefs["theme"], prefs["text_size"])
        self.locker.settings = read_privacy(self.ctx.data_folder)
        apply_disguise(self.locker.settings.disguise)
        self.offers_passphrase = True
        self.refresh_status()

    def privacy_changed(self) -> None:
        """The privacy settings or the passphrase changed: lock timer, disguise, Settings."""
        from fieldkit.ui.disguise import apply_disguise

        self.locker.apply_settings(read_privacy(self.ctx.data_folder))
        apply_disguise(self.locker.settings.disguise)
        self.setWindowTitle(app_title())
        if "settings" in self.views:
            self.views["settings"].privacy.refresh()

    def open_wipe_dialog(self) -> None:
        from fieldkit.ui.wipe_dialog import WipeDialog

        if any(isinstance(w, WipeDialog) and w.isVisible()
               for w in QApplication.topLevelWidgets()):
            return
        dialog = WipeDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.wipe_requested.connect(self.locker.wipe)
        dialog.open()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized() \
                and self.locker.settings.lock_after == "hide":
            self.locker.lock()

    @staticmethod
    def screen_names() -> list[str]:
        return [name for name, _where, _label, _key in _SCREENS]

    def _build_view(self, name: str) -> View:
        view = screen_class(name)(self.ctx, self)
        self.stack.addWidget(view)
        if self.ctx.ready:
            view.context_ready()
        return view

    # --- Navigator -----------------------------------------------------------------------------
    def show_view(self, name: str, **params: Any) -> None:
        if self.locker.is_locked:
            return  # no screen is built while locked
        view = self.views[name]
        self.search_box.hide_popup()
        current = self.stack.currentWidget()
        if isinstance(current, View) and current is not view:
            self._history.append((current.name, {}))
            del self._history[:-20]
        self.stack.setCurrentWidget(view)
        self._help_shortcut.setEnabled(name != "checkpoint")
        if name in self._nav_actions:
            self._nav_actions[name].setChecked(True)
        else:
            for action in self._nav_actions.values():
                if action.isChecked():
                    action.setChecked(False)
        if not self.ctx.ready:
            self._pending = (name, params)  # activated once the databases are open
            return
        view.activate(**params)

    def go_back(self) -> None:
        if self._history:
            name, params = self._history.pop()
            self.stack.setCurrentWidget(self.views[name])
            self.views[name].activate(**params)
            if name in self._nav_actions:
                self._nav_actions[name].setChecked(True)

    def current_view(self) -> View:
        widget = self.stack.currentWidget()
        assert isinstance(widget, View)
        return widget

    def show_message(self, text: str, *, error: bool = False) -> None:
        if error:
            self.banner.setText(text)
            self.banner.show()
            self.banner_row.show()
        else:
            self.statusBar().showMessage(text, 5000)

    def show_failure(self, exc: BaseException) -> None:
        self.show_message(describe_failure(exc), error=True)

    def clear_problem(self) -> None:
        self.banner.hide()
        self.banner_row.hide()

    def data_replaced(self) -> None:
        """The user DB was replaced under the screens (a restore): each screen fills itself
        again from what is stored now."""
        for view in list(self.views.values()):
            view.context_ready()

    def _find(self) -> None:
        if not self.current_view().find():  # in-screen find first (a run's items)
            self.search_box.focus_search()

    def show_help(self) -> None:
        from fieldkit.ui.help import HelpDialog

        if self.locker.is_locked:
            return
        dialog = HelpDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # --- quick hide --------------------------------------------------------------------------
    def is_hidden(self) -> bool:
        return self._uncover is not None

    def toggle_hidden(self) -> None:
        """F12 / Ctrl+H from anywhere: a neutral clock with a neutral title; dialogs, pop-ups,
        the bars and any message go out of sight with the work, and come back with it."""
        if self._uncover is not None:
            uncover, self._uncover = self._uncover, None
            uncover()
            return
        if self.locker.is_locked:  # the lock screen hides behind the clock too, and back
            self.setWindowTitle(NEUTRAL_TITLE)
            self.cover.start()
            self._outer.setCurrentWidget(self.cover)
            self.cover.setFocus()
            self._uncover = lambda: (self.cover.stop(), self.show_lock_screen(self.locker.screen),
                                     self.locker.screen.take_focus())
            return
        if self.locker.locks_on_hide():
            # with a passphrase (or "lock on hide"), hiding locks underneath: the data closes
            # now and coming back asks for the passphrase
            self.locker.lock()
            self.toggle_hidden()
            return
        title, focus = self.windowTitle(), QApplication.focusWidget()
        bars = [w for w in (self.nav_bar, self.statusBar()) if w.isVisible()]
        others = [w for w in QApplication.topLevelWidgets()
                  if w is not self and w.isVisible() and not w.isHidden()]
        for w in [*bars, *others]:
            w.hide()
        self.setWindowTitle(NEUTRAL_TITLE)
        self.cover.start()
        self._outer.setCurrentWidget(self.cover)
        self.cover.setFocus()

        def uncover() -> None:
            self.cover.stop()
            self._outer.setCurrentIndex(0)
            self.setWindowTitle(title)
            for w in [*bars, *others]:
                w.show()
            if focus is not None:
                focus.setFocus()

        self._uncover = uncover

    def start_checkpoint(self) -> None:
        """One click from Home: the checkpoint checklist, full screen (Esc leaves), in the
        high-contrast theme: readable in sun, and no white screen lighting a cab at night."""
        if self._theme_before_checkpoint is None:
            self._theme_before_checkpoint = current_theme()
            self._set_theme("contrast")
        self.enter_fullscreen("checkpoint")

    def _set_theme(self, theme: str) -> None:
        apply_theme(QApplication.instance(), theme, current_text_size())
        self.apply_settings()

    def enter_fullscreen(self, name: str, **params: Any) -> None:
        if self._fullscreen_from is None:
            self._fullscreen_from = (self.current_view().name, self.isFullScreen())
        self.nav_bar.hide()
        self.statusBar().hide()
        self.show_view(name, **params)
        self.showFullScreen()

    def leave_fullscreen(self) -> None:
        if self._fullscreen_from is None:
            return
        back, was_full = self._fullscreen_from
        self._fullscreen_from = None
        if self._theme_before_checkpoint is not None:
            self._set_theme(self._theme_before_checkpoint)
            self._theme_before_checkpoint = None
        self.nav_bar.show()
        self.statusBar().show()
        if not was_full:
            self.showNormal()
        self.show_view(back)

    # --- status ----------------------------------------------------------------------------
    def refresh_status(self) -> None:
        if not self.ctx.ready:
            self._status.setText(self.tr("Opening the library…"))
            return
        if self.ctx.libs is None:
            self._status.setText(self.tr("No library loaded"))
            return
        infos = self.ctx.libs.infos
        main = infos[0]
        extra = self.tr(" + %n more pack(s)", "", len(infos) - 1) if len(infos) > 1 else ""
        self._status.setText(self.tr("%1 %2%3 · offline").replace("%1", main.title)
                             .replace("%2", main.version).replace("%3", extra))

    def apply_settings(self) -> None:
        for heading in self.findChildren(Heading):
            heading.rescale()
        for view in self.views.values():
            view.settings_changed()
        self.search_box.settings_changed()

    def restore_geometry(self, geometry: tuple[int, int, int, int] | None) -> None:
        """Where the window was last, if that still fits a screen (a laptop that was docked to
        a big monitor yesterday opens the default size, inside its own screen)."""
        if geometry is None:
            return
        rect = QRect(*geometry)
        screen = QApplication.screenAt(rect.center())
        if screen is None:
            return
        free = screen.availableGeometry()
        if rect.width() <= free.width() and rect.height() <= free.height() \
                and free.contains(rect.center()):
            self.setGeometry(rect)

    def _save_geometry(self) -> None:
        shown = self.ctx.shown_folder
        if shown is not None and Path(shown) != Path(self.ctx.data_folder):
            return  # a scratch copy (screenshots): nothing to remember
        from fieldkit.core.display_prefs import write_window_geometry
        from fieldkit.core.errors import FieldKitError

        rect = self.normalGeometry() if self.isFullScreen() else self.geometry()
        with contextlib.suppress(FieldKitError):  # never stop a close over a window size
            write_window_geometry(self.ctx.data_folder,
                                  (rect.x(), rect.y(), rect.width(), rect.height()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_geometry()
        for view in self.views.values():
            view.flush()  # notes still being typed go to the queue first...
        wait_for_all(5000)  # ...then every queued write lands before the databases close
        super().closeEvent(event)
