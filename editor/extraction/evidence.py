"""Evidence collected while slots are filled: JSON Pointer → the sentences' spans, and a confidence."""

from __future__ import annotations

from editor.extraction.doc import Doc
from editor.model.report import Span


class Evidence:
    """Collects pointer → spans and pointer → confidence."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.spans: dict[str, list[Span]] = {}
        self.confidence: dict[str, float] = {}

    def add(self, pointer: str, sentences: list[int], confidence: float) -> None:
        """Record the sentences backing ``pointer`` (the opening sentence, at low confidence, if none)."""
        spans = []
        for i in sentences[:3]:
            if 0 <= i < len(self.doc.sentences):
                s = self.doc.sentences[i]
                span = Span(start=s.start, end=s.end)
                if span not in spans:
                    spans.append(span)
        if not spans and self.doc.sentences:
            s = self.doc.sentences[0]
            spans.append(Span(start=s.start, end=s.end))
            confidence = min(confidence, 0.3)
        if spans:
            self.spans[pointer] = spans
            self.confidence[pointer] = round(max(0.0, min(1.0, confidence)), 2)
