"""Why a published post should come down, in the reader's language and in words (issue 21,
item 4): the takedown check stores the screening's English sentences (with pixel boxes and
distances, for the audit log); people read who is shown and where, never the technical part.
Approvers and the director may see the student's name; authors get the kind of reason only."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from . import labels

_RESTRICTED = re.compile(r"photo (.+?): face at \[[^\]]*\] is student (\S+), whose photo opt-out covers (\w+)"
                         r"(?: \(distance [^)]*\))?")
_UNDECIDED = re.compile(r"photo (.+?): face at \[[^\]]*\] resembles student (\S+) .*?whose photo opt-out covers (\w+)"
                        r".*")
_TEXT = re.compile(r"text: .*?\('(.*)' at \d+-\d+\)")
_UNREADABLE = re.compile(r"photo (.+?): .*")


def reason_text(reason: str, names: dict[str, str] | None = None) -> str:
    """One stored takedown reason as a sentence. With ``names`` (student ID -> name, for those
    who may see the roster) the student is named; without, only what kind of problem it is."""
    if m := _RESTRICTED.fullmatch(reason):
        if names is None:
            return QCoreApplication.translate("TakedownText", "photo {file} shows a student whose guardians opted out of {use}").format(
                file=m[1], use=labels.use(m[3]))
        return QCoreApplication.translate("TakedownText", "photo {file} shows {name}, who has a photo opt-out for {use}").format(
            file=m[1], name=f"{names.get(m[2], m[2])} ({m[2]})", use=labels.use(m[3]))
    if m := _UNDECIDED.fullmatch(reason):
        if names is None:
            return QCoreApplication.translate("TakedownText", "a face in photo {file} may be a student who opted out; an approver must check it").format(
                file=m[1])
        return QCoreApplication.translate("TakedownText", "a face in photo {file} looks like {name}; an approver must check it").format(
            file=m[1], name=f"{names.get(m[2], m[2])} ({m[2]})")
    if m := _TEXT.fullmatch(reason):
        return QCoreApplication.translate("TakedownText", "the text names or identifies a student: \u201c{text}\u201d").format(text=m[1])
    if m := _UNREADABLE.fullmatch(reason):
        return QCoreApplication.translate("TakedownText", "photo {file} could not be screened again").format(file=m[1])
    return QCoreApplication.translate("TakedownText", "screening found something that must not be published")


def reasons_text(reasons, names: dict[str, str] | None = None) -> str:
    return "; ".join(dict.fromkeys(reason_text(r, names) for r in reasons))
