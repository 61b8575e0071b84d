"""Decode and encode video clips (MP4/MOV with H.264 or HEVC, WebM, animated GIF), failing closed.

Why PyAV: its wheels ship their own FFmpeg build (libavcodec with H.264, HEVC, VP8/VP9, AV1,
GIF decoders, and libx264 and AAC encoders), so every platform the installer targets decodes
the same formats with no system FFmpeg, and frames come out as numpy arrays one at a time
(streaming: a clip is never held whole in memory). OpenCV's FFmpeg backend decodes too, but it
neither exposes the display matrix reliably nor writes audio, so a redacted copy would lose
its sound.

Bounded time and memory whatever the file says about itself: the duration, size and frame
count the container declares are checked before decoding, and checked again on every decoded
frame (a file may lie), against ``ScreeningSettings.video_max_seconds``, ``video_max_side`` and
``video_max_frames``. Any decoding error raises ``UnreadableVideoError``; beyond a limit,
``VideoLimitError``: the screener turns both into a blocked clip with the reason.

Frames are returned as the viewer sees them: the rotation phones write as a display matrix is
applied (quarter turns; ``np.rot90`` by the counter-clockwise angle).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from ..settings import ScreeningSettings

# Leading bytes of the containers screened as clips: ISO media (MP4, MOV, 3GP), Matroska/WebM,
# AVI. GIF is decoded here too, but the photo screener keeps GIFs (it screens every frame).
_FTYP_AT = 4


def sniff_video(head: bytes) -> str | None:
    """The container a file's first bytes announce, if it is a clip ("mp4", "webm", "avi")."""
    if len(head) >= 12 and head[_FTYP_AT:_FTYP_AT + 4] in (b"ftyp", b"moov", b"mdat", b"wide", b"free"):
        if head[_FTYP_AT:_FTYP_AT + 4] != b"ftyp" or not head[8:12].startswith((b"avif", b"avis", b"heic", b"heix",
                                                                               b"mif1", b"msf1", b"hevc")):
            return "mp4"
    if head[:4] == b"\x1a\x45\xdf\xa3":
        return "webm"
    if head[:4] == b"RIFF" and head[8:12] == b"AVI ":
        return "avi"
    return None


def is_video_file(path: str | Path) -> bool:
    """True when the file is a clip by its content (not by its name)."""
    try:
        with open(path, "rb") as fh:
            return sniff_video(fh.read(16)) is not None
    except OSError:
        return False


class UnreadableVideoError(Exception):
    """The clip cannot be decoded (corrupt, truncated, unsupported); it is blocked."""


class VideoLimitError(UnreadableVideoError):
    """The clip is longer, larger or has more frames than the district allows; it is blocked."""


@dataclass(frozen=True)
class VideoInfo:
    width: int  # displayed (after rotation)
    height: int
    rotation: int  # counter-clockwise quarter-turn angle applied (0, 90, 180, 270)
    duration: float | None  # seconds, as the container declares
    fps: float
    codec: str
    has_audio: bool


@dataclass
class DecodedFrame:
    index: int  # decoding order, from 0
    time: float  # seconds from the clip's start
    pixels: np.ndarray  # RGB, displayed orientation, full size


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _quarter(rotation: float | int | None) -> int:
    """Counter-clockwise quarter turns for a display-matrix angle (nearest; any odd angle rounds)."""
    return int(round((rotation or 0) / 90.0)) % 4


def _open(path: str | Path):
    import av

    try:
        return av.open(str(path), metadata_errors="ignore")
    except Exception as exc:  # av.FFmpegError, OSError, ...
        raise UnreadableVideoError(f"not a readable video: {exc}") from exc


def _check_size(width: int, height: int, settings: ScreeningSettings) -> None:
    if width <= 0 or height <= 0:
        raise UnreadableVideoError("the video has no picture size")
    if max(width, height) > settings.video_max_side or min(width, height) > settings.video_max_short_side:
        raise VideoLimitError(f"video too large to screen ({width}x{height}; the limit is "
                              f"{settings.video_max_side}x{settings.video_max_short_side})")


