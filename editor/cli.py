"""Command line: the desktop app (default), extract, export, batch, template check.

Imports are lazy: ``extract`` never imports Qt or python-docx, and its plain form
(``extract ARTICLE --json``, what the app's prefetch child runs) not even argparse.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING

from editor import __version__
from editor.errors import EditorError, plain_words

if TYPE_CHECKING:
    import argparse

PROG = "incident-editor"
COMMANDS = ("extract", "export", "batch", "template", "merge")
STAGES = ("early_warning", "incident_notification", "intermediate", "final", "progress")
FORMATS = ("docx", "json", "md", "veris", "stix")
LANGUAGES = ("fr", "en", "nl", "de")
PAPERS = ("a4", "letter")


class UsageError(Exception):
    """Bad command-line words: exit 2."""


def _iso_date(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


def _plain_extract(argv: list[str]) -> SimpleNamespace | None:
    """The arguments of ``extract ARTICLE [--json] [--debug]`` (any order after ``extract``), read
    without argparse, whose import and parsers cost ~10 ms of a ~150 ms process; None for anything else
    (options with values, abbreviations, help, an ARTICLE starting with "-"): argparse reads those."""
    if not argv or argv[0] != "extract":
        return None
    positional = [a for a in argv[1:] if not a.startswith("-")]
    if len(positional) != 1 or any(a not in ("--json", "--debug") for a in argv[1:] if a.startswith("-")):
        return None
    return SimpleNamespace(command="extract", article=positional[0], published=None, language=None,
                           json="--json" in argv, output=None, debug="--debug" in argv)


def _parser_class() -> type[argparse.ArgumentParser]:
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> None:  # argparse would exit itself; we want one code path
            raise UsageError(f"{self.prog}: {message}")

    return _Parser


def _build_parsers() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The app's parser and the commands' parser."""
    return _app_parser(), _command_parser()


def _app_parser() -> argparse.ArgumentParser:
    """``incident-editor [FILE] [--sample] [--screenshot PNG]``: built alone for the app (the commands'
    parsers, with their subparsers, take ~8 ms more of the window's start)."""
    _Parser = _parser_class()
    app = _Parser(prog=PROG, description="Incident Report Editor: article → incident form → Word report.",
                  epilog="Commands: extract, export, batch, template check (see 'incident-editor COMMAND --help').")
    app.add_argument("file", nargs="?", help="article, project (.incident.json) or exported report (.docx) to open")
    app.add_argument("--sample", action="store_true", help="open the bundled sample article, extracted")
    app.add_argument("--screenshot", metavar="PNG", type=Path, help="render the main window to PNG and exit")
    app.add_argument("--size", metavar="WxH", type=_window_size, help="window size for --screenshot (default 1440x900)")
    app.add_argument("--section", metavar="KEY", help="with --screenshot: scroll the form to this section")
    app.add_argument("--theme", choices=("light", "dark"), help="with --screenshot: force the theme")
    app.add_argument("--ui-language", choices=("en", "fr"), help="with --screenshot: the interface language")
    app.add_argument("--debug", action="store_true", help="show tracebacks")
    app.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return app


def _window_size(text: str) -> tuple[int, int]:
    """``1024x700`` → (1024, 700)."""
    import argparse

    width, sep, height = text.lower().partition("x")
    if not sep or not width.isdigit() or not height.isdigit() or int(width) < 200 or int(height) < 200:
        raise argparse.ArgumentTypeError(f"{text!r} is not a window size like 1024x700")
    return int(width), int(height)


