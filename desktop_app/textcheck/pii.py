"""Find personally identifiable information other than names: IDs, phones, e-mail, addresses, birth dates.

Rules (all findings are errors):
  * student_id: a roster ID as a whole token (case-insensitive). IDs shorter than 4 characters
    are ignored, since they would match ordinary numbers ("12 students").
  * phone: US numbers with area code ((360) 555-0123, 360-555-0123, 360.555.0123,
    +1 360 555 0123) and 7-digit local numbers written with a dash or dot (555-0123).
  * email: any e-mail address (staff contact addresses included; the author can ignore those).
  * address: house number + capitalised street name + suffix (St, Ave, Rd, Way, ...), with an
    optional directional (1234 Yelm Ave SE). "2026 Food Drive"-style event names are skipped.
  * birthdate: a date preceded within 30 characters by a DOB label (DOB, date of birth,
    birthdate), any year or none; or a full date whose year makes the person school age
    (current year - 22 .. current year - 3) preceded within 30 characters by "born",
    "birthday" or "b.". Dates without such words (event dates) are never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date

from .findings import Finding, dedupe

MIN_ID_LENGTH = 4
BIRTH_WINDOW = 30

_TOKEN = re.compile(r"\w+(?:[-/.]\w+)*")
_DASHED = re.compile(r"\w+(?:-\w+)*")
_PARTS = re.compile(r"\w+")

_PHONE = re.compile(
    r"(?<![\w+])(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\w-])"
    r"|(?<![\w.-])\d{3}[.-]\d{4}(?![\w-]|\.\d)"
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

_SUFFIX = (
    r"St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place"
    r"|Hwy|Highway|Loop|Cir|Circle|Ter|Terrace|Pkwy|Parkway|Trl|Trail"
)
_DIRECTION = r"(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)"
_ADDRESS = re.compile(
    rf"(?<![\w.,-])\d{{1,6}}\s+(?:{_DIRECTION}\.?\s+)?"
    rf"((?:(?:[A-Z][\w'-]*|\d+(?:st|nd|rd|th))\s+){{1,3}}?)"
    rf"(?i:{_SUFFIX})\b(?:\s+{_DIRECTION}\b)?"
)
# "<number> <word> Drive" that is an event, not a street: "2026 Food Drive".
_NOT_STREET = {"food", "coat", "toy", "toys", "blood", "book", "clothing", "canned", "supply", "fund", "charity"}

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
)
_DATES = [
    re.compile(r"(?<![\w/.-])\d{1,2}[/.-]\d{1,2}[/.-](?P<year>\d{4}|\d{2})(?![\w/-])"),
    re.compile(r"(?<![\w/.-])(?P<year>\d{4})-\d{1,2}-\d{1,2}(?![\w/-])"),
    re.compile(rf"(?i)\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?\b"),
    re.compile(rf"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?\b"),
]
_DOB_LABEL = re.compile(r"(?i)\b(?:d\.?o\.?b\b\.?|date\s+of\s+birth|birth\s*date|birthdate)")
_BIRTH_WORD = re.compile(r"(?i)\b(?:born|birthday|birth|b\.)")


def find_pii(text: str, roster_ids: Collection[str]) -> list[Finding]:
    """IDs, phone numbers, e-mail addresses, street addresses and birth dates in text."""
    found = _student_ids(text, roster_ids)
    found += [_make("phone", m.start(), m.end(), text, "Phone number.") for m in _PHONE.finditer(text)]
    found += [_make("email", m.start(), m.end(), text, "E-mail address.") for m in _EMAIL.finditer(text)]
    found += _addresses(text)
    found += _birthdates(text)
    return dedupe(found)


def _make(kind: str, start: int, end: int, text: str, message: str, student_id: str | None = None) -> Finding:
    return Finding(kind, "error", start, end, text[start:end], student_id, message)


def _student_ids(text: str, roster_ids: Collection[str]) -> list[Finding]:
    ids = {i.strip().casefold(): i.strip() for i in roster_ids if len(i.strip()) >= MIN_ID_LENGTH}
    found: list[Finding] = []
    for token in _TOKEN.finditer(text):
        # The whole token ("S-00042"), then its dash-joined and plain parts ("123456" in "123456/7").
        pieces = [token, *_DASHED.finditer(text, *token.span()), *_PARTS.finditer(text, *token.span())]
        for m in pieces:
            sid = ids.get(m.group().casefold())
            if sid and not any(f.start < m.end() and m.start() < f.end for f in found):
                found.append(_make("student_id", m.start(), m.end(), text, f"Student ID {sid}.", sid))
    return found


def _addresses(text: str) -> list[Finding]:
    found = []
    for m in _ADDRESS.finditer(text):
        suffix_word = text[m.end(1):m.end()].split()[0].lower().rstrip(".")
        last_name_word = m.group(1).split()[-1].lower()
        if suffix_word in ("dr", "drive") and last_name_word in _NOT_STREET:
            continue
        found.append(_make("address", m.start(), m.end(), text, "Street address."))
    return found


def _full_year(year: str) -> int:
    if len(year) == 4:
        return int(year)
    this_century = date.today().year // 100 * 100
    full = this_century + int(year)
    return full if full <= date.today().year else full - 100


def _birthdates(text: str) -> list[Finding]:
    this_year = date.today().year
    found = []
    for pattern in _DATES:
        for m in pattern.finditer(text):
            year = m.group("year")
            school_age = year is not None and this_year - 22 <= _full_year(year) <= this_year - 3
            if _preceded_by(_DOB_LABEL, text, m.start()) or (
                school_age and _preceded_by(_BIRTH_WORD, text, m.start())
            ):
                found.append(_make("birthdate", m.start(), m.end(), text, "Date of birth."))
    return found


def _preceded_by(words: re.Pattern[str], text: str, pos: int) -> bool:
    """True if one of words ends within BIRTH_WINDOW characters before pos."""
    lo = max(0, pos - BIRTH_WINDOW - 20)
    return any(w.end() >= pos - BIRTH_WINDOW for w in words.finditer(text, lo, pos))
