"""The uses of publication that opt-outs refer to, and parsing of opt-out values.

FERPA directory-information opt-outs can differ by use: a guardian may allow the yearbook but
not social media. An opt-out is held as a frozenset of the uses it covers; an empty set means
no opt-out, and "all uses" is the full set of USES.
"""

from __future__ import annotations

USES: tuple[str, ...] = ("social", "website", "press", "yearbook")
ALL_USES: frozenset[str] = frozenset(USES)
NO_USES: frozenset[str] = frozenset()

_YES = {"y", "yes", "true", "t", "1", "x", "all"}
_NO = {"n", "no", "false", "f", "0", "", "none"}
_SEPARATORS = (";", ",", "|", "/", " ")


class UseValueError(ValueError):
    """An opt-out cell holds something that is neither a yes/no flag nor a list of uses."""


def parse_uses(value: str | None) -> frozenset[str]:
    """Parse an opt-out cell: Y/N, yes/no, true/false, 1/0, or a list of uses.

    >>> sorted(parse_uses("social;website"))
    ['social', 'website']
    >>> parse_uses("Y") == ALL_USES
    True
    """
    text = (value or "").strip().lower()
    if text in _YES:
        return ALL_USES
    if text in _NO:
        return NO_USES
    parts = [text]
    for sep in _SEPARATORS:
        parts = [p for chunk in parts for p in chunk.split(sep)]
    uses = {p.strip() for p in parts if p.strip()}
    unknown = sorted(uses - ALL_USES - {"all"})
    if unknown:
        raise UseValueError(
            f"unknown opt-out value {value!r}: expected Y/N, yes/no, true/false, 1/0 "
            f"or a list of uses from {', '.join(USES)} (not {', '.join(unknown)})"
        )
    if "all" in uses:
        return ALL_USES
    return frozenset(uses)


def format_uses(uses: frozenset[str]) -> str:
    """Canonical text for a use set, as stored in the database: '' / 'all' / 'press;social'."""
    if not uses:
        return ""
    if uses >= ALL_USES:
        return "all"
    return ";".join(sorted(uses))


def check_use(use: str) -> str:
    """Validate a single requested use (for --use)."""
    if use not in ALL_USES:
        raise UseValueError(f"unknown use {use!r}: choose one of {', '.join(USES)}")
    return use
