"""Starting the app: a second window on the same collection hands over to the first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtNetwork import QLocalServer

from studyapp.gui.app import _ask_first_window_to_show, _server_name


def test_second_start_asks_the_first_window_to_come_forward(qtbot, tmp_path: Path) -> None:
    name = _server_name(tmp_path / "collection.sqlite3")
    assert name == _server_name(tmp_path / "." / "collection.sqlite3")  # one name per file
    assert not _ask_first_window_to_show(name)  # nobody listening: the second start goes on
    server = QLocalServer()
    QLocalServer.removeServer(name)
    assert server.listen(name)
    got = []
    server.newConnection.connect(lambda: got.append(server.nextPendingConnection()))
    assert _ask_first_window_to_show(name)
    qtbot.waitUntil(lambda: bool(got), timeout=5_000)
    server.close()
