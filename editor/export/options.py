"""Export options shared by every format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from editor.errors import EditorError
from editor.model.enums import REPORT_LANGUAGES, TLP


@dataclass
class ExportOptions:
    """What the user chose for this export; None means "take it from the report"."""

    language: str | None = None  # fr | en | nl | de; None → report.report.language
    template: Path | None = None  # a user's .docx whose styles and letterhead are used
    tlp: str | None = None  # e.g. "TLP:AMBER" or "AMBER"; None → report.report.tlp
    author: str | None = None
    author_organization: str | None = None
    locale: str | None = None  # e.g. "en-US": US date/number conventions and Letter paper
    paper: str | None = None  # "a4" | "letter"; None → from the locale

    def resolved_language(self, report_language: str) -> str:
        """The report language to write in."""
        language = self.language or report_language or "en"
        if language not in REPORT_LANGUAGES:
            raise EditorError(f"report language {language!r} is not one of {', '.join(REPORT_LANGUAGES)}")
        return language

    def resolved_tlp(self, report_tlp: TLP) -> TLP:
        """The TLP label, accepting "AMBER", "tlp:amber" or "TLP:AMBER"."""
        if not self.tlp:
            return report_tlp
        text = self.tlp.strip().upper()
        if not text.startswith("TLP:"):
            text = "TLP:" + text
        try:
            return TLP(text)
        except ValueError:
            raise EditorError(f"unknown TLP label {self.tlp!r} (use CLEAR, GREEN, AMBER, AMBER+STRICT or RED)") from None

    def resolved_paper(self) -> str:
        """'letter' for US English (or when asked), else 'a4'."""
        if self.paper:
            paper = self.paper.lower()
            if paper not in ("a4", "letter"):
                raise EditorError(f"unknown paper size {self.paper!r} (use a4 or letter)")
            return paper
        return "letter" if (self.locale or "").replace("_", "-").lower() == "en-us" else "a4"
