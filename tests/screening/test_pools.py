"""Worker pools: inline pools keep their own templates; the process pool gives the same verdicts."""

from __future__ import annotations

from desktop_app.screening.pool import InlineWorkerPool, ProcessWorkerPool
from desktop_app.screening.results import ImageVerdict
from desktop_app.screening.templates import TemplateSet
from desktop_app.settings import ScreeningSettings


def _obama_templates(screener, faces):
    from desktop_app.imaging.loader import load_image

    image = load_image(faces / "people/obama/obama.jpg")
    (face,) = screener.find_faces(image.frames[0].pixels)
    return TemplateSet.from_pairs([("S-OBAMA", face.encoding)])


def test_two_inline_pools_do_not_share_templates(screener, faces):
    settings = ScreeningSettings()
    probe = str(faces / "people/obama/obama2.jpg")
    with_roster = InlineWorkerPool(settings, _obama_templates(screener, faces))
    without = InlineWorkerPool(settings, TemplateSet.empty())  # made second, must not clobber the first
    assert with_roster.screen_many([(probe, probe)])[0].verdict is ImageVerdict.BLOCKED
    assert without.screen_many([(probe, probe)])[0].verdict is ImageVerdict.CLEAR


def test_process_pool_matches_inline_and_reports_progress(screener, faces):
    settings = ScreeningSettings()
    templates = _obama_templates(screener, faces)
    items = [(str(p), str(p)) for p in (faces / "people/obama/obama2.jpg", faces / "groups/two_people.jpg",
                                       faces / "orientation/rot_90.jpg")]
    seen = []
    with ProcessWorkerPool(settings, templates, workers=2) as pool:
        in_processes = pool.screen_many(items, progress=lambda d, t: seen.append((d, t)))
    inline = InlineWorkerPool(settings, templates).screen_many(items)
    assert [r.to_dict() for r in in_processes] == [r.to_dict() for r in inline]
    assert in_processes[0].verdict is ImageVerdict.BLOCKED
    assert seen[-1] == (3, 3)
