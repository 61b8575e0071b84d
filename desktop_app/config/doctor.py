"""The checks behind `clearpost doctor`: is this workstation set up right?

Each check returns PASS, WARN or FAIL with a one-line summary and a few detail lines, short
enough to paste into a ticket. Nothing here changes anything: the database is opened without
upgrading it, and a SQLite file that does not exist yet is not created.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from .. import __version__
from .loader import Config, load_config
from .schema import SETTINGS

PASS, WARN, FAIL = "PASS", "WARN", "FAIL"
PROBE_IMAGE = Path(__file__).with_name("data") / "doctor_face.jpg"
DISK_FAIL_BYTES = 200 * 1024**2
DISK_WARN_BYTES = 1024**3
CONNECT_TIMEOUT_S = "10"
QT_PROBE_TIMEOUT_S = 60
# The Qt platform check runs this in a child process (a platform plugin that cannot load aborts
# the process); the frozen executable runs it when given QT_PROBE_ARG (desktop_app.__main__).
QT_PROBE_ARG = "--qt-platform-probe"
QT_PROBE = ("import sys\n"
            "from PySide6.QtGui import QGuiApplication\n"
            "app = QGuiApplication(sys.argv[:1])\n"
            "print('qt-platform-ok', app.platformName(), flush=True)\n")
# Libraries Qt's platform plugins need that a bare Linux install may lack: Debian package names.
QT_LIBRARY_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0", "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-xkb.so.1": "libxcb-xkb1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1", "libxcb-shm.so.0": "libxcb-shm0", "libxcb-randr.so": "libxcb-randr0",
    "libX11-xcb.so.1": "libx11-xcb1", "libxcb.so.1": "libxcb1", "libEGL.so.1": "libegl1", "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0", "libfontconfig.so.1": "libfontconfig1", "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0", "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0", "libwayland-egl.so.1": "libwayland-egl1",
}


@dataclass
class Check:
    name: str
    status: str
    summary: str
    details: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"name": self.name, "status": self.status, "summary": self.summary, "details": self.details}


def _mask(key: str, value: object) -> str:
    if key == "database_url" and value:
        from sqlalchemy.engine import make_url

        try:
            return make_url(str(value)).render_as_string(hide_password=True)
        except Exception:
            return "(unparseable URL)"
    return repr(value) if isinstance(value, str) else str(value)


def check_configuration(config: Config) -> Check:
    details = []
    for setting in SETTINGS:
        resolved = config.resolved[setting.key]
        shown = _mask(setting.key, resolved.value)
        if setting.key == "database_url" and not resolved.value:
            shown += " (SQLite in the user data directory)"
        details.append(f"{setting.key} = {shown}  [{resolved.origin}]")
    found = [r.label for r in config.sources if r.present]
    details.append("sources read: " + (", ".join(found) if found else "none (all defaults)"))
    details += [f"error: {e}" for e in config.errors] + [f"warning: {w}" for w in config.warnings]
    status = FAIL if config.errors else WARN if config.warnings else PASS
    summary = {PASS: f"{len(SETTINGS)} settings resolved",
               WARN: f"{len(config.warnings)} warning(s)",
               FAIL: f"{len(config.errors)} setting(s) unusable"}[status]
    return Check("configuration", status, summary, details)


@contextmanager
def _connect_timeout():
    """libpq waits for an unreachable server for minutes by default; doctor should not."""
    before = os.environ.get("PGCONNECT_TIMEOUT")
    if before is None:
        os.environ["PGCONNECT_TIMEOUT"] = CONNECT_TIMEOUT_S
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("PGCONNECT_TIMEOUT", None)


def check_database(url: str, origin: str) -> Check:
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from ..storage.database import Database, DatabaseError

    try:
        db = Database(url, upgrade=False)
    except DatabaseError as exc:
        return Check("database", FAIL, "cannot use the database URL", [str(exc), f"from {origin}"])
    details = [f"url: {db.safe_url}  [{origin}]"]
    try:
        if db.is_sqlite:
            path = make_url(db.url).database
            if path and path != ":memory:" and not Path(path).exists():
                return Check("database", WARN, "no database file yet (ClearPost creates it when it starts)",
                             details + [f"file: {path}"])
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(db.alembic_config())
        head = script.get_current_head()
        try:
            with _connect_timeout(), db.engine.connect() as connection:
                if not db.is_sqlite:
                    server = connection.execute(text("SHOW server_version")).scalar()
                    user = connection.execute(text("SELECT current_user")).scalar()
                    details.append(f"server: PostgreSQL {server}, signed in as {user}")
            current = db.current_revision()
        except Exception as exc:  # driver errors carry the server's own message
            message = str(getattr(exc, "orig", None) or exc).strip().splitlines()
            return Check("database", FAIL, "cannot connect", details + message[:3])
        details.append(f"schema: {current or 'none'}, this version expects {head}")
        if current == head:
            return Check("database", PASS, f"connected; schema {current} is current", details)
        if current is None:
            return Check("database", WARN, "connected; database is empty (ClearPost creates the tables "
                                           "when it first opens it)", details)
        known = {r.revision for r in script.walk_revisions()}
        if current not in known:
            return Check("database", FAIL, f"schema {current} is newer than this ClearPost: install "
                                           "the current version", details)
        return Check("database", WARN, f"schema {current} is behind {head}: ClearPost upgrades it when it "
                                       "next opens the database", details)
    finally:
        db.dispose()


def check_models() -> Check:
    from ..engine.models import ModelIntegrityError, ModelsMissingError, model_paths, verified_model
    from ..engine.recognizer import MODEL_ID, SFACE_SHA256

    from ..engine.cohort import COHORT_FILE, COHORT_SHA256

    try:
        paths = model_paths()
        verified_model(paths.sface, SFACE_SHA256)
        verified_model(paths.sface.with_name(COHORT_FILE), COHORT_SHA256)
    except ModelIntegrityError as exc:
        return Check("face models", FAIL, "altered", [str(exc)])
    except ModelsMissingError as exc:
        return Check("face models", FAIL, "missing", [str(exc)])
    used = (paths.sface, paths.centerface, paths.shape_predictor_5)
    details = [f"{p}  ({p.stat().st_size / 1024**2:.1f} MiB)" for p in used]
    details.append(f"face matcher: {MODEL_ID} (sha256 checked); score-normalisation cohort {COHORT_FILE} "
                   "(sha256 checked)")
    return Check("face models", PASS, "found and checked", details)


def check_screening(models_ok: bool, image: Path = PROBE_IMAGE) -> Check:
    """Screen a bundled photo of one face: found, encoded, clear against an empty roster, and
    restricted against a roster holding its own template."""
    if not models_ok:
        return Check("test screening", FAIL, "not run: the face models are missing")
    try:

        from ..imaging.loader import load_image
        from ..screening.photo import PhotoScreener
        from ..screening.results import ImageVerdict
        from ..screening.templates import TemplateSet

        started = time.perf_counter()
        screener = PhotoScreener()
        data = image.read_bytes()
        first = screener.screen(data, TemplateSet.empty(), path=image.name)
        portrait = max(first.faces, key=lambda f: f.size_px) if first.faces else None
        # the portrait's face (the screener may also box a small pattern in the background)
        if first.error or portrait is None or first.verdict is not ImageVerdict.CLEAR:
            return Check("test screening", FAIL, f"expected the face in {image.name} to be found and clear, got "
                         f"{len(first.faces)} face(s), verdict {first.verdict.value}",
                         [first.error] if first.error else [])
        frame = load_image(data, screener.settings.max_side).frames[0]
        found = [f for f in screener.find_faces(frame.pixels) if f.encoding is not None]
        if not found:
            return Check("test screening", FAIL, "the face was found but could not be encoded")
        roster = TemplateSet.from_pairs([("SELFTEST", max(found, key=lambda f: f.size_px).encoding)])
        second = screener.screen(data, roster, path=image.name)
        restricted = max(second.faces, key=lambda f: f.size_px) if second.faces else None
        if second.verdict is ImageVerdict.CLEAR or restricted is None or restricted.student_id != "SELFTEST":
            return Check("test screening", FAIL, "the face did not match its own template")
        elapsed = time.perf_counter() - started
    except Exception as exc:  # any engine failure is what doctor is for
        return Check("test screening", FAIL, f"engine error: {type(exc).__name__}: {exc}")
    return Check("test screening", PASS, f"the face was found and matched its own template ({elapsed:.1f} s)",
                 [f"image: {image}"])


def qt_platform_probe() -> int:
    """What the Qt platform check's child process runs (``QT_PROBE``): start Qt's GUI layer."""
    exec(compile(QT_PROBE, "<qt-platform-probe>", "exec"), {"__name__": "__qt_platform_probe__"})
    return 0


def _qt_messages(stderr: str, missing: list[str]) -> list[str]:
    """Qt's own words about the platform plugin, without the plugin loader's debug chatter (and
    without Qt 6.5's blanket xcb-cursor hint when that library is in fact installed)."""
    keep = []
    for line in stderr.splitlines():
        line = line.strip()
        if "xcb-cursor0 or libxcb-cursor0 is needed" in line and "libxcb-cursor.so.0" not in missing:
            continue
        if line.startswith(("qt.qpa.", "This application failed", "Available platform plugins")) and line not in keep:
            keep.append(line)
    return keep[:6]


def _loadable(library: str) -> bool:
    import ctypes

    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def _missing_libraries(stderr: str) -> list[str]:
    """System libraries a platform plugin could not load: the one the loader names, and every
    other one ``ldd`` finds missing for that plugin."""
    missing = set(re.findall(r"(lib[\w.+-]+?\.so(?:\.\d+)*): cannot open shared object file", stderr))
    for plugin in sorted(set(re.findall(r"Cannot load library (\S+?\.so):", stderr))):
        try:
            out = subprocess.run(["ldd", plugin], capture_output=True, text=True, timeout=15,
                                 stdin=subprocess.DEVNULL).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        missing |= set(re.findall(r"^\s*(\S+) => not found", out, re.MULTILINE))
    if "libxcb-cursor0 is needed" in stderr and sys.platform.startswith("linux") \
            and not _loadable("libxcb-cursor.so.0"):
        missing.add("libxcb-cursor.so.0")
    return sorted(missing)


def check_qt_platform(platform_name: str | None = None, timeout: float = QT_PROBE_TIMEOUT_S) -> Check:
    """Start Qt's GUI layer in a child process with the platform the app would use (the
    desktop's, or ``QT_QPA_PLATFORM``; ``platform_name`` overrides both): FAIL with Qt's
    message and the missing system libraries when its platform plugin does not load (e.g.
    libxcb-cursor0 on a bare Debian install), WARN when there is no display to connect to."""
    env = dict(os.environ)
    if platform_name:
        env["QT_QPA_PLATFORM"] = platform_name
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    env["QT_DEBUG_PLUGINS"] = "1"  # Qt then names the library a plugin could not load
    if getattr(sys, "frozen", False):
        command = [sys.executable, QT_PROBE_ARG]
    else:
        command = [sys.executable, "-c", QT_PROBE]
    details = [f"QT_QPA_PLATFORM={requested}: the desktop's own plugin was not checked"] if requested else []
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, errors="replace",
                                timeout=timeout, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return Check("Qt platform", FAIL, f"Qt did not start within {timeout:.0f} s", details)
    except OSError as exc:
        return Check("Qt platform", FAIL, f"cannot run the check: {exc}", details)
    started = re.search(r"^qt-platform-ok (\S+)", result.stdout, re.MULTILINE)
    if result.returncode == 0 and started:
        return Check("Qt platform", PASS, f"the {started.group(1)} platform plugin loads", details)
    missing = _missing_libraries(result.stderr)
    packages = sorted({QT_LIBRARY_PACKAGES.get(lib, "") for lib in missing} - {""})
    named = re.search(r'platform plugin "([^"]+)"', result.stderr)
    plugin = named.group(1) if named else (requested or "default")
    if missing:
        details.append("missing system libraries: " + ", ".join(missing))
    if packages:
        details.append("install them (Debian/Ubuntu): sudo apt-get install " + " ".join(packages))
    details += _qt_messages(result.stderr, missing) or [
        f"exit status {result.returncode}", *result.stderr.strip().splitlines()[-3:]]
    if f'Could not find the Qt platform plugin "{plugin}"' in result.stderr:
        return Check("Qt platform", FAIL, f'Qt has no platform plugin "{plugin}": the app would not start '
                     "(check QT_QPA_PLATFORM)", details)
    if missing:
        return Check("Qt platform", FAIL, f"Qt's {plugin} platform plugin cannot load, system libraries are "
                     f"missing ({', '.join(packages or missing)}): the app would not start", details)
    if "could not connect to display" in result.stderr and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        return Check("Qt platform", WARN, f"the {plugin} platform plugin loads, but there is no display here "
                     "(DISPLAY is not set): run doctor in the desktop session to check it", details)
    return Check("Qt platform", FAIL, f"Qt's {plugin} platform plugin cannot start: the app would not start",
                 details)


def data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("ClearPost", "ClearPost"))


