"""Time screening and redacting a 1080p clip made from the shared photos (docs/video.md).

    uv run python benchmarks/video_bench.py [SECONDS]
"""

from __future__ import annotations

import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from video_clips import crossing, photo, write_clip  # noqa: E402

from desktop_app.imaging.loader import load_image  # noqa: E402
from desktop_app.screening.photo import PhotoScreener  # noqa: E402
from desktop_app.screening.templates import TemplateSet  # noqa: E402
from desktop_app.screening.video import VideoScreener, redact_video  # noqa: E402

FACES = Path(__file__).resolve().parents[2] / "shared" / "faces"


def main() -> None:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    screener = PhotoScreener()
    image = load_image(FACES / "people/obama/obama.jpg")
    enc = [f for f in screener.find_faces(image.frames[0].pixels, 0, 1) if f.encoding is not None][0].encoding
    templates = TemplateSet.from_pairs([("S-OBAMA", enc)])
    with tempfile.TemporaryDirectory() as tmp:
        clip = write_clip(Path(tmp) / "hd.mp4", crossing(photo(FACES / "people/obama/obama2.jpg", 800), seconds, 30,
                                                          0.0, seconds, w=1920, h=1080), fps=30, audio=True)
        video = VideoScreener(screener)
        t = time.perf_counter()
        result = video.screen(clip, templates)
        screen_s = time.perf_counter() - t
        t = time.perf_counter()
        _out, check = redact_video(clip, result, Path(tmp) / "red", video, templates)
        redact_s = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.0f} s 1080p30: {result.frames} frames, {result.samples} screened, verdict {result.verdict.value}; "
          f"screen {screen_s:.1f} s ({screen_s / seconds:.2f} s per clip-second); redact+re-screen {redact_s:.1f} s "
          f"({redact_s / seconds:.2f} s per clip-second), copy {check.verdict.value}; peak RSS {peak:.0f} MB")


if __name__ == "__main__":
    main()
