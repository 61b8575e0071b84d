"""Plural forms (issue 21): "1 photo", "2 photos" in English and "1 foto", "2 fotos" in Spanish,
never "photo(s)"; every plural of the Spanish catalogue has its English forms."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop_app.demo import resources_dir


def _numerus_sources(language: str) -> set[tuple[str, str]]:
    root = ET.parse(resources_dir() / "translations" / f"clearpost_{language}.ts").getroot()
    return {(c.find("name").text, m.find("source").text) for c in root.findall("context")
            for m in c.findall("message") if m.get("numerus") == "yes"}


def test_every_plural_has_english_forms():
    spanish, english = _numerus_sources("es"), _numerus_sources("en")
    assert spanish and spanish <= english, sorted(spanish - english)


@pytest.mark.parametrize("context, source", sorted(_numerus_sources("en")))
def test_english_plurals_are_words(context, source):
    for n in (1, 2, 5):
        text = QCoreApplication.translate(context, source, "", n)
        assert "(s)" not in text and "%n" not in text, (n, text)
    if "(s)" in source:
        assert QCoreApplication.translate(context, source, "", 1) != QCoreApplication.translate(context, source, "", 2)


def test_the_inbox_and_the_abandoned_channels_count_in_words(qtbot, main_window, gui_ctx):
    from datetime import timedelta

    from desktop_app.workflow.common import utcnow

    principal = main_window("principal")
    page = principal.show_page("approvals")
    assert page.count.text() == "1 post waiting for you"
    publish = principal.show_page("publish")
    publish.workflow.channels.clock = lambda: utcnow() + timedelta(days=120)
    publish.refresh()
    assert "4 channels possibly abandoned." in publish.abandoned_status.text()


def test_spanish_plurals(qtbot, qapp):
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "clearpost_es.qm"))
    qapp.installTranslator(translator)
    try:
        one = QCoreApplication.translate("ApprovalsPage", "%n post(s) waiting for you", "", 1)
        two = QCoreApplication.translate("ApprovalsPage", "%n post(s) waiting for you", "", 2)
        assert "(s)" not in one + two and one != two and one.startswith("1 ") and two.startswith("2 ")
    finally:
        qapp.removeTranslator(translator)
