"""Model files are found without setuptools' pkg_resources, and missing models are reported clearly."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop_app.engine import models


def test_face_recognition_imports_without_pkg_resources():
    # A fresh interpreter where importing pkg_resources fails, as with setuptools >= 82.
    code = (
        "import sys, builtins\n"
        "real = builtins.__import__\n"
        "def imp(name, *a, **k):\n"
        "    if name == 'pkg_resources' and name not in sys.modules: raise ImportError('no pkg_resources')\n"
        "    return real(name, *a, **k)\n"
        "builtins.__import__ = imp\n"
        "from desktop_app.engine.models import import_face_recognition\n"
        "fr = import_face_recognition()\n"
        "from PIL import ImageFile\n"
        "print(fr.__name__, ImageFile.LOAD_TRUNCATED_IMAGES)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["face_recognition", "False"]


def test_model_paths_exist():
    paths = models.model_paths()
    for path in (paths.shape_predictor_5, paths.face_recognition, paths.centerface):
        assert path.is_file() and path.stat().st_size > 100_000


def test_missing_models_package_is_a_clear_error(monkeypatch):
    real = models._package_dir
    monkeypatch.setattr(models, "_package_dir", lambda name: None if name == "face_recognition_models" else real(name))
    with pytest.raises(models.ModelsMissingError, match="face_recognition_models.*missing"):
        models.model_paths()


def test_missing_model_file_is_a_clear_error(monkeypatch, tmp_path):
    (tmp_path / "models").mkdir()
    real = models._package_dir
    monkeypatch.setattr(models, "_package_dir", lambda name: tmp_path if name == "face_recognition_models" else real(name))
    with pytest.raises(models.ModelsMissingError, match="shape_predictor_5_face_landmarks.dat"):
        models.model_paths()


def test_cli_reports_missing_models_instead_of_quitting(tmp_path, faces):
    code = (
        "import sys\n"
        "import desktop_app.engine.models as m\n"
        "m._package_dir = lambda name: None\n"
        "from desktop_app.cli import main\n"
        f"sys.exit(main(['--db', 'sqlite:///{tmp_path / 'x.db'}', 'screen', '{faces / 'people/obama/obama.jpg'}']))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2, out.stderr
    assert "face models" in out.stderr and "uv sync" in out.stderr
