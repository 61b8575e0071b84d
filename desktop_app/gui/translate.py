"""Translations: Qt's own strings and ClearPost's English/Spanish catalogue (resources/translations).

The language is ``--lang``, else the saved choice, else the system locale. English is the
source language: its catalogue holds only the plural forms ("%n photo(s)" is "1 photo", "2 photos").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..demo import resources_dir

LANGUAGES = {"en": "English", "es": "Español"}


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def choose_language(requested: str | None = None) -> str:
    if requested:
        return requested.split("_")[0].lower()
    saved = QSettings().value("ui/language")
    if saved:
        return str(saved)
    return QLocale.system().name().split("_")[0].lower()


def install_translators(app, language: str) -> list[QTranslator]:
    """Load the catalogues for the language into the app; returns them (keep them alive)."""
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"clearpost_{language}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    if language == "en":  # Qt's own strings are English already
        return installed
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed
