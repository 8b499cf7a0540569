"""Dashboard screenshots: ``xvfb-run -a python docs/screenshots/make_dashboard_screenshots.py``.

Builds 2,000 cards and 20,000 reviews over the last year with ``bench/make_collection.py``,
opens the progress dashboard at 1280 × 900 (30 days), and saves it in the light and dark
palettes as ``dashboard-light.png`` and ``dashboard-dark.png`` next to this file.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent / "bench"))

from make_collection import build  # noqa: E402
from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from studyapp import Collection  # noqa: E402
from studyapp.gui.dashboard import DashboardWidget  # noqa: E402
from studyapp.gui.theme import apply_theme  # noqa: E402


def main() -> None:
    app = QApplication(sys.argv)
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "screenshots.sqlite3"
        build(2000, 20000, path)
        with Collection.open(path, auto_backup=False) as col:
            w = DashboardWidget()
            w.resize(1280, 900)
            w.show()
            loop = QEventLoop()
            w.progress_ready.connect(lambda _p: loop.quit())
            w.refresh(col)
            loop.exec()
            for _ in range(5):
                app.processEvents()
            w.grab().save(str(HERE / "dashboard-light.png"))
            apply_theme(app, "dark")
            for _ in range(5):
                app.processEvents()
            w.grab().save(str(HERE / "dashboard-dark.png"))


if __name__ == "__main__":
    main()
