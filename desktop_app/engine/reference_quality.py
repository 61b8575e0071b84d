"""Judge a reference photo (a student's portrait) before it becomes a face template.

A poor portrait makes a poor template: the student's own photos then land far from it, and a
student with only a poor portrait would be silently less protected. Each reference face is
judged on what is known to spoil SFace features:

- **size**: fewer pixels across than ``min_size_px`` in the photo;
- **sharpness**: variance of the Laplacian of the 64 x 64 grey face below ``min_sharpness``;
- **pose**: the head turned (``yaw_ratio``) more than ``max_yaw``;
- **print screens**: a halftone-screened print (a yearbook scan: a regular grid of dots) shows
  as strong isolated peaks in the face's spectrum away from its centre (``halftone_score``);
- **stability**: the feature of a slightly changed copy (scaled down and up, recompressed)
  is farther than ``max_instability`` from the feature itself.

The outcome is a list of problems (empty: a good reference). The roster import refuses a
reference with a problem unless told to accept weak references; an accepted weak reference
is stored with its problems, named in the import report, the roster page and ``doctor``, and
faces are judged against it with a wider review margin (ScreeningSettings.weak_reference_margin).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from .detector import Detection


@dataclass(frozen=True)
class ReferenceLimits:
    min_size_px: float = 60.0
    min_sharpness: float = 40.0
    max_yaw: float = 0.35
    max_halftone: float = 150.0
    max_instability: float = 0.12


def halftone_score(pixels: np.ndarray, det: Detection) -> float:
    """How strongly the face region shows a regular dot screen: the largest isolated peak of
    its spectrum outside the low frequencies, over the median magnitude there. Measured on the
    shared FairFace portraits: 11-64 for photographs (JPEG's 8-pixel blocks make the peaks),
    340-2,000 for halftone-screened copies of them."""
    h, w = pixels.shape[:2]
    l, t = max(0, int(det.left)), max(0, int(det.top))
    r, b = min(w, int(round(det.right))), min(h, int(round(det.bottom)))
    if r - l < 32 or b - t < 32:
        return 0.0
    grey = cv2.cvtColor(np.ascontiguousarray(pixels[t:b, l:r]), cv2.COLOR_RGB2GRAY).astype(np.float32)
    grey -= float(grey.mean())
    window = np.outer(np.hanning(grey.shape[0]), np.hanning(grey.shape[1])).astype(np.float32)
    spectrum = np.abs(np.fft.fftshift(np.fft.fft2(grey * window)))
    gh, gw = spectrum.shape
    yy, xx = np.mgrid[0:gh, 0:gw]
    radius = np.hypot((yy - gh / 2) / (gh / 2), (xx - gw / 2) / (gw / 2))
    band = (radius > 0.25) & (radius < 0.95)
    if not band.any():
        return 0.0
    values = spectrum[band]
    median = float(np.median(values))
    if median <= 0:
        return 0.0
    # a peak must stand above its own neighbourhood too (a dot screen's harmonics are sharp)
    local = cv2.blur(spectrum, (5, 5))
    peaks = spectrum[band] / np.maximum(local[band], 1e-6)
    strong = values[peaks > 2.0]
    return float(strong.max() / median) if strong.size else 1.0


def perturbed(pixels: np.ndarray) -> np.ndarray:
    """A slightly worse copy of a photo, as another print or scan of it would be: scaled to
    60 % and back, and recompressed as JPEG at quality 60."""
    h, w = pixels.shape[:2]
    small = cv2.resize(pixels, (max(1, round(w * 0.6)), max(1, round(h * 0.6))), interpolation=cv2.INTER_AREA)
    back = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    ok, data = cv2.imencode(".jpg", np.ascontiguousarray(back[:, :, ::-1]), [cv2.IMWRITE_JPEG_QUALITY, 60])
    if not ok:
        return back
    return np.ascontiguousarray(cv2.imdecode(data, cv2.IMREAD_COLOR)[:, :, ::-1])


def problems(size_px: float, sharpness: float, yaw: float | None, halftone: float, instability: float | None,
             limits: ReferenceLimits = ReferenceLimits()) -> list[str]:
    """What is wrong with a reference face, in words (empty: a good reference)."""
    found = []
    if size_px < limits.min_size_px:
        found.append(f"the face is only {size_px:.0f} pixels across (at least {limits.min_size_px:.0f} wanted)")
    if not sharpness >= limits.min_sharpness:
        found.append("the face is blurred")
    if yaw is None or not abs(yaw) <= limits.max_yaw:
        found.append("the head is turned away from the camera")
    if halftone > limits.max_halftone:
        found.append("it looks like a scan of a printed photo (a dot screen)")
    if instability is None or not instability <= limits.max_instability:
        found.append("its face template is unstable (a slightly worse copy of the photo encodes differently)")
    return found
