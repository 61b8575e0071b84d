"""Make short test clips from the shared photographs (PyAV, libx264): a photo panned and scaled
over a plain background, appearing and leaving at given times."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from PIL import Image

W, H = 480, 360


def photo(path: Path, height: int) -> np.ndarray:
    with Image.open(path) as im:
        im = im.convert("RGB")
        return np.asarray(im.resize((round(im.width * height / im.height), height), Image.Resampling.LANCZOS))


def frame_with(still: np.ndarray | None, x: int, y: int, w: int = W, h: int = H, shade: int = 90) -> np.ndarray:
    canvas = np.full((h, w, 3), shade, np.uint8)
    if still is not None:
        sh, sw = still.shape[:2]
        x0, y0 = max(0, x), max(0, y)
        x1, y1 = min(w, x + sw), min(h, y + sh)
        if x1 > x0 and y1 > y0:
            canvas[y0:y1, x0:x1] = still[y0 - y:y1 - y, x0 - x:x1 - x]
    return canvas


def write_clip(path: Path, frames, fps: int = 12, codec: str = "libx264", rotation: int = 0,
               audio: bool = False, fmt: str | None = None, metadata: dict | None = None) -> Path:
    """Frames: an iterable of RGB arrays (all one size). ``rotation``: display matrix, degrees
    counter-clockwise (a phone held upright writes -90 with landscape-stored pixels)."""
    out = av.open(str(path), "w", format=fmt)
    if metadata:
        out.metadata.update(metadata)
    vs = None
    aus = None
    n = 0
    for pixels in frames:
        if vs is None:
            vs = out.add_stream(codec, rate=fps)
            vs.height, vs.width = pixels.shape[:2]
            vs.pix_fmt = "yuv420p" if codec != "gif" else "rgb8"
            if rotation:
                vs.set_display_rotation(rotation)
            if audio:
                aus = out.add_stream("aac", rate=16000)
                aus.layout = "mono"
        frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(pixels), format="rgb24")
        frame.pts = n
        frame.time_base = Fraction(1, fps)
        for p in vs.encode(frame):
            out.mux(p)
        n += 1
    for p in vs.encode():
        out.mux(p)
    if aus is not None:
        samples = 16000 * n // fps
        t = np.arange(samples) / 16000
        tone = (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)[None, :]
        af = av.AudioFrame.from_ndarray(tone, format="fltp", layout="mono")
        af.sample_rate = 16000
        for start in range(0, samples, 1024):
            chunk = av.AudioFrame.from_ndarray(tone[:, start:start + 1024].copy(), format="fltp", layout="mono")
            chunk.sample_rate = 16000
            chunk.pts = start
            for p in aus.encode(chunk):
                out.mux(p)
        for p in aus.encode():
            out.mux(p)
    out.close()
    return path


def crossing(still: np.ndarray, seconds: float, fps: int, enter: float, leave: float, w: int = W, h: int = H):
    """The still moves from left to right (and grows a little) between ``enter`` and ``leave``;
    the background alone before and after."""
    for i in range(int(seconds * fps)):
        t = i / fps
        if not enter <= t < leave:
            yield frame_with(None, 0, 0, w, h)
            continue
        f = (t - enter) / max(1e-6, leave - enter)
        scale = 0.85 + 0.15 * f
        sh = round(still.shape[0] * scale)
        img = np.asarray(Image.fromarray(still).resize((round(still.shape[1] * scale), sh)))
        x = round(-img.shape[1] * 0.2 + f * (w - img.shape[1] * 0.6))
        yield frame_with(img, x, (h - sh) // 2, w, h)
