"""Exporters: the Word report (docx), incident JSON, Markdown, VERIS 1.4 and STIX 2.1.

Importing this package is cheap and Qt-free: python-docx, stix2 and Babel load only when a
format that needs them is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from editor.errors import EditorError, OutputError
from editor.export.options import ExportOptions
from editor.model.report import IncidentReport

FORMATS = ("docx", "json", "md", "veris", "stix")
SUFFIXES = {"docx": ".docx", "json": ".json", "md": ".md", "veris": ".veris.json", "stix": ".stix.json"}
# An export carries the whole incident (a .docx embeds its JSON): readable by its owner only, like a project.
EXPORT_MODE = 0o600

__all__ = ["EXPORT_MODE", "FORMATS", "SUFFIXES", "ExportOptions", "applied", "format_for", "format_of_name",
           "render", "write"]


def format_of_name(target: str | Path) -> str | None:
    """The format a target's name asks for (.docx, .json, .md, .veris.json, .stix.json), None for another name."""
    name = Path(str(target)).name.lower()
    if name.endswith(".veris.json"):
        return "veris"
    if name.endswith(".stix.json"):
        return "stix"
    for suffix, fmt in ((".docx", "docx"), (".json", "json"), (".md", "md"), (".markdown", "md")):
        if name.endswith(suffix):
            return fmt
    return None


def format_for(target: str | Path) -> str:
    """The format a target's name asks for; OutputError when the name names none."""
    fmt = format_of_name(target)
    if fmt is None:
        raise OutputError(target, "unknown output format (use .docx, .json, .md, .veris.json or .stix.json, "
                                  "or --format)")
    return fmt


def render(report: IncidentReport, fmt: str, options: ExportOptions | None = None) -> bytes:
    """The export of ``report`` in ``fmt`` as bytes."""
    options = options or ExportOptions()
    report = applied(report, options)
    if fmt == "docx":
        from editor.export.docx_writer import render_docx

        return render_docx(report, options)
    if fmt == "json":
        from editor.export.jsonfmt import render_json

        return render_json(report)
    if fmt == "md":
        from editor.export.markdown import render_markdown

        return render_markdown(report, options).encode("utf-8")
    if fmt == "veris":
        from editor.export.veris import render_veris

        return render_veris(report)
    if fmt == "stix":
        from editor.export.stix import render_stix

        return render_stix(report, options)
    raise EditorError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")


def applied(report: IncidentReport, options: ExportOptions) -> IncidentReport:
    """The report as exported: the user's export choices (language, TLP, author) written into a copy.

    The embedded JSON of a .docx then says what its pages say, so reopening it loses nothing.
    """
    changes = {}
    if options.language:
        changes["language"] = options.resolved_language(report.report.language)
    if options.tlp:
        changes["tlp"] = options.resolved_tlp(report.report.tlp)
    if options.author:
        changes["author"] = options.author
    if options.author_organization:
        changes["author_organization"] = options.author_organization
    if not changes:
        return report
    import msgspec

    from editor.model.report import validate_value

    # Only the metadata changes: a new top level with new metadata, the rest shared, never modified.
    meta = validate_value(type(report), "report", {**report.report.to_plain(), **changes})
    return msgspec.structs.replace(report, report=meta)


def write(report: IncidentReport, target: str | Path | BinaryIO, fmt: str | None = None,
          options: ExportOptions | None = None) -> None:
    """Export ``report`` to a path (atomically) or a binary stream; fmt defaults from the target's name."""
    if fmt is None:
        if isinstance(target, (str, Path)):
            fmt = format_for(target)
        else:
            name = getattr(target, "name", None)
            if not isinstance(name, str):
                raise EditorError("the output format cannot be guessed from a stream: pass fmt")
            fmt = format_for(name)
    fmt = fmt.lower()
    try:
        data = render(report, fmt, options)
    except EditorError:
        raise
    except RecursionError:
        raise OutputError(_name(target), "the report is nested too deeply to export") from None
    except MemoryError:
        raise OutputError(_name(target), "out of memory while exporting") from None
    if isinstance(target, (str, Path)):
        from editor.storage import atomic_write_bytes

        atomic_write_bytes(Path(target), data, mode=EXPORT_MODE)
        return
    try:
        target.write(data)
        flush = getattr(target, "flush", None)
        if flush:
            flush()
    except (OSError, ValueError) as exc:
        raise OutputError(_name(target), f"cannot write: {exc}") from None


def _name(target: object) -> str:
    return str(target) if isinstance(target, (str, Path)) else str(getattr(target, "name", "<stream>"))
