"""Text that travels inside a photo file: its name and embedded captions (EXIF, IPTC, XMP),
and the privacy check of that text shared by `clearpost screen` and post submission."""

from __future__ import annotations

import io
import re
from pathlib import PurePath

from PIL import Image, IptcImagePlugin

_XMP_TEXT = re.compile(
    rb"<(dc:description|dc:title|dc:subject|photoshop:Headline|Iptc4xmpCore:[A-Za-z]+)[^>]*>(.*?)</\1>", re.S)
_TAGS = re.compile(rb"<[^>]+>")
_EXIF_TEXT = (0x010E, 0x9C9B, 0x9C9C, 0x9C9E, 0x9C9F)  # ImageDescription, XPTitle, XPComment, XPKeywords, XPSubject
_IPTC_TEXT = ((2, 5), (2, 25), (2, 105), (2, 120))  # object name, keywords, headline, caption


def file_name_text(filename: str) -> str:
    """'IMG_2024-05 jane_doe.jpg' -> 'IMG 2024-05 jane doe'."""
    return PurePath(filename).stem.replace("_", " ").replace(".", " ").strip()


def _decode(value) -> str:
    if isinstance(value, bytes):
        if value[:1] and value[1:2] == b"\x00":  # XP* tags are UTF-16LE
            return value.decode("utf-16-le", "ignore").rstrip("\x00")
        return value.decode("utf-8", "ignore").rstrip("\x00")
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, int) for v in value):
            return _decode(bytes(value))
        return " ".join(_decode(v) for v in value)
    return str(value)


def embedded_captions(data: bytes) -> list[str]:
    """Captions, titles and keywords written into the file; [] when none or unreadable."""
    texts: list[str] = []
    try:
        with Image.open(io.BytesIO(data)) as im:
            exif = im.getexif()
            texts += [_decode(exif[tag]) for tag in _EXIF_TEXT if tag in exif]
            try:
                iptc = IptcImagePlugin.getiptcinfo(im) or {}
            except Exception:  # malformed IPTC blocks: nothing to read
                iptc = {}
            texts += [_decode(iptc[key]) for key in _IPTC_TEXT if key in iptc]
            xmp = im.info.get("xmp") or im.info.get("XML:com.adobe.xmp") or b""
            if isinstance(xmp, str):
                xmp = xmp.encode("utf-8", "ignore")
            for _, inner in _XMP_TEXT.findall(xmp):
                texts.append(_TAGS.sub(b" ", inner).decode("utf-8", "ignore"))
    except Exception:  # not an image we can open: screening reports it as blocked anyway
        return []
    return [" ".join(t.split()) for t in texts if t and t.strip()]


# What in a file name or caption would identify a student: names and personal information
# (policy words are for the post's own text).
PRIVACY_KINDS = ("name", "student_id", "email", "phone", "address", "birthdate")


def photo_text_findings(filename: str, data: bytes, *, students, roster_ids, notice: str) -> list[tuple[str, object]]:
    """(source, Finding) for names and PII in the file name and embedded captions."""
    from ..textcheck import check_text

    sources = [("file name", file_name_text(filename))]
    sources += [("embedded caption", t) for t in embedded_captions(data)]
    found = []
    for source, text in sources:
        if text:
            report = check_text(text, students=students, roster_ids=roster_ids, notice=notice)
            found += [(source, f) for f in report.findings if f.kind in PRIVACY_KINDS]
    return found