def _command_parser() -> argparse.ArgumentParser:
    """``incident-editor extract|export|batch|template …``."""
    import argparse

    _Parser = _parser_class()
    cmds = _Parser(prog=PROG)
    cmds.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = cmds.add_subparsers(dest="command", required=True, parser_class=_Parser)

    ex = sub.add_parser("extract", help="article → incident JSON")
    ex.add_argument("article", help="article file (txt, md, html, docx, pdf) or http(s) URL")
    ex.add_argument("--published", type=_iso_date, help="publication date YYYY-MM-DD (overrides the article's)")
    ex.add_argument("--language", choices=LANGUAGES, help="article language (default: detected)")
    ex.add_argument("--json", action="store_true", help="print JSON (the default; kept for scripts)")
    ex.add_argument("-o", "--output", type=Path, help="write the JSON to this file instead of stdout")
    ex.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    exp = sub.add_parser("export", help="article, project or report → docx/json/md/veris/stix")
    exp.add_argument("input", help="article, project file (.incident.json) or exported .docx")
    exp.add_argument("-o", "--output", type=Path, required=True, help="output file")
    exp.add_argument("--format", choices=FORMATS, help="output format (default: from the output's extension)")
    exp.add_argument("--lang", choices=LANGUAGES, help="report language (default: the report's, else the article's)")
    exp.add_argument("--template", type=Path, help="a .docx whose styles and letterhead the report uses")
    exp.add_argument("--published", type=_iso_date, help="publication date for an article input")
    exp.add_argument("--tlp", choices=("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED"), help="TLP label")
    exp.add_argument("--paper", choices=PAPERS, type=str.lower,
                     help="page size of the Word report (default: A4; a template keeps its own)")
    exp.add_argument("--stage", choices=STAGES, help="the report's NIS2 stage (default: the report's own)")
    exp.add_argument("--record-submission", action="store_true",
                     help="record this export as the stage's submission (stage, version, date, values): the output "
                          "keeps it, and so does INPUT when it is a project file, so the next stage's report says "
                          "what changed since")
    exp.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    bat = sub.add_parser("batch", help="many articles → reports, with summary.json and summary.csv")
    bat.add_argument("inputs", nargs="+", help="files and folders")
    bat.add_argument("-o", "--output", type=Path, required=True, help="output folder")
    bat.add_argument("--format", default="docx,json", help="comma-separated formats (default docx,json)")
    bat.add_argument("--lang", choices=LANGUAGES, help="report language")
    bat.add_argument("--paper", choices=PAPERS, type=str.lower, help="page size of the Word reports (default: A4)")
    bat.add_argument("--jobs", type=int, default=0, help="worker processes (default: every core)")
    bat.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    mrg = sub.add_parser("merge", help="articles, projects or reports about one incident → one incident JSON")
    mrg.add_argument("inputs", nargs="+", help="articles, project files or exported .docx reports, in any order")
    mrg.add_argument("-o", "--output", type=Path, required=True, help="the merged project (.incident.json)")
    mrg.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    tpl = sub.add_parser("template", help="work with report templates")
    tsub = tpl.add_subparsers(dest="template_command", required=True, parser_class=_Parser)
    chk = tsub.add_parser("check", help="list what a .docx template lacks or breaks")
    chk.add_argument("template", type=Path)
    chk.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)
    return cmds


