"""Start the desktop app: the sign-in window first (painted before anything heavy loads), the
database opened on a background thread, then the main window for whoever signs in.

Which database: ``--db URL``, else $CLEARPOST_DATABASE_URL, else the one saved in Settings,
else the demo district in its own file in the user data directory.
"""

from __future__ import annotations

import gc
import os
import signal
import socket
import sys
import threading
import time
from typing import Callable

# OpenCV's own warnings ("[ WARN:0@1.2] ... setPreferableTarget ...") mean nothing to staff and
# printed on every start: only its errors, here and in the screening workers (they inherit the
# environment). Set before anything imports cv2; OPENCV_LOG_LEVEL set by IT still wins.
os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")

from PySide6.QtCore import QObject, QSettings, QSocketNotifier, QTimer, Signal
from PySide6.QtWidgets import QApplication

from .sign_in import SignInWindow
from .tasks import run_task

SAVED_URL_KEY = "database/url"
EXIT_AFTER_PAINT = "CLEARPOST_EXIT_AFTER_PAINT"
# Smoke test for installers and the frozen build: sign in as this e-mail (password from
# CLEARPOST_PASSWORD) once the database is open, print "main-window-shown" and quit.
SMOKE_SIGN_IN = "CLEARPOST_SMOKE_SIGN_IN"  # start-up measurement: quit once the window painted
_T0 = time.perf_counter()


def settle_heap() -> None:
    """After start-up (modules, models' proxies, the database and its mappings loaded): collect
    once and move what survives out of the garbage collector's sight (``gc.freeze``). A full
    collection then walks only what was made since, so it never stalls the window for long
    (measured: 0.3 s with 300,000 tracked objects, the size of the test process)."""
    gc.collect()
    gc.freeze()


def configured_url(cli_url: str | None, config=None) -> str | None:
    """--db, else the workstation configuration (machine policy, CLEARPOST_DATABASE_URL, machine
    and user config files: desktop_app.config), else the URL saved in the app's Settings page;
    None opens the demo district."""
    if config is None:
        from ..config import load_config

        config = load_config()
    for candidate in (cli_url, config.database_url, QSettings().value(SAVED_URL_KEY)):
        if candidate and str(candidate).strip():
            return str(candidate).strip()
    return None


def _configured(config, key: str):
    """A workstation setting that some source set (not its default), else None."""
    from ..config.loader import DEFAULT_ORIGIN

    return None if config.origin(key).startswith(DEFAULT_ORIGIN) else config[key]


class AppController(QObject):
    """Owns the context and the windows; sign-out goes back to the sign-in window."""

    def __init__(self, open_context: Callable, *, demo: bool) -> None:
        super().__init__()
        self.open_context = open_context
        self.ctx = None
        self.main_window = None
        self.sign_in = SignInWindow(demo=demo)
        self.sign_in.signed_in.connect(self.show_main)
        self.load_task = None
        self._opened = None  # the context, as soon as the loading thread has it
        self._closing = threading.Event()

    def start(self) -> None:
        self.sign_in.show()
        self.load_task = run_task(self._open, self._progress_callback(), on_done=self._loaded,
                                  on_error=self._load_failed)

    def _open(self, progress):
        ctx = self.open_context(progress)
        self._opened = ctx
        return ctx

    def _progress_callback(self):
        """A progress callback for the loading thread: a signal, delivered in the GUI thread.
        Once the app is closing it stops the demo's first-start seeding (which starts over next
        time), so the worker processes are closed promptly."""
        self._relay = _ProgressRelay()
        self._relay.progress.connect(self.sign_in.show_progress)

        def report(what: str, done: int, total: int) -> None:
            if self._closing.is_set():
                raise AppClosing("ClearPost is closing")
            self._relay.report(what, done, total)
        return report

    def _loaded(self, ctx) -> None:
        self.ctx = ctx
        settle_heap()
        self.sign_in.set_ready(ctx)
        email = os.environ.get(SMOKE_SIGN_IN)
        if email:
            run_task(ctx.auth.authenticate, email, os.environ.get("CLEARPOST_PASSWORD", ""),
                     on_done=self.show_main, on_error=self._smoke_failed)

    def _smoke_failed(self, exc) -> None:
        print(f"smoke-sign-in-failed {exc}", flush=True)
        QApplication.exit(1)

    def _load_failed(self, exc) -> None:
        self.sign_in.set_failed(str(exc))

    def show_main(self, actor) -> None:
        from .main_window import MainWindow

        self.main_window = MainWindow(self.ctx, actor)
        self.main_window.signed_out.connect(self.back_to_sign_in)
        self.main_window.show()
        self.sign_in.hide()
        if actor.roles & {"author", "principal", "director"}:
            self.ctx.workers.warm()  # models load in the worker processes while the person reads
        if os.environ.get(SMOKE_SIGN_IN):
            def shown():
                print(f"main-window-shown {self.main_window.isVisible()} {self.main_window.windowTitle()}", flush=True)
                QApplication.quit()
            QTimer.singleShot(0, shown)

    def back_to_sign_in(self) -> None:
        self.main_window = None
        self.sign_in.show()
        self.sign_in.reset()
        self.sign_in.activateWindow()

    def shutdown(self, wait_seconds: float = 60.0) -> None:
        """Close the context and its worker processes, also when the database is still being
        opened (the app was told to quit while starting): wait for that, then close."""
        self._closing.set()
        task = self.load_task
        deadline = time.monotonic() + wait_seconds
        while task is not None and task.running and time.monotonic() < deadline:
            time.sleep(0.05)  # the event loop has ended: nothing else to keep responsive
        ctx = self.ctx or self._opened
        if ctx is not None:
            ctx.close()


