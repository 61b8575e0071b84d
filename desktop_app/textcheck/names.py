"""Find students' names in a text, in the forms people actually write them.

Forms, for each given name G (first name and preferred name) and last name L:
  "G L", "L, G", "G L." / "G L" (last initial)  -> level "error"
  bare "G"                                        -> level "warning"
Matching ignores case and accents ("Jose" finds "José", "Pena" finds "Peña"), treats
curly apostrophes as straight ones, accepts any whitespace (line breaks) between words and
only matches whole words, so "Ann" is not found in "Annual" but "Maria's" finds "Maria".
Two rules keep ordinary words from being reported:
  * a bare given name is only reported when capitalised in the text ("Will", not "will"),
    and only as a warning, since common first names are shared by many people;
  * the last-name initial must be upper case ("Maria L.", not "gave Maria a prize").
A bare last name is not reported (it collides with staff, parents and places).
Offsets index the original text, even though folding changes lengths.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .findings import Finding, NameEntry, dedupe
from .folding import fold, fold_plain, original_span

_WORD = re.compile(r"\w+")

FULL, INITIAL, BARE = "full", "initial", "bare"


@dataclass(frozen=True)
class _Form:
    folded: str
    style: str
    student_id: str


def _variants(name: str) -> set[str]:
    """A folded name and, for hyphenated names, the spaced spelling too."""
    folded = fold_plain(name)
    return {v for v in (folded, folded.replace("-", " ")) if v}


def _forms(student: NameEntry) -> list[_Form]:
    given = set().union(*(_variants(n) for n in (student.first_name, student.preferred_name or "")))
    lasts = _variants(student.last_name)
    sid = student.student_id
    forms = []
    for g in given:
        forms.append(_Form(g, BARE, sid))
        for last in lasts:
            forms += [_Form(f"{g} {last}", FULL, sid), _Form(f"{last}, {g}", FULL, sid)]
            if last[0].isalpha():
                forms += [_Form(f"{g} {last[0]}.", INITIAL, sid), _Form(f"{g} {last[0]}", INITIAL, sid)]
    return forms


class NameIndex:
    """All name forms of a roster, keyed by their first word; build once, search many texts."""

    def __init__(self, students: Sequence[NameEntry]):
        by_word: dict[str, list[_Form]] = defaultdict(list)
        for student in students:
            for form in _forms(student):
                first_word = _WORD.match(form.folded)
                if first_word:
                    by_word[first_word.group()].append(form)
        for forms in by_word.values():
            forms.sort(key=lambda f: -len(f.folded))
        self._by_word = dict(by_word)

    def find(self, text: str) -> list[Finding]:
        folded, index = fold(text)
        found: list[Finding] = []
        for word in _WORD.finditer(folded):
            pos = word.start()
            hits = [f for f in self._by_word.get(word.group(), ()) if _matches(f, text, folded, index, pos)]
            if not hits:
                continue
            longest = len(hits[0].folded)
            hits = [h for h in hits if len(h.folded) == longest]
            found.append(_finding(text, index, pos, pos + longest, hits))
        return dedupe(found)


def _matches(form: _Form, text: str, folded: str, index: list[int], pos: int) -> bool:
    end = pos + len(form.folded)
    if not folded.startswith(form.folded, pos):
        return False
    if form.folded[-1].isalnum() and end < len(folded) and (folded[end].isalnum() or folded[end] == "_"):
        return False
    if form.style == BARE:
        return text[index[pos]].isupper()
    if form.style == INITIAL:
        initial = end - 2 if form.folded.endswith(".") else end - 1
        return text[index[initial]].isupper()
    return True


def _finding(text: str, index: list[int], start: int, end: int, hits: list[_Form]) -> Finding:
    o_start, o_end = original_span(text, index, start, end)
    ids = sorted({h.student_id for h in hits})
    bare = all(h.style == BARE for h in hits)
    who = f"student {ids[0]}" if len(ids) == 1 else f"{len(ids)} students ({', '.join(ids)})"
    if bare:
        message = f"First name alone matches {who} who may not be named; check who is meant."
    else:
        message = f"Name of {who} who may not be named in this publication."
    return Finding(
        kind="name",
        level="warning" if bare else "error",
        start=o_start,
        end=o_end,
        text=text[o_start:o_end],
        student_id=ids[0] if len(ids) == 1 else None,
        message=message,
    )


def find_names(text: str, students: Sequence[NameEntry]) -> list[Finding]:
    """Names of the given students in text, sorted by start (see module docstring for rules)."""
    return NameIndex(students).find(text)
