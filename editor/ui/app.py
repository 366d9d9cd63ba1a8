"""App wiring: QApplication, translators, theme, main window, sample, screenshot mode."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any

from editor import resources
from editor.errors import EditorError

APP_ID = "incident-editor"
_TRANSLATORS: list[Any] = []


def ui_language(setting: str) -> str:
    """The interface language: INCIDENT_EDITOR_UI_LANGUAGE, else the preference, else the system's; else 'en'."""
    from PySide6.QtCore import QLocale

    code = os.environ.get("INCIDENT_EDITOR_UI_LANGUAGE", "").lower() or setting or QLocale.system().name().split("_")[0]
    return code if code in ("en", "fr") else "en"


def has_display() -> bool:
    """A window can be shown: a platform plugin is forced, or X11/Wayland is reachable, or not Linux."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def install_translators(app: Any, language: str) -> list[Any]:
    """Install the app's and Qt's own translations for ``language``; returns them (keep a reference)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    installed = []
    if language == "en":
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir), (f"incident_editor_{language}", str(resources.i18n_dir()))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def create_application(argv: list[str] | None = None) -> Any:
    """The QApplication (reused when one exists), themed and translated per the settings."""
    from PySide6.QtWidgets import QApplication

    from editor.ui.icons import icon
    from editor.ui.qt_settings import QSettingsStore
    from editor.ui.theme import apply_theme

    app = QApplication.instance()
    if app is None:
        # Fusion from the start (the palettes are drawn for it). Asked for on Qt's command line it
        # costs nothing; app.style() from Python would first build the whole QStyle binding (~13 ms).
        app = QApplication([*(argv or [APP_ID]), "-style", "fusion"])
        app.setProperty("incident_fusion", True)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName("Incident Report Editor")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon("app"))
    settings = QSettingsStore().load()
    # Keep the translators referenced for the app's lifetime.
    app.setProperty("incident_language", ui_language(settings.ui_language))
    _TRANSLATORS[:] = install_translators(app, ui_language(settings.ui_language))
    apply_theme(app, settings.theme)
    return app


def _say(line: str) -> None:
    """Print a benchmark line; a reader that has gone (``| head -1``) must not stop the app quitting."""
    try:
        print(line, flush=True)
    except (BrokenPipeError, OSError):
        pass


def _screenshot(window: Any, target: Path) -> int:
    from PySide6.QtWidgets import QApplication

    section = os.environ.get("INCIDENT_EDITOR_SCREENSHOT_SECTION", "")
    if section and not window.form.scroll_to(section):
        print(f"incident-editor: error: no section {section!r} (sections: {', '.join(window.form.section_keys())})",
              file=sys.stderr)
        return 2
    focus = os.environ.get("INCIDENT_EDITOR_SCREENSHOT_FOCUS") or _first_with_evidence(window, section)
    if focus:
        window.form.focus_field(focus)
        window.show_evidence(focus)
        QApplication.processEvents()  # the scroll area follows the focus first; then the section goes on top
        if section:
            window.form.scroll_to(section)
    _settle(window)
    if section:  # late focus handling may have scrolled again
        window.form.scroll_to(section)
        QApplication.processEvents()
    target = Path(target)
    if not window.grab().save(str(target), "PNG"):
        print(f"incident-editor: error: {target}: cannot write the screenshot", file=sys.stderr)
        return 1
    return 0


def _settle(window: Any, most: float = 3.0) -> None:
    """Run the event loop until every generated text (a hint computed in the thread pool) is shown."""
    from PySide6.QtWidgets import QApplication

    started = time.monotonic()
    QApplication.processEvents()
    while time.monotonic() - started < most and window.form.hints_pending():
        QApplication.processEvents()
        time.sleep(0.005)
    for _ in range(3):
        QApplication.processEvents()


def _first_with_evidence(window: Any, section: str) -> str | None:
    """The first field or table row of ``section`` that has evidence, to show a highlight."""
    pointer = window.form.first_with_evidence(section or "organisation")
    if pointer is not None and pointer.rsplit("/", 1)[-1].isdigit():
        window.form.focus_field(pointer)  # a table row: select it
    return pointer


def check_binding(call: Any = None) -> None:
    """Refuse, in one line, a Qt binding that frees None (PySide6 6.12.0 under Python 3.11 drops a
    reference on every call returning nothing): the window would abort after some 10^4 calls."""
    if sys.version_info >= (3, 12) and call is None:
        return  # None is immortal there: the bug is harmless
    if call is None:
        from PySide6.QtCore import QObject

        probe = QObject()
        call = lambda: probe.setObjectName("probe")  # noqa: E731 - the one call probed
    before = sys.getrefcount(None)
    for _ in range(64):
        call()
    if sys.getrefcount(None) < before - 32:
        import PySide6

        raise EditorError(f"PySide6 {PySide6.__version__} loses references to None under Python "
                          f"{sys.version_info.major}.{sys.version_info.minor} and would crash the window: "
                          "install another PySide6 version (6.12.0 is excluded)")


