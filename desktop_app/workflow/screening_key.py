"""What a stored screening result depends on, as one key: a photo is screened once per key and use.

A post's photo is screened against the templates of one use (scoped to the post's building),
with the district's screening settings, by this version of ClearPost. The key digests all of
that plus the roster version and a digest of the screening code: a roster import or re-encode, a
changed threshold, another building, an upgrade or changed screening code each give a new key,
and the stored result is not reused. The photo
bytes are not in the key: a stored photo never changes (a redacted copy is a new photo).
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import asdict

from .. import __version__
from ..screening.templates import TemplateSet
from ..settings import ScreeningSettings


def templates_digest(templates: TemplateSet) -> str:
    """Every template's owner, school, numbers, protection and weakness, and the face model."""
    h = hashlib.sha256()
    h.update(templates.model_id.encode("utf-8"))
    h.update(json.dumps([list(templates.student_ids), list(templates.schools), templates.building,
                         list(templates.protected), list(templates.weak)]).encode("utf-8"))
    h.update(templates.encodings.tobytes())
    return h.hexdigest()


@functools.lru_cache(maxsize=1)
def engine_digest() -> str:
    """A digest of the code that decides verdicts (engine, imaging, screening) and the vendored
    model files' names: a result stored by other screening code is never reused, even when the
    version number was not raised."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for folder in ("engine", "imaging", "screening"):
        for path in sorted((root / folder).rglob("*.py")):
            h.update(path.relative_to(root).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def screening_key(templates: TemplateSet, settings: ScreeningSettings, roster_version: int) -> str:
    payload = {
        "clearpost": __version__,
        "engine": engine_digest(),
        "roster_version": int(roster_version),
        "settings": asdict(settings),
        "templates": templates_digest(templates),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True, default=str).encode("utf-8")).hexdigest()
