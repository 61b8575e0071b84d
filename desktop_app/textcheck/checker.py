"""Run every text check on a draft post and produce the final text with the notice appended."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from .findings import Finding, NameEntry, dedupe
from .names import find_names
from .notice import DEFAULT_NOTICE, LengthCheck, append_notice, find_notice, length_report
from .pii import find_pii
from .policy_words import find_policy_words


@dataclass
class TextReport:
    findings: list[Finding]
    final_text: str
    lengths: list[LengthCheck]

    @property
    def has_errors(self) -> bool:
        return any(f.level == "error" for f in self.findings)

    def to_dict(self) -> dict:
        return {
            "findings": [f.to_dict() for f in self.findings],
            "final_text": self.final_text,
            "lengths": [c.to_dict() for c in self.lengths],
        }


def check_text(
    text: str,
    *,
    students: Sequence[NameEntry],
    roster_ids: Collection[str],
    notice: str = DEFAULT_NOTICE,
) -> TextReport:
    """Check text for names of the given students, PII and policy words.

    The caller passes only the students whose opt-out covers the intended use. A copy of the
    notice already in text is blanked out (same length) before checking, so it is never
    flagged and finding offsets index text as given. final_text is text with the notice once.
    """
    masked = text
    for start, end in find_notice(text, notice):
        masked = masked[:start] + " " * (end - start) + masked[end:]
    findings = find_names(masked, students) + find_pii(masked, roster_ids) + find_policy_words(masked)
    findings = [replace(f, text=text[f.start:f.end]) for f in dedupe(findings)]
    final_text = append_notice(text, notice)
    return TextReport(findings=findings, final_text=final_text, lengths=length_report(final_text))