def check_disk(path: Path) -> Check:
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        free = shutil.disk_usage(probe).free
    except OSError as exc:
        return Check("disk space", FAIL, f"cannot measure free space at {path}: {exc}")
    gib = free / 1024**3
    status = FAIL if free < DISK_FAIL_BYTES else WARN if free < DISK_WARN_BYTES else PASS
    return Check("disk space", status, f"{gib:.1f} GiB free", [f"data directory: {path}"])


def header() -> str:
    frozen = "frozen build" if getattr(sys, "frozen", False) else f"Python {platform.python_version()}"
    return (f"ClearPost doctor: clearpost {__version__} ({frozen}) on {platform.platform(terse=True)}, "
            f"host {socket.gethostname()}, {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")


CHECKS = ("configuration", "database", "roster templates", "face models", "test screening", "Qt platform",
          "disk space")


def run_checks(cli_url: str | None = None, config: Config | None = None, *,
               data_path: Path | None = None, only: tuple[str, ...] = CHECKS) -> list[Check]:
    """The checks named in ``only`` (default: all), in the order IT reads them."""
    config = config if config is not None else load_config()
    checks = [check_configuration(config)] if "configuration" in only else []
    if "database" in only:
        checks.append(_database(cli_url, config))
        if "roster templates" in only and checks[-1].status == PASS:
            checks.append(check_roster_templates(cli_url, config))
    if "face models" in only or "test screening" in only:
        model_check = check_models()
        if "face models" in only:
            checks.append(model_check)
        if "test screening" in only:
            checks.append(check_screening(model_check.status == PASS))
    if "Qt platform" in only:
        checks.append(check_qt_platform())
    if "disk space" in only:
        checks.append(check_disk(data_path or data_dir()))
    return checks


