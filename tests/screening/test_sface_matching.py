"""SFace as the matcher, on real photographs with the real models: children, gates, model identity."""

from __future__ import annotations

import io
import json
import shutil

import numpy as np
import pytest
from PIL import Image, ImageEnhance, ImageOps

from desktop_app.engine.models import ModelIntegrityError, verified_model
from desktop_app.engine.recognizer import MODEL_ID, SFACE_SHA256, yaw_ratio
from desktop_app.imaging.loader import load_image
from desktop_app.screening.results import ImageVerdict, Verdict
from desktop_app.screening.templates import ModelMismatchError, TemplateSet

SCHOOL_AGES = ("3-9", "10-19")


def _ages(faces):
    return json.loads((faces / "ages" / "ages.json").read_text())


def _largest_encoded(screener, data):
    image = load_image(data)
    found = [f for f in screener.find_faces(image.frames[0].pixels, 0, image.orientation) if f.encoding is not None]
    return max(found, key=lambda f: f.size_px) if found else None


def second_photo(data: bytes, seed: int) -> bytes:
    """Another photo of the same child as a school photo a year on differs: mirrored, turned a
    few degrees, smaller, other light, recompressed."""
    rng = np.random.default_rng(seed)
    im = ImageOps.mirror(Image.open(io.BytesIO(data)).convert("RGB"))
    im = im.rotate(float(rng.uniform(-6, 6)), resample=Image.Resampling.BICUBIC, fillcolor=(128, 128, 128))
    scale = float(rng.uniform(0.5, 0.8))
    im = im.resize((round(im.width * scale), round(im.height * scale)), Image.Resampling.LANCZOS)
    im = ImageEnhance.Brightness(im).enhance(float(rng.uniform(0.8, 1.2)))
    out = io.BytesIO()
    im.save(out, "JPEG", quality=70)
    return out.getvalue()


@pytest.fixture(scope="module")
def children(screener, faces):
    """(file name, feature) of every school-age FairFace child whose face passes the gates."""
    out = []
    for entry in _ages(faces):
        if entry["age"] in SCHOOL_AGES:
            face = _largest_encoded(screener, (faces / "ages" / entry["filename"]).read_bytes())
            if face is not None:
                out.append((entry["filename"], face.encoding))
    assert len(out) >= 40
    return out


def test_features_are_sface_normalised(screener, faces):
    face = _largest_encoded(screener, (faces / "people/obama/obama.jpg").read_bytes())
    assert screener.model_id == MODEL_ID and MODEL_ID.startswith("sface-2021dec:")
    assert face.encoding.shape == (128,) and face.encoding.dtype == np.float32
    assert abs(float(np.linalg.norm(face.encoding)) - 1.0) < 1e-4


def test_a_child_and_another_photo_of_the_child_is_never_clear(screener, faces, children):
    """Enrol one photo of each of 12 children; another photo of each is restricted or review."""
    roster = TemplateSet.from_pairs([(name, enc) for name, enc in children[:12]])
    for i, (name, _enc) in enumerate(children[:12]):
        probe = second_photo((faces / "ages" / name).read_bytes(), seed=i)
        result = screener.screen(probe, roster, path=name)
        assert result.verdict is not ImageVerdict.CLEAR, name
        flagged = [f for f in result.faces if f.verdict is not Verdict.CLEAR]
        assert any(f.student_id in (name, None) for f in flagged), name


def test_other_children_against_a_roster_of_children(children, screener):
    """School-age FairFace children: a roster of 25, the other children as strangers.

    Bound: at most 2 % restricted and 25 % sent to review over 10 random rosters. Measured with
    the shipped thresholds: 0 % restricted and 17-18 % review (benchmarks/results/sface.txt,
    section 3); dlib's encoder restricted 60-80 % of children. The review share is the price of
    a review threshold that catches every same-person pair in the shared photos."""
    s = screener.settings
    rng = np.random.default_rng(3)
    names = [n for n, _ in children]
    restricted = review = total = 0
    for _ in range(10):
        order = rng.permutation(len(children))
        roster = TemplateSet.from_pairs([(names[i], children[i][1]) for i in order[:25]])
        for i in order[25:]:
            _sid, dist = roster.nearest(children[i][1])
            total += 1
            restricted += dist <= s.match_threshold
            review += s.match_threshold < dist <= s.review_threshold
    assert restricted / total <= 0.02, (restricted, total)
    assert review / total <= 0.25, (review, total)


def test_profile_face_goes_to_review_not_clear(screener, faces):
    """fairface_0094: a child in profile. Its score would not be evidence of anything."""
    data = (faces / "ages" / "fairface_0094.jpg").read_bytes()
    image = load_image(data)
    found = screener.find_faces(image.frames[0].pixels, 0, image.orientation)
    assert found and all(f.encoding is None for f in found)
    assert any("turned away" in f.reason for f in found)
    assert abs(found[0].yaw) > screener.settings.max_yaw
    assert found[0].yaw == yaw_ratio(found[0].upright)
    result = screener.screen(data, TemplateSet.empty())
    assert result.verdict is ImageVerdict.REVIEW


def test_nan_feature_is_never_far():
    roster = TemplateSet.from_pairs([("S1", np.ones(128, dtype=np.float32))])
    probe = np.full(128, np.nan, dtype=np.float32)
    assert roster.within(probe, 0.55) == [("S1", 0.0)]


def test_templates_of_another_model_are_not_compared():
    roster = TemplateSet.from_pairs([("S1", np.ones(128))], model_id="dlib-resnet-v1")
    with pytest.raises(ModelMismatchError):
        roster.nearest(np.ones(128, dtype=np.float32), MODEL_ID)


def test_altered_model_file_is_refused(tmp_path, monkeypatch):
    from desktop_app.engine import models
    from desktop_app.engine.recognizer import FaceRecognizer

    altered = tmp_path / "face_recognition_sface_2021dec.onnx"
    shutil.copyfile(models.data_dir() / altered.name, altered)
    with open(altered, "r+b") as fh:
        fh.seek(1000)
        fh.write(b"\x00\x01\x02\x03")
    with pytest.raises(ModelIntegrityError, match="altered"):
        verified_model(altered, SFACE_SHA256)
    monkeypatch.setattr(models, "data_dir", lambda: tmp_path)
    with pytest.raises(ModelIntegrityError):
        FaceRecognizer()
    from desktop_app.config.doctor import check_models

    check = check_models()
    assert check.status == "FAIL" and "altered" in check.summary


def test_screening_refuses_when_the_model_is_altered(tmp_path, monkeypatch, faces):
    """The worker cannot load an altered model: every photo is blocked with the reason."""
    from desktop_app.engine import models
    from desktop_app.screening import worker

    altered = tmp_path / "face_recognition_sface_2021dec.onnx"
    altered.write_bytes(b"not the model")
    monkeypatch.setattr(models, "data_dir", lambda: tmp_path)
    monkeypatch.setattr(worker, "_screener", None)
    with pytest.raises(ModelIntegrityError):
        worker.init_worker(__import__("desktop_app.settings", fromlist=["x"]).ScreeningSettings(), None, False)
    result = worker.screen_task(str(faces / "people/obama/obama.jpg"), "obama.jpg")
    assert result.verdict is ImageVerdict.BLOCKED and "not initialised" in result.error
