"""Screen a whole post (text per channel, photos per use) with the screening core's services.

Text: names of students whose name opt-out covers any use of the post's channels, PII, and
policy words; the final text per channel with the notice; each channel's character limit.
Photos: every photo against the templates of every use of the post's channels (uses whose
opted-out students are the same are screened once). File names and embedded captions are
checked for names of students with a photo or name opt-out: they are removed on export, so
they are notes for the approver (a name there may mean a student without a reference photo).
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from ..roster.service import RosterService, StaleTemplatesError
from ..screening.results import ImageResult, ImageVerdict
from ..screening.service import ScreeningService
from ..settings_service import SettingsService
from ..textcheck import NameEntry, append_notice, check_text, strip_notice
from ..imaging.captions import photo_text_findings
from ..screening.pool import InlineWorkerPool, RefusedPool
from .common import building_code
from .result_cache import cached_results, reused, store_results
from .screening_key import screening_key
from .views import ChannelView

_RANK = {ImageVerdict.CLEAR: 0, ImageVerdict.REVIEW: 1, ImageVerdict.BLOCKED: 2}


@dataclass(frozen=True)
class PhotoInput:
    photo_id: int | None
    filename: str
    data: bytes
    kind: str = "original"  # a redacted copy always goes to a person for review
    # the photo's stored screening (``PhotoCheck.to_json``): its results are reused for every
    # use whose screening key is unchanged (``screening_key``)
    stored: dict | None = field(default=None, compare=False, repr=False)


@dataclass
class PhotoCheck:
    photo_id: int | None
    filename: str
    kind: str
    results: dict[str, ImageResult]  # per use, with people's review decisions applied
    caption_findings: list[dict] = field(default_factory=list)
    raw: dict[str, ImageResult] = field(default_factory=dict)  # per use, what the faces matched
    keys: dict[str, str] = field(default_factory=dict)  # per use, the screening key of ``raw``
    reused: set[str] = field(default_factory=set)  # uses whose stored result was current

    @property
    def verdict(self) -> ImageVerdict:
        worst = max((r.verdict for r in self.results.values()), key=_RANK.__getitem__, default=ImageVerdict.CLEAR)
        if self.kind == "redacted" and worst is ImageVerdict.CLEAR:
            return ImageVerdict.REVIEW
        return worst

    def problems(self) -> list[str]:
        out = []
        for use, r in sorted(self.results.items()):
            if r.error:
                out.append(f"photo {self.filename}: {r.error}")
                continue
            for f in r.faces:
                if f.verdict.value == "restricted":
                    out.append(f"photo {self.filename}: face at {list(f.box)} is student {f.student_id}, "
                               f"whose photo opt-out covers {use} (distance {f.distance:.3f})")
        return sorted(set(out), key=out.index)

    def restricted_for_author(self) -> list[tuple["FacePlace", tuple[str, ...]]]:
        """Restricted faces as an author may see them: where the face is (``FacePlace``; its
        ``words`` say "2nd from left") and the uses it blocks; never the student's ID or name,
        nor the face's pixel box."""
        found: dict[FacePlace, list[str]] = {}
        for use, r in sorted(self.results.items()):
            if r.error:
                continue
            for face, place in zip(r.faces, face_places(r.faces)):
                if face.verdict.value == "restricted" and use not in found.setdefault(place, []):
                    found[place].append(use)
        return sorted(((place, tuple(uses)) for place, uses in found.items()),
                      key=lambda item: (item[0].frame, item[0].place))

    def unreadable_for_author(self) -> tuple[bool, str] | None:
        """(tool_failure, reason) when screening could not look at the photo's faces: the file
        could not be read (False), or ClearPost itself failed (True); None otherwise."""
        for _use, r in sorted(self.results.items()):
            if r.error:
                return r.tool_failure, r.error
        return None

    def undecided(self) -> list[str]:
        """Faces that resemble an opted-out student and that nobody has decided on yet."""
        out = []
        for use, r in sorted(self.results.items()):
            if r.error:
                continue
            for f in r.faces:
                if f.verdict.value == "review" and f.candidates:
                    who = ", ".join(f"student {sid} (distance {dist:.3f})" for sid, dist in f.candidates)
                    out.append(f"photo {self.filename}: face at {list(f.box)} resembles {who}, whose photo "
                               f"opt-out covers {use}: an approver must decide whether it is (clearpost review)")
        return sorted(set(out), key=out.index)

    def notes(self) -> list[str]:
        out = []
        for use, r in sorted(self.results.items()):
            n = sum(f.verdict.value == "review" for f in r.faces)
            if n and not r.error:
                out.append(f"photo {self.filename}: {n} face(s) need a person to look ({use})")
        if self.kind == "redacted":
            out.append(f"photo {self.filename}: redacted copy; check that every face that must be hidden is")
        for c in self.caption_findings:
            out.append(f"photo {self.filename}: {c['source']} mentions {c['text']!r} "
                       f"(student {c['student_id'] or '-'}; {c['message']}) - removed on export")
        return sorted(set(out), key=out.index)

    def to_json(self) -> dict:
        return {"verdict": self.verdict.value, "kind": self.kind,
                "uses": {u: r.to_dict() for u, r in sorted(self.results.items())},
                "captions": self.caption_findings,
                "raw": {u: r.to_dict() for u, r in sorted(self.raw.items())},
                "keys": dict(sorted(self.keys.items()))}


