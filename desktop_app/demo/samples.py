"""The demo's sample photos, composed from the shipped FairFace portraits (no Qt).

Each sample shows one verdict with the demo roster: a class photo that includes a student with
a photo opt-out (blocked), a team photo of students without one (clear), and an assembly photo
where one face is too blurred to match with confidence (review).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageFilter, ImageOps

TILE = 300
GAP = 40
BACKGROUND = (226, 232, 240)

# file name -> (student IDs in the picture, the verdict it is meant to show)
SAMPLES: dict[str, tuple[tuple[str, ...], str]] = {
    "class-photo.jpg": (("D1004", "D1001", "D1006"), "blocked"),  # D1001 has a photo opt-out
    "team-photo.jpg": (("D1005", "D1007", "D1008"), "clear"),
    "assembly-photo.jpg": (("D1006", "D1004", "D1007"), "review"),  # the last face is blurred
}


def _tile(path: Path, *, mirror: bool = False, blur: float = 0.0) -> Image.Image:
    image = Image.open(path).convert("RGB").resize((TILE, TILE), Image.LANCZOS)
    if mirror:
        image = ImageOps.mirror(image)  # not the reference photo itself, but the same person
    if blur:
        image = image.filter(ImageFilter.GaussianBlur(blur))
    return image


def compose(faces_dir: Path, student_ids: tuple[str, ...], *, blur_last: bool = False) -> Image.Image:
    width = len(student_ids) * TILE + (len(student_ids) + 1) * GAP
    canvas = Image.new("RGB", (width, TILE + 2 * GAP), BACKGROUND)
    for i, sid in enumerate(student_ids):
        blur = 5.0 if blur_last and i == len(student_ids) - 1 else 0.0
        tile = _tile(faces_dir / f"{sid}.jpg", mirror=True, blur=blur)
        canvas.paste(tile, (GAP + i * (TILE + GAP), GAP))
    return canvas


def build_samples(faces_dir: Path, out_dir: Path) -> list[Path]:
    """Write the sample photos into out_dir (created); returns their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (ids, verdict) in SAMPLES.items():
        image = compose(faces_dir, ids, blur_last=verdict == "review")
        path = out_dir / name
        image.save(path, "JPEG", quality=90)
        written.append(path)
    return written
