"""Markdown → readable text: headings, emphasis, links, images, code fences and HTML tags lose
their markup; the first heading is the headline; YAML front matter gives title and date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.sources.text import shorten

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_ATX = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
# Every inline pattern bounds how far it looks from each opening mark, so stripping stays linear in the
# line's length even on hostile input ("**a " repeated, thousands of nested brackets): unbounded lazy
# spans made a single 80 KB line take over a minute.
_IMAGE = re.compile(r"!\[([^\[\]]{0,500})\]\([^()]{0,2000}\)|!\[([^\[\]]{0,500})\]\[[^\[\]]{0,200}\]")
_LINK = re.compile(
    r"\[([^\[\]]{1,500})\]\((?:[^()\s]|\([^()]{0,200}\)){0,2000}(?:\s+\"[^\"]{0,300}\")?\)"
    r"|\[([^\[\]]{1,500})\]\[[^\[\]]{0,200}\]"
)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]{1,2000})>")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,40}(?:\s[^<>]{0,1000})?/?>|<!--.{0,300}?-->", re.DOTALL)
_CODE = re.compile(r"(`{1,10})(.{1,1000}?)\1")
# Emphasis marks are dropped where they open or close a word, without pairing them: pairing lazy spans
# is quadratic-ish on a line full of unmatched marks, and a stray mark in article text is rarely meant.
_STRONG = re.compile(r"(?:\*\*|__|~~)(?=\S)|(?<=\S)(?:\*\*|__|~~)")
_EMPH = re.compile(r"(?<![\w*\\])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_LIST = re.compile(r"^( {0,3})([*+]|\d{1,9}[.)])[ \t]+")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


# Inline markup (emphasis, links, code) is stripped only in documents up to this size: dense markup
# costs about a microsecond per mark, and a 20 MB file of it must still load in a few seconds.
MAX_INLINE_CHARS = 2_000_000


@dataclass
class MarkdownText:
    """The readable text of a Markdown document and what its markup says about it."""

    text: str
    title: str | None
    date: str | None
    warnings: list[str] = field(default_factory=list)


def _group1(m: re.Match[str]) -> str:
    return m.group(1)  # a function, not r"\1": template expansion is several times slower


def _inline(line: str) -> str:
    line = _IMAGE.sub(lambda m: m.group(1) or m.group(2) or "", line)
    line = _LINK.sub(lambda m: m.group(1) or m.group(2), line)
    line = _AUTOLINK.sub(_group1, line)
    line = _TAG.sub("", line)
    line = _CODE.sub(lambda m: m.group(2).strip(), line)
    line = _STRONG.sub("", line)
    line = _EMPH.sub("", line)
    return _ESCAPE.sub(_group1, line)


def _keep(line: str) -> str:
    return line


def _front_matter(text: str) -> tuple[str, dict[str, str]]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return text, {}
    fields: dict[str, str] = {}
    for line in m.group(1).split("\n"):
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t")):
            fields[key.strip().lower()] = value.strip().strip("'\"")
    return text[m.end():], fields


def strip_markdown(source: str) -> MarkdownText:
    """Readable text of a Markdown document (newlines already normalised)."""
    body, meta = _front_matter(source)
    inline = _inline if len(body) <= MAX_INLINE_CHARS else _keep
    warnings = [] if inline is _inline else ["inline Markdown markup kept: the file is too large to strip it"]
    out: list[str] = []
    title: str | None = meta.get("title") or None
    heading_seen = False
    fence: str | None = None
    lines = body.split("\n")
    for index, line in enumerate(lines):
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
                continue
            out.append(line)
            continue
        fm = _FENCE.match(line)
        if fm:
            fence = fm.group(1)[:3]
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if (_SETEXT.match(following) and line.strip() and not _LIST.match(line)
                and not _RULE.match(line) and not _SETEXT.match(line)):
            text = inline(line.strip())
            if not heading_seen and title is None:
                title = text
            heading_seen = True
            out.append(text)
            continue
        if _SETEXT.match(line) and out and out[-1].strip():
            continue  # the underline of a setext heading
        if _RULE.match(line) or _REF_DEF.match(line) or _TABLE_RULE.match(line):
            continue
        atx = _ATX.match(line)
        if atx:
            text = inline(atx.group(2).strip())
            if not heading_seen and title is None and text:
                title = text
            heading_seen = True
            out.append(text)
            continue
        line = _QUOTE.sub("", line)
        line = _LIST.sub(lambda m: m.group(1) + ("- " if not m.group(2)[0].isdigit() else m.group(2) + " "), line)
        if "|" in line and line.strip().startswith("|"):
            line = " ".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        out.append(inline(line.rstrip()))
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return MarkdownText(text=text, title=shorten(title) if title else None, date=meta.get("date"),
                        warnings=warnings)


__all__ = ["MarkdownText", "strip_markdown"]