def stored_raw(stored: dict | None, use: str, key: str | None) -> ImageResult | None:
    """The stored result of a photo for a use, without decisions, if it was screened under
    ``key``; None when it must be screened (no stored result, another key, unreadable JSON)."""
    if not stored or key is None:
        return None
    try:
        if (stored.get("keys") or {}).get(use) != key:
            return None
        raw = (stored.get("raw") or {}).get(use)
        return ImageResult.from_dict(raw) if raw else None
    except (AttributeError, KeyError, TypeError, ValueError):
        return None


@dataclass
class PostCheck:
    text_findings: list[dict]  # Finding dicts, with the uses they apply to
    final_texts: dict[int, str]  # per channel id
    length_problems: list[str]
    photos: list[PhotoCheck]
    # opted-out students (for the post's uses) screening cannot recognise: in the district,
    # and of the post's building; with photos, an approver checks faces by eye
    unprotected: list[str] = field(default_factory=list)
    unprotected_here: list[str] = field(default_factory=list)

    @property
    def undecided_faces(self) -> list[str]:
        """Faces resembling an opted-out student with no review decision: an approver decides
        each before the post is approved or exported (submission lets them through to review)."""
        return [u for photo in self.photos for u in photo.undecided()]

    @property
    def privacy_problems(self) -> list[str]:
        """Restricted faces, unreadable photos, names and PII: what must never be published."""
        out = [p for photo in self.photos for p in photo.problems()]
        out += [f"text: {f['message']} ({f['text']!r} at {f['start']}-{f['end']})"
                for f in self.text_findings if f["level"] == "error"]
        return out

    @property
    def blocking(self) -> list[str]:
        return self.privacy_problems + self.length_problems

    @property
    def unprotected_note(self) -> str | None:
        if not (self.photos and self.unprotected):
            return None
        here = len(self.unprotected_here)
        where = f"{here} of this building, " if here else ""
        return (f"{len(self.unprotected)} opted-out students ({where}for these uses) cannot be recognised "
                "(no usable reference photo): check faces by eye")

    @property
    def notes(self) -> list[str]:
        out = [self.unprotected_note] if self.unprotected_note else []
        out += [n for photo in self.photos for n in photo.notes()]
        out += [f"text: {f['message']} ({f['text']!r})" for f in self.text_findings if f["level"] != "error"]
        return out

    def summary(self) -> dict:
        return {"photos": {str(p.photo_id): p.verdict.value for p in self.photos},
                "text_errors": sum(f["level"] == "error" for f in self.text_findings),
                "text_warnings": sum(f["level"] != "error" for f in self.text_findings),
                "blocking": self.blocking, "notes": self.notes,
                "unprotected": len(self.unprotected), "unprotected_here": len(self.unprotected_here)}


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, ... 11th, 12th, 13th, ... 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass(frozen=True)
class FacePlace:
    """Where a face is in its photo, for people: its place counted from the left among the
    faces of its frame (``count`` of them), and the frame (0: the photo itself)."""

    place: int
    count: int
    frame: int = 0

    @property
    def words(self) -> str:
        words = "the only face" if self.count == 1 else f"{ordinal(self.place)} from left"
        return words if self.frame == 0 else f"{words}, frame {self.frame + 1}"


