"""Face templates in the roster (SQLite and PostgreSQL, real photos, real SFace model):
several per student, the model that made each, re-encoding, unprotected students."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from sqlalchemy import select

from desktop_app.engine.recognizer import MODEL_ID
from desktop_app.roster import read_roster
from desktop_app.roster.service import RosterService, StaleTemplatesError
from desktop_app.screening.pool import InlineWorkerPool
from desktop_app.screening.results import ImageVerdict
from desktop_app.screening.service import ScreeningService, inline_pool_factory
from desktop_app.settings import ScreeningSettings
from desktop_app.storage.models import ReferencePhoto

HEADER = "student_id,first_name,last_name,grade,school,photo_opt_out,name_opt_out\n"
ROW = "S1,Ana,Lopez,3,Mill Pond Elementary,Y,N\n"


@pytest.fixture(scope="module")
def pool_factory():
    settings = ScreeningSettings()
    return lambda: InlineWorkerPool(settings)


def _import(service, tmp_path, photos: dict[str, object], rows=ROW, name="roster.csv"):
    folder = tmp_path / name.replace(".csv", "")
    folder.mkdir()
    for target, source in photos.items():
        shutil.copy(source, folder / target)
    csv = folder / name
    csv.write_text(HEADER + rows, encoding="utf-8")
    return service.apply(read_roster(csv, photos_dir=folder), str(csv))


def _templates(db):
    with db.session() as s:
        return s.execute(select(ReferencePhoto.source_name, ReferencePhoto.model).order_by(
            ReferencePhoto.created_at, ReferencePhoto.id)).all()


def test_each_new_portrait_adds_a_template_and_the_oldest_go(db, tmp_path, faces, pool_factory):
    service = RosterService(db, pool_factory, templates_per_student=2)
    salley = sorted((faces / "people/John_Salley").iterdir())
    _import(service, tmp_path, {"S1.jpg": salley[0]}, name="year1.csv")
    _import(service, tmp_path, {"S1.jpg": salley[1]}, name="year2.csv")
    assert len(_templates(db)) == 2  # the second year's photo added a template
    changes = service.preview(read_roster(tmp_path / "year2" / "year2.csv", photos_dir=tmp_path / "year2"))
    assert changes.photos_unchanged == 1 and changes.photos_to_enrol == 0
    third = _import(service, tmp_path, {"S1.jpg": salley[2]}, name="year3.csv")
    assert third.templates_to_delete == 1
    kept = _templates(db)
    assert len(kept) == 2 and all(model == MODEL_ID for _, model in kept)
    templates = service.templates_for("social")
    assert templates.student_ids == ("S1", "S1") and templates.encodings.dtype == np.float32
    # the year-1 photo is no longer a template; years 2 and 3 are
    probe = ScreeningService(db, service, ScreeningSettings(), inline_pool_factory)
    assert probe.screen([("y3", str(salley[2]))], "social")[0].verdict is ImageVerdict.BLOCKED


def test_stale_model_template_is_refused_then_reencoded(db, tmp_path, faces, pool_factory):
    service = RosterService(db, pool_factory)
    obama = faces / "people/obama/obama.jpg"
    _import(service, tmp_path, {"S1.jpg": obama})
    with db.session() as s:  # as a template from before the SFace upgrade looks
        photo = s.execute(select(ReferencePhoto)).scalar_one()
        photo.model = "dlib-resnet-v1"
        photo.encoding = np.zeros(128, dtype="<f8").tobytes()
    assert service.stale_template_count() == 1
    assert service.unprotected("social") == ["S1"]
    with pytest.raises(StaleTemplatesError, match="re-encoded"):
        service.templates_for("social")
    screening = ScreeningService(db, service, ScreeningSettings(), inline_pool_factory)
    refused = screening.screen([("obama", str(obama))], "social")[0]
    assert refused.verdict is ImageVerdict.BLOCKED and "older face model" in refused.error

    report = service.reencode()
    assert report.reencoded == 1 and not report.failed and not report.removed_without_image
    assert service.stale_template_count() == 0 and service.unprotected() == []
    again = screening.screen([("obama", str(faces / "people/obama/obama1.jpg"))], "social")[0]
    assert again.verdict is ImageVerdict.BLOCKED and again.faces[0].student_id == "S1"


def test_stale_template_without_stored_face_is_removed_and_named(db, tmp_path, faces, pool_factory):
    service = RosterService(db, pool_factory)
    _import(service, tmp_path, {"S1.jpg": faces / "people/obama/obama.jpg"})
    with db.session() as s:
        photo = s.execute(select(ReferencePhoto)).scalar_one()
        photo.model, photo.face_image = "dlib-resnet-v1", None
    report = service.reencode()
    assert report.removed_without_image == ["S1"]
    assert service.unprotected("social") == ["S1"]
    assert any("S1" in line for line in report.describe())


def test_student_without_photo_is_listed_unprotected(db, tmp_path, faces, pool_factory):
    service = RosterService(db, pool_factory)
    rows = ROW + "S2,Ben,Diaz,4,Mill Pond Elementary,Y,N\nS3,Cy,Ng,4,Mill Pond Elementary,N,N\n"
    _import(service, tmp_path, {"S1.jpg": faces / "people/obama/obama.jpg"}, rows=rows)
    assert service.unprotected() == ["S2"]
    listed = {v.student_id: v.reference_photos for v in service.students()}
    assert listed == {"S1": 1, "S2": 0, "S3": 0}
