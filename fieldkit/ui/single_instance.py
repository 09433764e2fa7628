"""One FieldKit window per data folder: a lock file beside the user DB, and a local socket
through which a second start hands over to the first window (raises it) and exits.

The command line takes no lock: `fieldkit runs` and friends keep working beside the window.
The window listens once it has painted (`listen`): QtNetwork is imported then, not before the
first window (about 10 ms); a second start in between keeps knocking for a few seconds.
"""

from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from fieldkit.core.paths import gui_lock_path

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

_HELLO, _ACK = b"raise\n", b"ok\n"


def server_name(folder: Path) -> str:
    """A per-folder name (hashed: socket names are short and must not hold a path)."""
    digest = hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:20]
    return f"fieldkit-{digest}"


class SingleInstance(QObject):
    """Holds the folder's GUI lock for as long as the window lives."""

    raise_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._listening_wanted = False  # listen() was asked for: a folder switch listens too

    def acquire(self) -> bool:
        """Take the lock; False if another FieldKit window holds it (a crashed one's lock is
        stale and taken over: QLockFile checks that its process still exists). `listen` then
        answers a second start."""
        lock = _try_lock(self.folder)
        if lock is None:
            return False
        self._lock = lock
        return True

    def move_to(self, folder: Path) -> bool:
        """Hold `folder`'s lock instead (the data folder was switched); False if another
        window has that folder open, and then nothing changes."""
        lock = _try_lock(Path(folder))
        if lock is None:
            return False
        self.release()
        self.folder, self._lock = Path(folder), lock
        if self._listening_wanted:
            self.listen()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def listen(self) -> None:
        """Answer a second start on this folder (raise this window)."""
        from PySide6.QtNetwork import QLocalServer

        self._listening_wanted = True
        if self._lock is None or self._server is not None:
            return
        name = server_name(self.folder)
        QLocalServer.removeServer(name)  # a crashed window's socket file, if any
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._answer)
        if server.listen(name):
            self._server = server
        else:  # the window still works; a second start will say this one does not answer
            print(f"fieldkit: warning: a second start on {self.folder} cannot be handed to "
                  f"this window: {server.errorString()}", file=sys.stderr)
            server.deleteLater()

    def _answer(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            sock = server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._greeted(s))
            sock.disconnected.connect(sock.deleteLater)

    def _greeted(self, sock: QLocalSocket) -> None:
        if bytes(sock.readAll().data()).startswith(_HELLO.strip()):
            sock.write(_ACK)
            sock.flush()
            self.raise_requested.emit()


def _try_lock(folder: Path) -> QLockFile | None:
    path = gui_lock_path(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # never stale by age; only when its process is gone
    return lock if lock.tryLock(0) else None


def hand_over(folder: Path, timeout_ms: int = 3000) -> bool:
    """Ask the window already open on `folder` to come to the front; True if it answered.
    A window still starting has the lock but may not listen yet: knock until `timeout_ms`."""
    from PySide6.QtNetwork import QLocalSocket

    end = time.monotonic() + timeout_ms / 1000
    sock = QLocalSocket()
    while True:
        sock.connectToServer(server_name(folder))
        if sock.waitForConnected(max(1, int((end - time.monotonic()) * 1000))):
            break
        sock.abort()
        if time.monotonic() >= end:
            return False
        time.sleep(0.1)
    sock.write(_HELLO)
    sock.flush()
    answered = sock.waitForReadyRead(timeout_ms) and bytes(sock.readAll().data()) == _ACK
    sock.disconnectFromServer()
    return answered


def bring_to_front(window) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
