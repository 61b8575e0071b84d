"""Finding and NameEntry records shared by all text checks, plus overlap de-duplication."""

from __future__ import annotations

from dataclasses import asdict, dataclass

KINDS = (
    "name", "student_id", "phone", "email", "address", "birthdate",
    "profanity", "political", "commercial",
)
LEVELS = ("error", "warning")


@dataclass(frozen=True)
class Finding:
    """One problem in a text. start/end index the text as given: text == original[start:end]."""

    kind: str
    level: str
    start: int
    end: int
    text: str
    student_id: str | None
    message: str

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class NameEntry:
    """A student whose name must not appear in the text."""

    student_id: str
    first_name: str
    last_name: str
    preferred_name: str | None = None


def dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop findings that overlap a better finding of the same kind; return sorted by start.

    "Better" means error before warning, then the longer span, then the earlier one.
    """
    ranked = sorted(findings, key=lambda f: (f.level != "error", f.start - f.end, f.start))
    kept: list[Finding] = []
    for f in ranked:
        if not any(k.kind == f.kind and k.start < f.end and f.start < k.end for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: (f.start, f.end, f.kind))
