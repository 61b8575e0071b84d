"""Import rules: Qt only in the GUI package; the GUI never reaches the ORM (sessions, models)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # resolve relative imports against the module's package
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts[:-node.level]
                base = ".".join([*parts, base] if base else parts)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def _modules(inside_gui: bool):
    for path in sorted(PACKAGE.rglob("*.py")):
        if ("gui" in path.relative_to(PACKAGE).parts[:1]) == inside_gui:
            yield path


def test_only_the_gui_imports_qt():
    offenders = {str(p.relative_to(PACKAGE)): sorted(n for n in _imports(p) if n.split(".")[0] in ("PySide6", "shiboken6"))
                 for p in _modules(inside_gui=False)}
    offenders = {k: v for k, v in offenders.items() if v}
    assert offenders == {}
    assert any("PySide6" in n for p in _modules(inside_gui=True) for n in _imports(p))  # the rule sees imports


def test_gui_never_touches_the_orm():
    forbidden = ("sqlalchemy.orm", "desktop_app.storage.models")
    offenders = {str(p.relative_to(PACKAGE)): sorted(n for n in _imports(p) if n.startswith(forbidden))
                 for p in _modules(inside_gui=True)}
    assert {k: v for k, v in offenders.items() if v} == {}
