"""Starting the desktop app: one window per collection, shown before the collection opens."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox

from studyapp import __version__


def _server_name(collection: Path) -> str:
    digest = hashlib.sha256(str(collection.resolve()).encode()).hexdigest()[:16]
    return f"studyapp-{digest}"


def _ask_first_window_to_show(name: str) -> bool:
    """Ask the app already running on this collection to come forward; True if it answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(1000):
        return False
    socket.write(b"show\n")
    socket.waitForBytesWritten(1000)
    socket.disconnectFromServer()
    return True


def main(data_dir: str | None = None, argv: list[str] | None = None) -> int:
    """Run the app on the collection in ``data_dir`` (default: the user data folder)."""
    from studyapp.errors import CollectionError, CollectionInUseError
    from studyapp.gui.mainwindow import MainWindow
    from studyapp.gui.resources import app_icon
    from studyapp.gui.theme import apply_theme, saved_theme
    from studyapp.paths import collection_path
    from studyapp.store.lock import CollectionLock

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("studyapp")
    app.setApplicationName("studyapp")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("studyapp")
    app.setWindowIcon(app_icon())
    apply_theme(app, saved_theme())

    path = collection_path(data_dir)
    name = _server_name(path)
    lock = CollectionLock(path)
    try:
        lock.acquire(contact=name)
    except CollectionInUseError as exc:
        if _ask_first_window_to_show(name):
            return 0
        QMessageBox.warning(None, "studyapp", str(exc))
        return 1
    except CollectionError as exc:
        QMessageBox.warning(None, "studyapp", str(exc))
        return 1

    window = MainWindow(path, lock)
    server = QLocalServer()
    QLocalServer.removeServer(name)
    if server.listen(name):

        def come_forward() -> None:
            while server.hasPendingConnections():
                server.nextPendingConnection().deleteLater()
            window.showNormal()
            window.raise_()
            window.activateWindow()

        server.newConnection.connect(come_forward)
    window.show()
    QTimer.singleShot(0, window.open_collection)
    try:
        return app.exec()
    finally:
        server.close()
        lock.release()
