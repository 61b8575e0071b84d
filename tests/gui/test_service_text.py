"""The services' refusals reach people in their language (issue 11, item 7): real refusals
from the real services on the demo district, said in English and in Spanish, never mixed."""

from __future__ import annotations

import pytest

from gui_helpers import sign_in


@pytest.fixture
def spanish(qapp):
    from desktop_app.gui.translate import install_translators

    translators = install_translators(qapp, "es")
    assert translators
    yield
    for t in translators:
        qapp.removeTranslator(t)


def _refusals(ctx) -> dict[str, BaseException]:
    """One real refusal of each kind, raised by the services."""
    from desktop_app.workflow.errors import WorkflowError

    out: dict[str, BaseException] = {}

    def catch(key, fn, *args, **kwargs):
        with pytest.raises(WorkflowError) as info:
            fn(*args, **kwargs)
        out[key] = info.value

    catch("wrong password", ctx.auth.authenticate, "terry.teacher@demo.ycs.example.org", "not the password")
    teacher = sign_in(ctx, "teacher")
    drafts = ctx.workflow(teacher).drafts
    draft = next(p for p in drafts.list() if p.author == teacher.email and p.status in ("draft", "returned"))
    catch("conflict", drafts.update, draft.id, draft.version + 5, title="Changed")
    catch("no title", drafts.create, "  ", [c.id for c in draft.channels])
    pending = next(p for p in drafts.list() if p.status == "pending")
    catch("own post", ctx.workflow(teacher).approvals.approve, pending.id, pending.version)
    catch("not editable", drafts.update, pending.id, pending.version, title="Changed")
    return out


def test_refusals_in_english(gui_ctx):
    from desktop_app.gui.service_text import error_text

    said = {k: error_text(e) for k, e in _refusals(gui_ctx).items()}
    assert said["wrong password"] == "Wrong e-mail or password."
    assert said["conflict"].startswith("Someone changed this meanwhile")
    assert said["no title"] == "Give the post a title."
    assert said["own post"] in ("Nobody approves their own post.", "Your account cannot do this.")
    assert said["not editable"] == "Post {} is waiting for approval; withdraw it to a draft to change it.".format(
        said["not editable"].split()[1])


def test_refusals_in_spanish(gui_ctx, spanish):
    from desktop_app.gui.service_text import error_text

    said = {k: error_text(e) for k, e in _refusals(gui_ctx).items()}
    assert said["wrong password"] == "Correo electrónico o contraseña incorrectos."
    assert said["conflict"].startswith("Alguien lo cambió mientras tanto")
    assert said["no title"] == "Dé un título a la publicación."
    assert said["not editable"].startswith("La publicación ") and "retírela a borrador" in said["not editable"]
    for text in said.values():
        for english in (" the ", " is ", " to ", "post ", "wrong"):
            assert english not in f" {text} ", text


def test_an_unknown_refusal_is_not_shown_in_english_to_a_spanish_reader(spanish):
    from desktop_app.gui.service_text import error_text
    from desktop_app.workflow.errors import ConflictError, InvalidInput, NotFound

    assert error_text(InvalidInput("some new rule nobody translated yet")) == \
        "No se puede hacer tal como está; revise lo que escribió."
    assert error_text(NotFound("no widget 7")) == "Ya no existe."
    assert error_text(ConflictError()).startswith("Alguien lo cambió")
    assert error_text(RuntimeError("boom")) == "Algo salió mal. Inténtelo de nuevo; si sigue pasando, avise a informática."


def test_the_sign_in_window_says_a_wrong_password_in_spanish(qtbot, gui_ctx, spanish):
    from PySide6.QtCore import Qt

    from desktop_app.gui.sign_in import SignInWindow

    window = SignInWindow(demo=True)
    qtbot.addWidget(window)
    window.show()
    window.set_ready(gui_ctx)
    window.email.setText("terry.teacher@demo.ycs.example.org")
    window.password.setText("not the password")
    qtbot.mouseClick(window.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=30_000)
    assert window.error.text() == "Correo electrónico o contraseña incorrectos."