def _declared(container, stream) -> tuple[float | None, int]:
    duration = None
    if stream.duration is not None and stream.time_base:
        duration = float(stream.duration * stream.time_base)
    elif container.duration is not None:
        duration = container.duration / 1_000_000
    return duration, int(stream.frames or 0)


def probe(path: str | Path, settings: ScreeningSettings) -> VideoInfo:
    """What the container declares, checked against the limits (raises beyond them)."""
    container = _open(path)
    try:
        if not container.streams.video:
            raise UnreadableVideoError("the file has no video stream")
        stream = container.streams.video[0]
        cc = stream.codec_context
        duration, frames = _declared(container, stream)
        if duration is not None and duration > settings.video_max_seconds:
            raise VideoLimitError(f"video too long to screen ({duration:.0f} s; the limit is "
                                  f"{settings.video_max_seconds:.0f} s)")
        if frames > settings.video_max_frames:
            raise VideoLimitError(f"video has too many frames to screen ({frames}; the limit is "
                                  f"{settings.video_max_frames})")
        _check_size(cc.width, cc.height, settings)
        rate = stream.average_rate or stream.guessed_rate or stream.base_rate
        return VideoInfo(cc.width, cc.height, 0, duration, float(rate) if rate else 0.0, cc.name,
                         bool(container.streams.audio))
    finally:
        container.close()


def decode_frames(path: str | Path, settings: ScreeningSettings,
                  want: Callable[[int, float, object], bool] | None = None) -> Iterator[DecodedFrame]:
    """Every frame of the clip's first video stream, displayed-oriented, within the limits.

    ``want(index, time, av_frame)`` may say a frame is not needed: it is decoded (it must be,
    to reach the next) but not converted to RGB, which is most of the cost of a frame. Raises
    UnreadableVideoError on any decoding error (after the frames before it were yielded: the
    caller must treat the whole clip as failed) and VideoLimitError beyond a limit."""
    probe(path, settings)
    container = _open(path)
    try:
        stream = container.streams.video[0]
        stream.thread_type = "AUTO"
        start = None
        index = -1
        try:
            for frame in container.decode(stream):
                index += 1
                if index >= settings.video_max_frames:
                    raise VideoLimitError(f"video has too many frames to screen (more than "
                                          f"{settings.video_max_frames})")
                t = frame.time if frame.time is not None else index / 30.0
                start = t if start is None else start
                t -= start
                if t > settings.video_max_seconds:
                    raise VideoLimitError(f"video too long to screen (more than {settings.video_max_seconds:.0f} s)")
                _check_size(frame.width, frame.height, settings)
                if want is not None and not want(index, t, frame):
                    continue
                k = _quarter(frame.rotation)
                pixels = frame.to_ndarray(format="rgb24")
                if k:
                    pixels = np.ascontiguousarray(np.rot90(pixels, k))
                yield DecodedFrame(index, t, pixels)
        except (UnreadableVideoError, GeneratorExit):
            raise
        except Exception as exc:  # av.error.InvalidDataError and friends
            raise UnreadableVideoError(f"the video could not be decoded after frame {index}: {exc}") from exc
        if index < 0:
            raise UnreadableVideoError("the video has no decodable frames")
    finally:
        container.close()


def grey_signature(frame, side: int = 32) -> np.ndarray:
    """A tiny grey thumbnail of an av.VideoFrame (for scene cuts): cheap, no RGB conversion."""
    small = frame.reformat(width=side, height=side, format="gray")
    return small.to_ndarray().astype(np.float32)


# -- writing ----------------------------------------------------------------------------------

VIDEO_CODEC = "libx264"  # in PyAV's wheels (checked: av.codec.Codec("libx264", "w"))
FALLBACK_VIDEO_CODEC = "mpeg4"
AUDIO_CODEC = "aac"  # FFmpeg's native AAC encoder


