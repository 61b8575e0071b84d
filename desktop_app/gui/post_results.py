"""Read the screening results the workflow stores with each photo (no Qt)."""

from __future__ import annotations

from ..screening.results import ImageResult

_RANK = {"clear": 0, "review": 1, "blocked": 2}


def stored_result(photo) -> ImageResult | None:
    """The worst of the photo's per-use results, as stored at the last screening (or None)."""
    uses = (photo.screening or {}).get("uses") or {}
    results = [ImageResult.from_dict(r) for r in uses.values()]
    if not results:
        return None
    return max(results, key=lambda r: _RANK.get(r.verdict.value, 2))


def names_of_opted_out(roster) -> dict[str, str]:
    """student ID -> display name, for approvers (authors never get these)."""
    return {s.student_id: s.display_name for s in roster.students(opted_out_only=True)}
