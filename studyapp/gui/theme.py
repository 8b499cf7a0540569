"""Light and dark appearance: follow the system, or force one (a Fusion palette)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")
_SETTING = "appearance/theme"


def saved_theme() -> str:
    value = QSettings().value(_SETTING, "system")
    return value if value in THEMES else "system"


def save_theme(theme: str) -> None:
    QSettings().setValue(_SETTING, theme)


def _dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(0x2B, 0x2D, 0x31), QColor(0x1F, 0x21, 0x24), QColor(0xE8, 0xE8, 0xE8)
    muted = QColor(0x8A, 0x8F, 0x98)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor(0x27, 0x29, 0x2D))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor(0x36, 0x39, 0x3F))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, base)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.PlaceholderText, muted)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(0x3D, 0x7E, 0xE0))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor(Qt.GlobalColor.white))
        p.setColor(group, QPalette.ColorRole.Link, QColor(0x6C, 0xA8, 0xFF))
        p.setColor(group, QPalette.ColorRole.Mid, QColor(0x45, 0x48, 0x4F))
        p.setColor(group, QPalette.ColorRole.Dark, QColor(0x18, 0x19, 0x1C))
        p.setColor(group, QPalette.ColorRole.Light, QColor(0x4A, 0x4D, 0x55))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, muted)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Button, QColor(0x30, 0x33, 0x38))
    return p


def apply_theme(app: QApplication, theme: str) -> None:
    """Use the Fusion style everywhere (it draws both palettes well) with the chosen palette."""
    if theme not in THEMES:
        theme = "system"
    app.setStyle(QStyleFactory.create("Fusion"))
    if theme == "dark" or (theme == "system" and app.styleHints().colorScheme() == Qt.ColorScheme.Dark):
        app.setPalette(_dark_palette())
    else:
        app.setPalette(app.style().standardPalette())
    app.setProperty("studyappTheme", theme)


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128
