"""Running core calls off the UI thread, the way Anki's ``aqt.operations`` does.

``run(parent, fn, on_done, on_error)`` calls ``fn()`` on a worker thread and delivers its
result (or the :class:`~studyapp.errors.StudyappError` it raised) back on the UI thread.
Anything else it raises is reported as an unexpected error, never swallowed.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, which decides
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


_running: set[_Signals] = set()


def run(
    parent: QObject,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> None:
    """Call ``fn`` on the thread pool; ``on_done(result)`` or ``on_error(exc)`` run on the UI thread."""
    signals = _Signals(parent)
    _running.add(signals)

    def finished(result: Any) -> None:
        _running.discard(signals)
        if on_done is not None:
            on_done(result)

    def failed(exc: BaseException, tb: str) -> None:
        _running.discard(signals)
        if on_error is not None:
            on_error(exc)
        else:
            from studyapp.gui.dialogs import show_error

            show_error(parent, exc, tb)

    signals.done.connect(finished)
    signals.failed.connect(failed)
    QThreadPool.globalInstance().start(_Task(fn, signals))


def busy() -> bool:
    """Whether any operation is still running (tests wait on this)."""
    return bool(_running)
