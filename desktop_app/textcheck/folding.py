"""Fold text for matching (case, accents, apostrophes, whitespace) and map offsets back."""

from __future__ import annotations

import unicodedata

_APOSTROPHES = "\u2019\u2018\u02bc`\u00b4"


def fold(text: str) -> tuple[str, list[int]]:
    """Return (folded, index) where folded[i] came from text[index[i]].

    Folding: casefold, NFKD with combining marks dropped ("José" -> "jose", "Peña" -> "pena"),
    curly/modifier apostrophes -> "'", and every run of whitespace -> one space.
    """
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        pieces = "'" if ch in _APOSTROPHES else unicodedata.normalize("NFKD", ch.casefold())
        for c in pieces:
            if unicodedata.combining(c):
                continue
            if c.isspace():
                if out and out[-1] == " ":
                    continue
                c = " "
            out.append(c)
            index.append(i)
    return "".join(out), index


def fold_plain(text: str) -> str:
    """Folded form of a short string such as a name, trimmed."""
    return fold(text.strip())[0].strip()


def original_span(text: str, index: list[int], start: int, end: int) -> tuple[int, int]:
    """Map a folded span [start, end) back to the original text, keeping trailing accents."""
    o_start = index[start]
    o_end = index[end - 1] + 1
    while o_end < len(text) and unicodedata.combining(text[o_end]):
        o_end += 1
    return o_start, o_end
