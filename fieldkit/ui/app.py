"""Starts the desktop app (or renders one view to a PNG) from parsed CLI arguments.

Checks for a display first: without one, say so in one sentence instead of letting Qt abort.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from fieldkit.core.paths import bundled_library_path, data_dir, data_dir_override

NO_DISPLAY = (
    "fieldkit: error: no display found; open FieldKit from a desktop session (or set DISPLAY), "
    "while the command line (fieldkit --help) and 'fieldkit gui --screenshot FILE' work without one"
)


def has_display() -> bool:
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in {"offscreen", "minimal", "vnc", "eglfs", "linuxfb"}:
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise SystemExit(  # noqa: B904 - a usage message, not a chained failure
            f"fieldkit: error: --size {text!r} is not WIDTHxHEIGHT, e.g. 1280x800")
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise SystemExit(f"fieldkit: error: --size {text!r} is out of range (200 to 8000)")
    return w, h


def _quiet_offscreen_messages(kind, context, message: str) -> None:
    """Offscreen rendering warns that it cannot size windows like a desktop; that is expected."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def create_app(argv: list[str] | None = None):
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        qInstallMessageHandler(_quiet_offscreen_messages)

    app = QApplication.instance() or QApplication(argv or ["fieldkit"])
    app.setApplicationName("FieldKit")
    app.setOrganizationName("FieldKit")
    app.setDesktopFileName("fieldkit")  # matches packaging/fieldkit.desktop (Wayland's icon)
    app.setWindowIcon(_app_icon())
    return app


def _app_icon():
    from PySide6.QtGui import QIcon

    from fieldkit.core.paths import assets_dir

    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        path = assets_dir() / "icons" / f"fieldkit-{size}.png"
        if path.is_file():
            icon.addFile(str(path))
    return icon


def build_window(library_paths: list[Path], folder: Path, *, deferred: bool = False,
                 shown_folder: Path | None = None, bundled: Path | None = None,
                 language: str | None = None):
    """The main window with the user's language, theme and text size applied (`language`, from
    --lang, beats the one chosen in Settings).

    With `deferred`, the databases open on a worker after the window has painted (start-up);
    otherwise they are open before this returns (screenshots, tests). With `bundled`, the
    library is the installed packs (and the bundled library), and follows them live.
    """
    from PySide6.QtWidgets import QApplication

    from fieldkit.core.display_prefs import read_display_prefs, read_window_geometry
    from fieldkit.core.privacy import read_privacy
    from fieldkit.ui.context import AppContext
    from fieldkit.ui.disguise import apply_disguise
    from fieldkit.ui.i18n import choose_language, install_language, register_fonts
    from fieldkit.ui.main_window import MainWindow
    from fieldkit.ui.theme import apply_theme

    prefs = read_display_prefs(folder)
    app = QApplication.instance()
    chosen = choose_language(language, prefs.get("language"))
    register_fonts(app, chosen)
    install_language(app, chosen)
    apply_theme(app, prefs["theme"], prefs["text_size"])
    apply_disguise(read_privacy(folder).disguise)  # before the first window shows
    ctx = AppContext(list(library_paths), Path(folder), shown_folder=shown_folder,
                     bundled=bundled, language=chosen)
    if not deferred:
        ctx.load()
    window = MainWindow(ctx)
    window.restore_geometry(read_window_geometry(folder))
    return window


def settle(app, timeout_s: float = 10.0) -> None:
    """Process events until background reads are done and the screen has caught up."""
    from fieldkit.ui.worker import wait_for_all

    deadline = time.monotonic() + timeout_s
    for _ in range(3):
        while time.monotonic() < deadline:
            app.processEvents()
            if wait_for_all(20):
                break
        app.processEvents()
        time.sleep(0.05)
        app.processEvents()


def open_view(window, spec: str) -> None:
    """`home`, `library`, `search:QUERY`, `checklist:ID`, `run`, `checkpoint`, `prompts`..."""
    name, _, arg = spec.partition(":")
    if name == "search":
        window.search_box.set_query(arg)
    elif name == "checklist":
        window.show_view("checklists", checklist_id=arg or None)
    elif name == "checkpoint":
        window.start_checkpoint()
    elif name == "run":
        window.show_view("run", run_id=None)
    elif name == "worksheets" and arg:  # a worksheet id, or one of the person's sheet ids
        is_sheet = window.ctx.user is not None and any(
            s.id == arg for s in window.ctx.user.sheets.list())
        window.show_view("worksheets", **({"sheet_id": arg} if is_sheet
                                          else {"worksheet_id": arg}))
    elif name == "threatened":  # checkpoint mode's "If threatened" card (F1)
        from PySide6.QtWidgets import QApplication

        window.start_checkpoint()
        settle(QApplication.instance())
        window.views["checkpoint"].show_threat_card()
    elif name in window.screen_names():
        window.show_view(name)
    else:
        raise SystemExit(f"fieldkit: error: unknown view {spec!r}; choose home, library, "
                         "search:QUERY, checklist:ID, run, checkpoint, prompts, settings, "
                         "worksheets[:ID] or threatened")


def screenshot(window, app, spec: str, size: tuple[int, int], out: Path) -> None:
    window.resize(*size)
    window.show()
    settle(app)
    open_view(window, spec)
    settle(app)
    if window.isFullScreen():  # offscreen "full screen" takes the virtual screen's size
        window.showNormal()
        window.resize(*size)
        settle(app)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from fieldkit.core.files import write_atomic

    png = QByteArray()
    buffer = QBuffer(png)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not window.grab().save(buffer, "PNG"):
        raise SystemExit(f"fieldkit: error: {out}: the screenshot could not be made")
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(out, bytes(png.data()), what="the screenshot")  # whole or not at all