def _write_text(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
        return
    from editor.storage import atomic_write_bytes

    atomic_write_bytes(output, text.encode("utf-8"), mode=0o600)  # the incident JSON: the owner's only


def cmd_extract(args: argparse.Namespace) -> int:
    """`extract`: load, extract, print the incident JSON."""
    from editor.pipeline import extract_file

    from editor.extraction import capped_note

    report = extract_file(args.article, published=args.published, language=args.language)
    note = capped_note(report.source.text)
    if note:  # the JSON stays exact; the user learns that only the beginning was read
        print(f"{PROG}: warning: {args.article}: {note}", file=sys.stderr)
    _write_text(report.to_json(indent=2), args.output)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """`export`: any input → one output format."""
    from editor.export import SUFFIXES, ExportOptions, format_of_name, write
    from editor.pipeline import open_any

    named = format_of_name(args.output)
    if args.format and named != args.format.lower():
        # Written as asked, but a .md holding a Word file would puzzle whoever opens it: say so.
        print(f"{PROG}: note: {args.output}: the name does not end in {SUFFIXES[args.format.lower()]}; "
              f"the file is {args.format.lower()} all the same", file=sys.stderr)
    report = open_any(args.input, published=args.published)
    if args.stage:
        from editor.model.enums import ReportStage

        report.report.stage = ReportStage(args.stage)
    if args.record_submission:
        from datetime import datetime

        from editor.model.multi import record_submission

        record_submission(report, when=datetime.now().strftime("%Y-%m-%dT%H:%M"))
    options = ExportOptions(language=args.lang, template=args.template,
                            tlp=f"TLP:{args.tlp}" if args.tlp else None, paper=args.paper)
    write(report, args.output, fmt=args.format, options=options)
    if args.record_submission and str(args.input).lower().endswith(".incident.json"):
        from editor.storage import save_project

        save_project(report, args.input)  # the project keeps the submission too (atomic, 0600)
    return 0


def cmd_batch(args: argparse.Namespace) -> int:
    """`batch`: many inputs, every core, a summary; non-zero if any input failed."""
    from editor.batch import run_batch

    return run_batch(args.inputs, args.output, formats=args.format.split(","), language=args.lang, paper=args.paper,
                     jobs=args.jobs)


def cmd_template(args: argparse.Namespace) -> int:
    """`template check T.docx`: what the template lacks or breaks."""
    from editor.export.template import check_template

    problems = check_template(args.template)
    for line in problems:
        print(line)
    if not problems:
        print(f"{args.template}: template is complete")
    return 1 if any(p.startswith("error") for p in problems) else 0


def cmd_merge(args: argparse.Namespace) -> int:
    """`merge INPUT… -o OUT`: one incident from several articles; a summary of each source on stdout."""
    from editor.merge.command import run_merge

    return run_merge(args.inputs, args.output)


def cmd_app(args: argparse.Namespace) -> int:
    """The desktop app (optionally with a file, the sample, or a screenshot)."""
    try:
        from editor.ui.app import run_app
    except ImportError as exc:  # e.g. Qt libraries missing on a headless machine
        raise EditorError(f"the desktop app cannot start: {exc}") from exc
    if args.screenshot is not None:
        # Options of the screenshot only: passed as the environment the app already reads.
        for name, value in (("INCIDENT_EDITOR_SCREENSHOT_SECTION", args.section), ("INCIDENT_EDITOR_THEME", args.theme),
                            ("INCIDENT_EDITOR_UI_LANGUAGE", args.ui_language)):
            if value:
                os.environ[name] = value
    return run_app(file=args.file, sample=args.sample, screenshot=args.screenshot, size=args.size)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `incident-editor` and `python -m editor`; returns the exit code."""
    entry = argv is None  # the process's own command line, not a call from Python code (tests, tools)
    argv = list(sys.argv[1:] if argv is None else argv)
    if entry and argv[:1] == ["extract"]:
        try:
            _load_extractor()
        except KeyboardInterrupt:
            print(f"{PROG}: interrupted", file=sys.stderr)
            return 130
    return _run(argv)


def _load_extractor() -> None:
    """Import what ``extract`` runs with the cyclic garbage collector paused, then freeze what was built.

    Imports create tens of thousands of long-lived objects and no garbage, yet the collector walks them
    ~30 times on the way (~10 ms of a ~150 ms process); frozen, they are never walked again. Only for a
    process of its own (a one-shot ``extract``): frozen objects are never collected.
    """
    import gc

    gc.disable()
    try:
        import editor.extraction.assemble  # noqa: F401 - the extractor's modules, loaded lazily otherwise
        import editor.pipeline  # noqa: F401
        import editor.sources  # noqa: F401
    except Exception:  # noqa: BLE001 - the command meets the same error again and reports it as usual
        pass
    finally:
        gc.freeze()
        gc.enable()


def _run(argv: list[str]) -> int:
    debug = "--debug" in argv
    try:
        plain = _plain_extract(argv)
        if plain is not None:
            return cmd_extract(plain)  # type: ignore[arg-type] - the same fields as argparse's Namespace
        if argv and argv[0] in COMMANDS:
            args = _command_parser().parse_args(argv)
            handler = {"extract": cmd_extract, "export": cmd_export, "batch": cmd_batch,
                       "template": cmd_template, "merge": cmd_merge}[args.command]
        else:
            args = _app_parser().parse_args(argv)
            handler = cmd_app
        return handler(args)
    except UsageError as exc:
        print(f"usage error: {exc}", file=sys.stderr)
        return 2
    except EditorError as exc:
        if debug:
            raise
        from editor.errors import ExtractionError

        hint = " (run with --debug for the traceback)" if isinstance(exc, ExtractionError) else ""
        print(f"{PROG}: error: {plain_words(str(exc))}{hint}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `incident-editor extract x | head`: the reader left; not an error of ours
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - keeps the interpreter's final flush quiet
        except OSError:
            pass
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except MemoryError:
        if debug:
            raise
        print(f"{PROG}: error: out of memory", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: still one line unless --debug
        if debug:
            raise
        print(f"{PROG}: error: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
              file=sys.stderr)
        return 1