def _video_encoder() -> str:
    import av

    try:
        av.codec.Codec(VIDEO_CODEC, "w")
        return VIDEO_CODEC
    except Exception:  # pragma: no cover - a build of PyAV without libx264
        return FALLBACK_VIDEO_CODEC


def rewrite(path: str | Path, out_path: Path, settings: ScreeningSettings,
            edit: Callable[[int, np.ndarray], np.ndarray]) -> Path:
    """Write an H.264/AAC MP4 copy of the clip, every frame passed through ``edit(index, rgb)``.

    The copy is built from decoded pixels and samples: displayed orientation (no display
    matrix), no container or stream metadata (GPS, creation time, device), no subtitles or data
    streams. Audio is re-encoded to AAC. Streams frame by frame (memory stays bounded)."""
    import av

    probe(path, settings)
    out_path = out_path.with_suffix(".mp4")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    src = _open(path)
    try:
        out = av.open(str(out_path), "w", format="mp4")
    except Exception:
        src.close()
        raise
    try:
        vin = src.streams.video[0]
        ain = src.streams.audio[0] if src.streams.audio else None
        rate = vin.average_rate or vin.guessed_rate or Fraction(25)
        rate = Fraction(rate).limit_denominator(1001)
        vout = None
        aout = resampler = None
        if ain is not None and ain.codec_context.sample_rate:
            aout = out.add_stream(AUDIO_CODEC, rate=ain.codec_context.sample_rate)
            aout.layout = "stereo" if ain.codec_context.channels >= 2 else "mono"
            resampler = av.AudioResampler(format="fltp", layout=aout.layout.name, rate=aout.rate)
        out.metadata.clear()
        streams = [vin] + ([ain] if aout is not None else [])
        index = -1
        start = None
        for packet in src.demux(*streams):
            for frame in packet.decode():
                if packet.stream.type == "audio":
                    for rf in resampler.resample(frame):
                        rf.pts = None
                        for p in aout.encode(rf):
                            out.mux(p)
                    continue
                index += 1
                if index >= settings.video_max_frames:
                    raise VideoLimitError("video has too many frames")
                k = _quarter(frame.rotation)
                pixels = frame.to_ndarray(format="rgb24")
                if k:
                    pixels = np.ascontiguousarray(np.rot90(pixels, k))
                pixels = edit(index, pixels)
                h, w = pixels.shape[:2]
                if vout is None:
                    vout = out.add_stream(_video_encoder(), rate=rate)
                    vout.width, vout.height = w - w % 2, h - h % 2
                    vout.pix_fmt = "yuv420p"
                    vout.options = {"crf": "20", "preset": "veryfast"} if vout.codec_context.name == "libx264" else {}
                    vout.codec_context.time_base = Fraction(1, 90000)
                    start = frame.time or 0.0
                pixels = np.ascontiguousarray(pixels[:vout.height, :vout.width])
                vf = av.VideoFrame.from_ndarray(pixels, format="rgb24")
                t = (frame.time if frame.time is not None else start + index / float(rate)) - start
                vf.pts = int(round(max(0.0, t) * 90000))
                vf.time_base = Fraction(1, 90000)
                for p in vout.encode(vf):
                    out.mux(p)
        if vout is None:
            raise UnreadableVideoError("the video has no decodable frames")
        for p in vout.encode():
            out.mux(p)
        if aout is not None:
            for rf in resampler.resample(None):
                rf.pts = None
                for p in aout.encode(rf):
                    out.mux(p)
            for p in aout.encode():
                out.mux(p)
    except UnreadableVideoError:
        out.close()
        out_path.unlink(missing_ok=True)
        raise
    except Exception as exc:
        out.close()
        out_path.unlink(missing_ok=True)
        raise UnreadableVideoError(f"the redacted copy could not be written: {exc}") from exc
    finally:
        src.close()
    out.close()
    return out_path