def face_places(faces) -> list[FacePlace]:
    """Where each face is, as an author finds it in the photo: faces ordered by their left
    edge (then top), counted per frame of an animation."""
    frames: dict[int, list[int]] = {}
    for i, face in enumerate(faces):
        frames.setdefault(face.frame, []).append(i)
    out: list[FacePlace | None] = [None] * len(faces)
    for frame, indexes in frames.items():
        ordered = sorted(indexes, key=lambda i: (faces[i].box[3], faces[i].box[0]))  # box: top, right, bottom, left
        for place, i in enumerate(ordered, 1):
            out[i] = FacePlace(place, len(ordered), frame)
    return out


def final_text(body: str, channel: ChannelView, notice: str) -> str:
    """What goes to the channel: with the notice, unless the account profile carries it."""
    return append_notice(body, notice) if channel.notice_mode == "post" else strip_notice(body, notice).strip()


def _same(a, b) -> bool:
    if isinstance(a, Exception) or isinstance(b, Exception):
        return isinstance(a, Exception) and isinstance(b, Exception)
    return a.student_ids == b.student_ids and np.array_equal(a.encodings, b.encodings)


class PostChecker:
    """Runs the screening core on a post; jobs of up to ``inline_below`` photos are screened in
    this process (starting worker processes costs more than screening two or three photos)."""

    def __init__(self, roster: RosterService, screening: ScreeningService, settings: SettingsService,
                 *, inline_below: int = 0) -> None:
        self.roster = roster
        self.screening = screening
        self.settings = settings
        self.inline_below = inline_below

    def notice(self) -> str:
        return self.settings.notice()

    def check(self, body: str, channels: list[ChannelView] | tuple[ChannelView, ...], photos: list[PhotoInput],
              *, actor: str | None, building: str | None = None, cancel=None) -> PostCheck:
        """Text and photos for every use of the channels; ``building`` is the post's building
        (its name), which the other_building_matches setting compares students' schools with."""
        uses = sorted({c.use for c in channels})
        notice = self.notice()
        text_findings = self._text(body, uses, notice)
        finals, lengths = {}, []
        for c in channels:
            finals[c.id] = final_text(body, c, notice)
            length = len(unicodedata.normalize("NFC", finals[c.id]))
            if c.char_limit and length > c.char_limit:
                lengths.append(f"text: {length} characters{' with the notice' if c.notice_mode == 'post' else ''} "
                               f"is over the {c.char_limit} limit of channel {c.name} ({c.platform})")
        code = building_code(building) if building else None
        unprotected = self.roster.unprotected_for(uses) if photos else []
        here = self.roster.unprotected_for(uses, building) if photos and building else []
        return PostCheck(text_findings, finals, lengths, self._photos(photos, uses, actor, code, cancel),
                         unprotected, here)

    def _text(self, body: str, uses: list[str], notice: str) -> list[dict]:
        roster_ids = self.roster.roster_ids()
        merged: dict[tuple, dict] = {}
        for use in uses or ["social"]:
            report = check_text(body, students=self.roster.name_entries_for(use), roster_ids=roster_ids,
                                notice=notice)
            for f in report.findings:
                key = (f.kind, f.start, f.end, f.student_id)
                entry = merged.setdefault(key, {**f.to_dict(), "uses": []})
                entry["uses"].append(use)
        return sorted(merged.values(), key=lambda f: (f["start"], f["end"], f["kind"]))

    def _captions(self, photo: PhotoInput, names_by_use: dict[str, list[NameEntry]], roster_ids: set[str],
                  notice: str) -> list[dict]:
        out: dict[tuple, dict] = {}
        for names in names_by_use.values():
            for source, f in photo_text_findings(photo.filename, photo.data, students=names,
                                                 roster_ids=roster_ids, notice=notice):
                out.setdefault((source, f.text, f.student_id), {
                    "source": source, "text": f.text, "kind": f.kind, "student_id": f.student_id,
                    "message": f.message})
        return list(out.values())

    def photos(self, channels, photos: list[PhotoInput], *, actor: str | None, building: str | None = None,
               cancel=None) -> list[PhotoCheck]:
        """Only the photos, for every use of the channels (stored results reused when current)."""
        uses = sorted({c.use for c in channels})
        code = building_code(building) if building else None
        return self._photos(photos, uses, actor, code, cancel)

    def _photos(self, photos: list[PhotoInput], uses: list[str], actor: str | None,
                building: str | None = None, cancel=None) -> list[PhotoCheck]:
        if not photos:
            return []
        checks = [PhotoCheck(p.photo_id, p.filename, p.kind, {}) for p in photos]
        notice = self.notice()
        names_by_use = {use: self.roster.caption_name_entries(use) for use in uses}
        roster_ids = self.roster.roster_ids()
        for check, photo in zip(checks, photos):
            check.caption_findings = self._captions(photo, names_by_use, roster_ids, notice)
        groups: list[tuple[object, list[str]]] = []
        for use in uses:
            try:
                templates = self.roster.templates_for(use).for_building(building)
            except StaleTemplatesError as exc:  # fail closed: every photo blocked for this use
                templates = exc
            for seen, members in groups:
                if _same(seen, templates):
                    members.append(use)
                    break
            else:
                groups.append((templates, [use]))
        version = self.roster.version()
        for templates, members in groups:
            stale = isinstance(templates, StaleTemplatesError)
            key = None if stale else screening_key(templates, self.screening.settings, version)
            raw: list[ImageResult | None] = []
            for photo in photos:  # the key names the templates, not the use: any use of the group serves
                found = [r for r in (stored_raw(photo.stored, use, key) for use in members) if r is not None]
                raw.append(found[0] if found else None)
            todo = [i for i, r in enumerate(raw) if r is None]
            needed = list(todo)  # not screened for this post yet: a usage record each, even from the cache
            if todo and key is not None:  # screened under this key for another post or user
                digests = {i: hashlib.sha256(photos[i].data).hexdigest() for i in todo}
                hits = cached_results(self.screening.db, key, digests.values())
                for i in todo:
                    if digests[i] in hits:
                        raw[i] = reused(hits[digests[i]], photos[i].filename)
                todo = [i for i in todo if raw[i] is None]
            if todo:
                items = [(photos[i].filename, photos[i].data) for i in todo]
                factory = InlineWorkerPool if len(items) <= self.inline_below else self.screening.pool_factory
                pool = RefusedPool(str(templates)) if stale else factory(self.screening.settings, templates)
                try:
                    fresh = self.screening.screen(items, members[0], pool=pool, actor=actor, cancel=cancel,
                                                  record=False, decide=False)
                finally:
                    pool.close()
                for i, result in zip(todo, fresh):
                    raw[i] = result
                if key is not None:
                    store_results(self.screening.db, key, fresh)
            decided = self.screening.apply_decisions(raw)
            fresh_decided = [decided[i] for i in needed]
            # the usage records count each photo screened for a post (from the district cache or
            # not: RCW 43.386 counts requests), not a post's own stored results shown again
            for use in members:
                if fresh_decided:
                    self.screening.record(fresh_decided, use, actor)
            for i, (check, result) in enumerate(zip(checks, decided)):
                for use in members:
                    check.results[use] = result
                    check.raw[use] = raw[i]
                    if key is not None and not raw[i].tool_failure:  # a tool failure is tried again
                        check.keys[use] = key
                    if i not in todo:
                        check.reused.add(use)
        return checks