def _last_resort_hook(folder: Path | None, show=None):
    """sys.excepthook for the GUI: an exception no screen handled (Qt calls the hook from a
    slot and carries on) becomes one line on stderr and in the window's problem banner
    (`show`), and a traceback in the data folder's log."""
    import threading

    from fieldkit.core.crashlog import record_crash

    def hook(kind, exc, tb) -> None:
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: the usual way
            sys.__excepthook__(kind, exc, tb)
            return
        log = record_crash(exc.with_traceback(tb), folder, context="fieldkit gui")
        where = f"the details are in {log}" if log else "the details could not be logged"
        message = f"An unexpected problem ({kind.__name__}); {where}."
        print(f"fieldkit: error: {message}", file=sys.stderr)
        if show is not None and threading.current_thread() is threading.main_thread():
            show(_unexpected_text(kind.__name__, log), error=True)

    return hook


def _unexpected_text(kind: str, log: Path | None) -> str:
    """The banner's words for an exception no screen handled, in the user's language."""
    from PySide6.QtCore import QCoreApplication

    from fieldkit.ui.error_text import fill

    if log:
        return fill(QCoreApplication.translate(
            "Worker", "An unexpected problem (%1); the details are in %2."), [kind, str(log)])
    return fill(QCoreApplication.translate(
        "Worker", "An unexpected problem (%1); the details could not be logged."), [kind])


def _exit_on_first_paint(window, app) -> None:
    """bench/package.py times the packaged app from process start to its first painted window:
    print the wall-clock time of that paint and quit. The work a start begins after its paint
    (opening the data; on a first run, installing the bundled pack) is still started, and
    `run_app` waits for it before the process ends, so a timed start does a whole start."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(f"first-paint {time.time():.6f}", flush=True)
                obj.removeEventFilter(self)
                window.start_loading()
                app.quit()
            return False

    window._first_paint_probe = FirstPaint(window)
    window.installEventFilter(window._first_paint_probe)


def run_app(args: argparse.Namespace) -> int:
    shot: Path | None = getattr(args, "screenshot", None)
    if shot is not None:
        # offscreen, whatever the desktop sets, unless FIELDKIT_SCREENSHOT_PLATFORM names one
        # (the package's smoke test renders under Xvfb with xcb, which loads the X11 plugin)
        os.environ["QT_QPA_PLATFORM"] = os.environ.get("FIELDKIT_SCREENSHOT_PLATFORM",
                                                       "offscreen")
    elif not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    size = parse_size(getattr(args, "size", "1280x800"))
    from fieldkit.packs.readside import library_paths as installed_paths

    if shot is None and not args.library:
        # The window follows the installed packs: AppContext.load, on the worker after the
        # first paint, installs the bundled pack on a first run (verify, index: about a
        # second) and reads the installed set; until then the bundled library is the set.
        library_paths = [bundled_library_path()]
    else:
        library_paths = list(args.library or installed_paths(data_dir(args.data_dir),
                                                             bundled_library_path())[0])
    folder = shown = data_dir(args.data_dir)
    scratch = None
    if shot is not None:
        from fieldkit.core.files import check_output_target

        check_output_target(shot, shown, data_dir())  # never over the person's data
        # A screenshot shows the person's data but must never change it (checkpoint mode
        # starts a run): render from a copy.
        from fieldkit.core.backup import copy_user_data

        scratch = tempfile.TemporaryDirectory(prefix="fieldkit-screenshot-")
        copy_user_data(folder, Path(scratch.name))
        folder = Path(scratch.name)
    # a screenshot never writes into the data folder it shows: its log goes to the temp folder
    log_folder = shown if shot is None else None
    sys.excepthook = _last_resort_hook(log_folder)
    from fieldkit.ui.worker import set_crash_folder

    set_crash_folder(log_folder)
    app = create_app()
    guard = None
    if shot is None:
        from fieldkit.ui.single_instance import SingleInstance, bring_to_front, hand_over

        guard = SingleInstance(folder)
        if not guard.acquire():
            if hand_over(folder):
                print(f"fieldkit: FieldKit is already open on {folder}; "
                      "that window was brought to the front.")
                return 0
            print(f"fieldkit: error: FieldKit is already open on {folder} but does not "
                  "answer; close it (or wait for it to start) and try again", file=sys.stderr)
            return 1
    window = build_window(library_paths, folder, deferred=shot is None, shown_folder=shown,
                          bundled=None if args.library or shot is not None
                          else bundled_library_path(),
                          language=getattr(args, "lang", None))
    sys.excepthook = _last_resort_hook(log_folder, window.show_message)
    window.ctx.folder_override = data_dir_override(args.data_dir)
    window.offers_passphrase = shot is None  # first start: offer a passphrase, once
    if guard is not None:
        window.ctx.guard = guard
        guard.raise_requested.connect(lambda: bring_to_front(window))
        window.started.connect(guard.listen)  # a second start is answered from then on
    try:
        if shot is not None:
            screenshot(window, app, getattr(args, "view", "home") or "home", size, shot)
            return 0
        if os.environ.get("FIELDKIT_FIRST_PAINT_EXIT"):
            _exit_on_first_paint(window, app)
        window.show()
        return app.exec()
    finally:
        from fieldkit.ui.worker import wait_for_all

        wait_for_all(5000)
        window.ctx.close()
        if guard is not None:
            guard.release()
        if scratch is not None:
            scratch.cleanup()
