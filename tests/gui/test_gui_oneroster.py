"""The import dialog with a OneRoster 1.2 bundle, a PSPA picture-day folder and an opt-out list
(issue 22): no mapping step, one preview, one import; an opt-out for nobody is named with its
FILE:LINE and nothing is written."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt

DISTRICT = Path(__file__).resolve().parents[1] / "roster" / "data" / "oneroster_district"


def test_oneroster_bundle_with_portraits_and_opt_out_list(qtbot, main_window, gui_ctx, tmp_path, faces):
    pspa = tmp_path / "picture-day"
    (pspa / "IMAGES").mkdir(parents=True)
    shutil.copy(faces / "people/obama/obama.jpg", pspa / "IMAGES" / "S100.jpg")
    (pspa / "INDEX.TXT").write_text("YCS\tIMAGES\tS100.jpg\t12\tObama\tBarack\t\t\t\t\t\t\t\r\n", encoding="utf-8")
    opt_outs = tmp_path / "media-opt-outs.csv"
    opt_outs.write_text("Student ID,photo_opt_out,name_opt_out\nS100,Y,N\nS900,Y,N\n", encoding="utf-8")
    window = main_window("director")
    page = window.show_page("roster")
    page.refresh()
    page.open_import()
    dialog = page.dialog
    dialog.oneroster_radio.setChecked(True)
    dialog.path.setText(str(DISTRICT))
    dialog.photos.setText(str(pspa))
    dialog.opt_outs.setText(str(opt_outs))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 2  # straight to the preview: OneRoster columns are standard
    lines = [dialog.preview_list.item(i).text() for i in range(dialog.preview_list.count())]
    assert dialog.rows is None
    assert lines == [f"{opt_outs}:3: student 'S900' has an opt-out but is in no roster given (check the ID, or "
                     "add the student to the roster)"]
    assert gui_ctx.roster.students(search="S100") == []

    opt_outs.write_text("Student ID,photo_opt_out,name_opt_out\nS100,Y,N\n", encoding="utf-8")
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0  # back skips the mapping step it never showed
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    lines = [dialog.preview_list.item(i).text() for i in range(dialog.preview_list.count())]
    assert dialog.rows is not None and len(dialog.rows) == 4, lines
    assert any("4 students added" in line for line in lines), lines
    assert any("1 to enrol" in line for line in lines), lines
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    s100 = gui_ctx.roster.students(search="S100")[0]
    assert s100.school == "Yelm High School" and s100.reference_photos == 1 and s100.photo_opt_out
    audit = gui_ctx.workflow(window.actor).audit.entries(action_prefix="roster.imported")
    assert audit[-1].details["source"] == f"{DISTRICT} + {pspa} + {opt_outs}"


def test_source_page_in_spanish(qtbot, qapp, main_window):
    from desktop_app.gui.translate import install_translators

    translators = install_translators(qapp, "es")
    try:
        window = main_window("director")
        page = window.show_page("roster")
        page.open_import()
        dialog = page.dialog
        assert dialog.oneroster_radio.text() == ("Un paquete &OneRoster del sistema de información estudiantil "
                                                 "(una carpeta con manifest.csv, o el .zip)")
        assert dialog.photos.placeholderText() == ("opcional: fotos con nombre <ID del estudiante>.jpg, o una "
                                                   "carpeta PSPA del día de fotos")
        assert dialog.opt_outs.placeholderText() == "opcional: un CSV con los ID de los estudiantes y sus exclusiones"
        assert dialog.opt_outs.accessibleName() == "Lista de exclusiones"
        dialog.done(0)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
