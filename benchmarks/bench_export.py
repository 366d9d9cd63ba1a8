"""Export speed: the fixture report through editor.export vs python-docx alone building the same content.

Run: ``.venv/bin/python benchmarks/bench_export.py [repeats]``. Prints both medians and the ratio
(target ≤ 1.5×). The baseline builds and saves a document with the same headings, paragraphs and
tables (same cell texts) with plain python-docx calls on its default template, so the ratio is the
cost of everything the exporter adds: styles, TLP furniture, fields, shading, the embedded JSON.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "export"))

from export_samples import hospital_report  # noqa: E402

from editor.export import ExportOptions, render  # noqa: E402
from editor.export.blocks import BulletList, Cover, Heading, Paragraph, Table, TableOfContents  # noqa: E402
from editor.export.content import build_document  # noqa: E402


def baseline(model) -> bytes:
    """python-docx alone: the same paragraphs and tables, default styles, saved to memory."""
    import docx

    document = docx.Document()
    for block in model.blocks:
        if isinstance(block, Cover):
            document.add_paragraph(block.title)
            document.add_paragraph(block.subtitle)
            for label, value in block.fields:
                document.add_paragraph(f"{label}\t{value}")
        elif isinstance(block, TableOfContents):
            document.add_paragraph(block.title)
            for entry in block.entries:
                document.add_paragraph(entry.text)
        elif isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            para = document.add_paragraph()
            for run in block.runs:
                para.add_run(run.text)
        elif isinstance(block, BulletList):
            for item in block.items:
                document.add_paragraph(item)
        elif isinstance(block, Table):
            header = block.kind == "report"
            table = document.add_table(rows=len(block.rows) + header, cols=len(block.columns))
            rows = table.rows
            if header:
                for cell, label in zip(rows[0].cells, block.columns):
                    cell.text = label
            for row, data in zip(rows[int(header):], block.rows):
                for cell, item in zip(row.cells, data):
                    cell.text = item.text + (("\n" + item.note) if item.note else "")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _median(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    """Measure and print."""
    repeats = int(argv[1]) if len(argv) > 1 else 30
    report = hospital_report()
    options = ExportOptions(language="fr")
    model = build_document(report, options)
    render(report, "docx", options)  # warm-up: imports, Babel data, template cache
    baseline(model)
    ours = _median(lambda: render(report, "docx", options), repeats)
    plain = _median(lambda: baseline(build_document(report, options)), repeats)
    print(f"editor.export docx (fixture, fr): {ours * 1000:7.1f} ms (median of {repeats})")
    print(f"python-docx alone, same content: {plain * 1000:7.1f} ms (median of {repeats})")
    print(f"ratio: {ours / plain:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
