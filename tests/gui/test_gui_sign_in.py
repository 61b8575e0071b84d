"""Sign-in (demo accounts, wrong password) and the Spanish catalogue."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.demo.accounts import DEMO_PASSWORD


def test_sign_in_with_a_demo_account(qtbot, gui_ctx):
    from desktop_app.gui.sign_in import SignInWindow

    window = SignInWindow(demo=True)
    qtbot.addWidget(window)
    window.show()
    assert not window.sign_in_button.isEnabled()  # until the database is open
    window.set_ready(gui_ctx)
    qtbot.keyClicks(window.email, "pat.principal@demo.ycs.example.org")
    qtbot.keyClicks(window.password, "not the password")
    qtbot.keyClick(window.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=10_000)
    window.accounts.setCurrentCell(2, 0)
    window._pick_account(window.accounts.item(2, 0))
    with qtbot.waitSignal(window.signed_in, timeout=10_000) as blocker:
        qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].email == "pat.principal@demo.ycs.example.org"


def test_spanish(qtbot, qapp):
    from desktop_app.gui.sign_in import SignInWindow
    from desktop_app.gui.translate import install_translators

    translators = install_translators(qapp, "es")
    try:
        assert translators, "resources/translations/clearpost_es.qm is missing"
        window = SignInWindow(demo=True)
        qtbot.addWidget(window)
        assert window.windowTitle() == "Iniciar sesión"  # Qt adds " — ClearPost" (the display name)
        assert window.sign_in_button.text() == "&Iniciar sesión"
        # the demo accounts' roles too (issue 21: "Principal", "IT admin" stayed English)
        roles = [window.accounts.item(r, 1).text() for r in range(window.accounts.rowCount())]
        assert "Director/a de escuela (Yelm High School)" in roles, roles
        assert "Administrador/a de TI" in roles and "Director/a de Comunicaciones" in roles, roles
        assert not [r for r in roles if any(w in r for w in ("Author", "Principal", "IT admin"))], roles
    finally:
        for t in translators:
            qapp.removeTranslator(t)
