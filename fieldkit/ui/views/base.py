"""What every screen is: a widget with a name, given the app context and a navigator."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QWidget

from fieldkit.ui.context import AppContext
from fieldkit.ui.worker import describe_failure


class Navigator(Protocol):
    """What a screen may ask of the main window."""

    def show_view(self, name: str, **params: Any) -> None: ...

    def show_message(self, text: str, *, error: bool = False) -> None: ...

    def start_checkpoint(self) -> None: ...

    def leave_fullscreen(self) -> None: ...

    def apply_settings(self) -> None: ...

    def reload_library(self) -> None: ...


class View(QWidget):
    """A screen. `activate` is called each time the screen is shown (params from navigation)."""

    name = ""

    def __init__(self, ctx: AppContext, nav: Navigator) -> None:
        super().__init__()
        self.ctx = ctx
        self.nav = nav
        self.setObjectName(f"view-{self.name}")

    def show_failure(self, exc: BaseException) -> None:
        """A background task failed: its sentence goes to the window's problem banner."""
        self.nav.show_message(describe_failure(exc), error=True)

    def title(self) -> str:
        return self.name.capitalize()

    def activate(self, **params: Any) -> None:
        """Refresh from the core; heavy reads go through `worker.run_op`."""

    def find(self) -> bool:
        """Ctrl+F: find inside this screen if it can (True); otherwise the global search."""
        return False

    def flush(self) -> None:
        """Hand any edit still being typed to a save now (the window is closing)."""

    def context_ready(self) -> None:
        """The databases are now open (or failed to open): fill what was built without them."""

    def library_changed(self) -> None:
        """A new set of libraries was swapped in (a pack installed, rolled back or removed):
        show what it holds now. Screens that list content read it again."""
        self.context_ready()

    def settings_changed(self) -> None:
        """The theme, text size or setting filter changed: restyle what is not palette-driven."""
