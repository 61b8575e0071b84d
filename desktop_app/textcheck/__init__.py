"""Text checks for posts: student names, other PII, Policy 4007P words, notice and length."""

from .checker import TextReport, check_text
from .findings import Finding, NameEntry
from .names import NameIndex, find_names
from .notice import CHANNEL_LIMITS, DEFAULT_NOTICE, LengthCheck, append_notice, length_report, strip_notice
from .pii import find_pii
from .policy_words import find_policy_words

__all__ = [
    "CHANNEL_LIMITS",
    "DEFAULT_NOTICE",
    "Finding",
    "LengthCheck",
    "NameEntry",
    "NameIndex",
    "TextReport",
    "append_notice",
    "check_text",
    "find_names",
    "find_pii",
    "find_policy_words",
    "length_report",
    "strip_notice",
]