def _database(cli_url: str | None, config: Config) -> Check:
    from ..storage.database import resolve_url

    if cli_url and cli_url.strip():
        origin = "--db"
    elif config.database_url:
        origin = config.origin("database_url")
    else:
        origin = "default: SQLite in the user data directory"
    try:
        url = resolve_url(cli_url, config)
    except Exception as exc:
        return Check("database", FAIL, "cannot resolve the database URL", [str(exc)])
    return check_database(url, origin)


def check_roster_templates(cli_url: str | None, config: Config) -> Check:
    """Templates made by an older face model (screening refuses until re-encoded) and opted-out
    students no template can recognise."""
    from ..roster.service import RosterService
    from ..storage.database import Database, resolve_url

    try:
        db = Database(resolve_url(cli_url, config), upgrade=False)
    except Exception as exc:
        return Check("roster templates", FAIL, "cannot open the database", [str(exc)])
    try:
        roster = RosterService(db)
        stale = roster.stale_template_count()
        unprotected = roster.unprotected()
        names = roster.display_names(unprotected[:20])
        weak, weak_unnamed = roster.weak_references()
    except Exception as exc:
        return Check("roster templates", FAIL, f"cannot read the roster: {type(exc).__name__}: {exc}")
    finally:
        db.dispose()
    details = []
    if unprotected:
        shown = ", ".join(f"{names.get(sid, sid)} ({sid})" for sid in unprotected[:20]) \
            + (f" and {len(unprotected) - 20} more" if len(unprotected) > 20 else "")
        details.append(f"opted-out students with no usable face template (cannot be recognised): {shown}")
    if weak:
        details.append(f"opted-out students whose only reference photos are weak (judged more cautiously; import a "
                       f"better portrait): {'; '.join(weak[:20])}" + (f" and {len(weak) - 20} more" if len(weak) > 20
                                                                     else ""))
    if weak_unnamed:
        details.append(f"{weak_unnamed} students without an opt-out have only weak reference photos")
    if stale:
        return Check("roster templates", FAIL, f"{stale} templates were made by an older face model: screening "
                     "is refused until `clearpost roster reencode` is run", details)
    if unprotected:
        return Check("roster templates", WARN, f"{len(unprotected)} opted-out students cannot be recognised",
                     details)
    if weak:
        return Check("roster templates", WARN, f"{len(weak)} opted-out students have only weak reference photos",
                     details)
    return Check("roster templates", PASS, "every opted-out student has a current face template")


def render(checks: list[Check]) -> str:
    width = max(len(c.name) for c in checks)
    lines = [header()]
    for c in checks:
        lines.append(f"{c.status}  {c.name:<{width}}  {c.summary}")
        lines += [f"      {'':<{width}}  {d}" for d in c.details]
    failed = [c.name for c in checks if c.status != PASS]
    lines.append("Result: all checks passed" if not failed else f"Result: needs attention: {', '.join(failed)}")
    return "\n".join(lines)
