"""Printing and print preview of the article and of the report's content (QtPrintSupport loads here only)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from editor.model.report import IncidentReport, Source


def _document() -> QTextDocument:
    document = QTextDocument()
    font = QFont(QApplication.font())
    font.setPointSizeF(10.5)  # paper reads smaller than a screen: not the zoomed screen size
    document.setDefaultFont(font)
    return document


def article_document(source: Source) -> QTextDocument:
    """The article as printed: its title, outlet and date, then its paragraphs."""
    byline = " · ".join(str(p) for p in (source.publisher, source.published, source.url) if p)
    parts = [f"<h2>{html.escape(source.title or '')}</h2>"] if source.title else []
    if byline:
        parts.append(f"<p><i>{html.escape(byline)}</i></p>")
    for paragraph in source.text.replace("\r", "").split("\n\n"):
        if paragraph.strip():
            parts.append("<p>" + html.escape(paragraph.strip()).replace("\n", "<br>") + "</p>")
    document = _document()
    document.setHtml("".join(parts))
    return document


def report_document(report: IncidentReport) -> QTextDocument:
    """The report's content as printed: the Markdown export (sections, tables, deadlines) laid out by Qt."""
    from editor.export import ExportOptions, render

    document = _document()
    document.setMarkdown(render(report, "md", ExportOptions()).decode("utf-8"))
    return document


def new_printer() -> QPrinter:
    """A printer at full resolution."""
    from PySide6.QtPrintSupport import QPrinter

    return QPrinter(QPrinter.PrinterMode.HighResolution)


def print_with_dialog(parent: QWidget, document: QTextDocument, title: str) -> bool:
    """Ask for a printer (QPrintDialog), then print ``document``; True when printed."""
    from PySide6.QtPrintSupport import QPrintDialog

    printer = new_printer()
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document.print_(printer)
    return True


def preview(parent: QWidget, document: QTextDocument, title: str) -> Any:
    """Show ``document`` in a print preview (QPrintPreviewDialog), printable from there."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = new_printer()
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(document.print_)
    dialog.resize(900, 900)
    dialog.exec()
    return dialog
