"""The Policy 4007P account notice and per-channel length checks for the final post text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass

DEFAULT_NOTICE = (
    "This is an official publication of Yelm Community Schools (YCS). "
    "YCS reserves the right to monitor and remove posts or comments that violate Policy 4007P."
)

# Character limits per channel. Lengths here are len() of the NFC text; X really counts
# every URL as 23 characters (t.co) and some characters (CJK, emoji) as 2, so a post near
# the X limit with links or emoji should be checked in the X composer.
CHANNEL_LIMITS = {"X": 280, "Instagram": 2200, "Facebook": 63206}


@dataclass(frozen=True)
class LengthCheck:
    channel: str
    limit: int
    length: int
    fits: bool

    def to_dict(self) -> dict:
        return asdict(self)


def _notice_pattern(notice: str) -> re.Pattern[str]:
    """The notice with any whitespace (spaces, line breaks) between its words, any case."""
    words = unicodedata.normalize("NFC", notice).split()
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def find_notice(text: str, notice: str = DEFAULT_NOTICE) -> list[tuple[int, int]]:
    """Spans of every copy of the notice in text (whitespace and case insensitive)."""
    if not notice.strip():
        return []
    return [m.span() for m in _notice_pattern(notice).finditer(text)]


def strip_notice(text: str, notice: str = DEFAULT_NOTICE) -> str:
    """Text with every copy of the notice removed; text without the notice is returned unchanged."""
    spans = find_notice(text, notice)
    if not spans:
        return text
    pieces, pos = [], 0
    for start, end in spans:
        pieces.append(text[pos:start])
        pos = end
    pieces.append(text[pos:])
    kept = [pieces[0].rstrip()] + [p.strip() for p in pieces[1:]]
    return "\n\n".join(p for p in kept if p)


def append_notice(text: str, notice: str = DEFAULT_NOTICE) -> str:
    """Text followed by a blank line and the notice, exactly once however often it is called."""
    body = strip_notice(text, notice).rstrip()
    return f"{body}\n\n{notice}" if body else notice


def length_report(final_text: str, limits: dict[str, int] = CHANNEL_LIMITS) -> list[LengthCheck]:
    """Whether final_text fits each channel's limit (length = len of the NFC-normalised text)."""
    length = len(unicodedata.normalize("NFC", final_text))
    return [LengthCheck(channel, limit, length, length <= limit) for channel, limit in limits.items()]