class AppClosing(Exception):
    """Raised in the loading thread to stop opening the database: the app is quitting."""


class QuitOnSignals(QObject):
    """SIGTERM and SIGINT (logout, shutdown, ``kill``, Ctrl+C in the terminal) quit the app the
    normal way: windows close (a draft being typed is saved), the event loop ends and
    ``run_gui`` closes the screening worker processes. Without this the process would die at
    once and leave its workers behind.

    Python runs a signal handler only between bytecodes, never while Qt's event loop waits in
    C++: the signal's number is written to a socket (``signal.set_wakeup_fd``) that a
    QSocketNotifier watches, which wakes the loop so the handler runs. A second signal while
    quitting ends the process at once (the default action)."""

    def __init__(self, app: QApplication, signals=(signal.SIGTERM, signal.SIGINT)) -> None:
        super().__init__(app)
        self.app = app
        self.received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {sig: signal.signal(sig, self._handle) for sig in signals}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self, *_args) -> None:
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _handle(self, signum, _frame) -> None:
        self.received.append(signum)
        if len(self.received) > 1:  # already quitting and asked again: stop now
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        QTimer.singleShot(0, self._quit)

    def _quit(self) -> None:
        self.app.closeAllWindows()  # the main window saves drafts and stops its pages
        self.app.quit()

    def restore(self) -> None:
        """Put back the previous handlers (after the event loop has ended)."""
        for sig, handler in self._previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()


class _ProgressRelay(QObject):
    progress = Signal(str, int, int)

    def report(self, what: str, done: int, total: int) -> None:
        self.progress.emit(what, done, total)


def run_gui(db_url: str | None = None, *, lang: str | None = None, argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setOrganizationName("ClearPost")
    app.setApplicationName("ClearPost")
    app.setApplicationDisplayName("ClearPost")
    from ..config import load_config
    from .translate import choose_language, install_translators

    config = load_config()
    config.configure_logging()
    policy_lang = _configured(config, "language")
    app._translators = install_translators(
        app, choose_language(lang or (policy_lang if policy_lang != "system" else None)))
    url = configured_url(db_url, config)
    idle_minutes = _configured(config, "idle_lock_minutes")

    def open_ctx(progress):
        from ..demo import demo_paths
        from .context import open_context

        if url is None:
            ctx = open_context(None, demo=demo_paths(), progress=progress)
        else:
            ctx = open_context(url)
        if idle_minutes is not None:  # set by policy or a config file: wins over the district default
            ctx.idle_lock_ms = idle_minutes * 60_000
        return ctx

    controller = AppController(open_ctx, demo=url is None)
    if os.environ.get(EXIT_AFTER_PAINT):
        def painted():
            print(f"painted-at {time.time():.3f}", flush=True)
            app.quit()
        controller.sign_in.first_painted.connect(painted)
    quit_on_signals = QuitOnSignals(app)
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
        quit_on_signals.restore()