def run_app(file: str | Path | None = None, sample: bool = False, screenshot: Path | None = None,
            size: tuple[int, int] | None = None) -> int:
    """Start the desktop editor; with ``screenshot``, render the window (``size``, else 1440×900) to a PNG, exit."""
    return _run_app(file, sample, screenshot, time.time(), size)


def _run_app(file: str | Path | None, sample: bool, screenshot: Path | None, started: float,
             size: tuple[int, int] | None = None) -> int:
    marks: list[tuple[str, float]] = []  # start-up milestones, printed with READY for the benchmark

    def mark(name: str) -> None:
        marks.append((name, time.time()))

    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif not has_display():
        # Qt would abort with a core dump; say it in one line instead.
        raise EditorError("no display to show the window on (DISPLAY/WAYLAND_DISPLAY unset); "
                          "use --screenshot FILE.png to render offscreen")
    target = str(resources.sample_article("fr")) if sample else (str(file) if file else None)
    if sample and not Path(target).is_file():
        print(f"incident-editor: error: {target}: the sample article is missing from this installation",
              file=sys.stderr)
        return 1
    prefetched = None
    if target:
        # Load and extract while the window is being built (in a child process on a second core,
        # started before Qt is imported): the two overlap instead of adding up.
        from editor.ui import prefetch

        prefetched = prefetch.start(target)
        prefetched.add_done_callback(lambda _future: mark("extracted"))
    check_binding()  # after the prefetch has started: it imports QtCore, which the prefetch must not wait for
    app = create_application(sys.argv[:1])
    mark("application")
    from editor.ui.main_window import MainWindow
    from editor.ui.prompts import DialogPrompts, Prompts

    mark("imports")
    # The form's lower sections are built after the first paint: the window shows sooner.
    window = MainWindow(prompts=Prompts() if screenshot is not None else DialogPrompts(), lazy_form=True,
                        remember=screenshot is None)
    if screenshot is not None:
        window.form.build_later = False  # a picture of the top needs no section below it (one asked for is built)
    mark("window")
    if screenshot is not None:
        window.resize(*(size or (1440, 900)))
    exit_when_ready = os.environ.get("INCIDENT_EDITOR_EXIT_WHEN_READY") == "1"
    status = {"code": 0}

    def ready(ok: bool = True) -> None:
        if screenshot is not None:
            status["code"] = _screenshot(window, screenshot) if ok else 1
            app.quit()
        elif exit_when_ready:
            mark("filled")
            # Lay out and paint the window now, as the user sees it, without running the timers that
            # build the form's lower sections (those come after, and are reported as COMPLETE).
            from PySide6.QtCore import QCoreApplication, QEvent, QTimer

            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            window.repaint()
            mark("painted")
            steps = " ".join(f"{name}={(at - started) * 1000:.0f}" for name, at in sorted(marks, key=lambda m: m[1]))
            _say(f"READY {time.time():.6f} {time.time() - started:.3f} {steps}")
            status["code"] = 0 if ok else 1

            def complete() -> None:  # every section of the form built too
                _say(f"COMPLETE {time.time():.6f} {time.time() - started:.3f}")
                QTimer.singleShot(0, app.quit)  # also right when this runs before the event loop

            if window.form.complete:
                complete()
            else:
                window.form.completed.connect(complete)

    interactive = screenshot is None and not exit_when_ready
    # An extraction already done fills the window before it is shown: one paint, no empty flash.
    # (Not when autosaved work of that file will be offered: the question comes over the shown window.)
    filled = bool(target) and not (screenshot is None and window.has_recoveries(target)) \
        and window.open_prefetched_now(target, prefetched)
    window.show()
    mark("shown")
    if interactive and not target:
        window.offer_recoveries()  # with a file, opening it offers the autosaves of that file
    if target:
        if filled:
            if exit_when_ready:
                ready(True)
            elif screenshot is not None:
                from PySide6.QtCore import QTimer

                QTimer.singleShot(0, ready)
        else:
            window.open_path(target, on_done=ready, prefetched=prefetched)
        if screenshot is not None or exit_when_ready:
            app.exec()
            window.doc.stack.setClean()  # nothing was typed: leave without prompting
            window.close()
            return status["code"]
    elif screenshot is not None or exit_when_ready:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, ready)
        app.exec()
        window.close()
        return status["code"]
    return app.exec()
