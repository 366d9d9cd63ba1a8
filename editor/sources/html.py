"""Saved web pages → the article's own text and what the page says about itself.

Parsing is hardened: lxml's HTML parser with no network access, no huge-tree mode (libxml2 then
stops at 256 levels of nesting, so a 100,000-deep page cannot exhaust the stack) and comments/PIs
dropped; HTML has no user-defined entities, so nothing expands. Nothing referenced by the page
(images, scripts, styles) is ever fetched.

Text: page furniture (navigation, cookie banners, "related" boxes, comments, share tools,
newsletters, footers, hidden elements, figures) is pruned first; trafilatura (favor_precision)
then picks the main content of what remains; when it finds too little, our own heuristic takes the
block with the most paragraph text. Paragraphs are separated by a blank line, like the .txt corpus.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urljoin, urlsplit

from editor.errors import InputError
from editor.sources.dates import cue_before, find_date_line, parse_date
from editor.sources.text import decode_bytes, shorten

MIN_TRAFILATURA_CHARS = 200   # below this trafilatura probably missed the story: try our heuristic
MAX_TRAFILATURA_TEXT = 500_000       # characters of page text; bigger pages go to the built-in heuristic
MAX_TRAFILATURA_DEPTH_SUM = 150_000  # sum of element depths (elements x nesting) ditto
MIN_ARTICLE_CHARS = 40        # a page with less text than this has no article
MAX_JSON_LD_CHARS = 1_000_000
MAX_JSON_DEPTH = 12
# Bounds on the parsed tree, checked by a streaming pass before the tree is built (libxml2 adds an
# element's attributes in time quadratic in their number: 50,000 on one element took 40 s).
MAX_ELEMENTS = 200_000               # a long news page has ~10,000
MAX_ATTRIBUTES = 500_000             # in the whole page
MAX_ELEMENT_ATTRIBUTES = 256         # on one element; real markup stays under ~30

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed",
              "svg", "math", "canvas", "video", "audio", "picture", "figure", "img", "map", "nav", "footer",
              "aside", "form", "button", "select", "input", "textarea", "label", "dialog", "menu", "link",
              "meta", "head")
_DROP_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
                         "search", "menu", "menubar", "toolbar", "tablist"})
# Parts of class/id names that mark furniture: "cookie-banner", "site-footer", "comment-list", "related".
# Strong parts always mean furniture; weak ones ("share", "tags", "author"...) also appear on wrappers
# of the story itself ("article-body js-share-container"), so those keep elements holding real prose.
_STRONG_PARTS = frozenset({
    "cookie", "cookies", "consent", "gdpr", "cmp", "newsletter", "newsletters", "related", "recommended",
    "recommendations", "recirculation", "comment", "comments", "disqus", "breadcrumb", "breadcrumbs",
    "outbrain", "taboola", "footer", "nav", "navbar", "navigation", "menu", "popup", "modal", "paywall",
    "advert", "advertisement", "adverts", "adslot",
})
_WEAK_PARTS = frozenset({
    "share", "sharing", "sharebar", "social", "socials", "reactions", "promo", "ad", "ads", "sponsor",
    "sponsored", "subscribe", "subscription", "signup", "login", "tags", "keywords", "sidebar", "overlay",
    "toolbar", "widget", "byline", "author",
})
PROSE_PARAGRAPHS = 2     # a weakly-marked element with this many ...
PROSE_CHARS = 120        # ... paragraphs of this length holds story text, not furniture
_FURNITURE_NAMES = frozenset({"most-read", "mostread", "most-popular", "read-more", "readmore", "lire-aussi",
                              "a-lire-aussi", "also-read", "more-stories", "trending", "popular", "tag-list"})
_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "dd", "dt", "td", "th")
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|::|·)\s+")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)


@dataclass
class HtmlArticle:
    """What an HTML page yields: body text plus metadata."""

    text: str
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: date | None = None
    updated: date | None = None
    language_hint: str | None = None
    encoding: str | None = None
    warnings: list[str] = field(default_factory=list)


def parse_document(data: bytes, source: str, *, declared: str | None = None):
    """A hardened lxml tree of the page (bytes decoded by BOM, meta charset, header, detection)."""
    import lxml.html

    meta = _META_CHARSET.search(data[:4096])
    hint = declared or (meta.group(1).decode("ascii", "replace") if meta else None)
    text, encoding = decode_bytes(data, source, declared=hint)
    # C0 controls are not allowed in HTML and lxml refuses them in element text later on.
    text = _CONTROLS.sub("", text)
    options = {"encoding": "utf-8", "no_network": True, "huge_tree": False, "remove_comments": True,
               "remove_pis": True, "default_doctype": False}
    markup = text.encode("utf-8", "surrogatepass")
    check_markup(markup, source, options)
    parser = lxml.html.HTMLParser(**options)
    try:
        root = lxml.html.document_fromstring(markup, parser=parser)
    except Exception as exc:  # lxml raises ParserError/XMLSyntaxError/ValueError on hopeless input
        raise InputError(source, f"not a readable HTML page ({type(exc).__name__})") from None
    if root is None:
        raise InputError(source, "not a readable HTML page")
    return root, encoding


class _Tally:
    """A parser target that only counts elements and attributes (no tree: linear time, little memory)."""

    def __init__(self) -> None:
        self.elements = self.attributes = self.widest = 0

    def start(self, tag: str, attrib: dict[str, str]) -> None:  # noqa: D102 - parser callback
        self.elements += 1
        self.attributes += len(attrib)
        self.widest = max(self.widest, len(attrib))
        if self.elements > MAX_ELEMENTS or self.attributes > MAX_ATTRIBUTES or self.widest > MAX_ELEMENT_ATTRIBUTES:
            raise _OverLimit

    def close(self) -> None:  # noqa: D102 - parser callback
        return None


class _OverLimit(Exception):
    pass


def check_markup(markup: bytes, source: str, options: dict[str, object]) -> None:
    """Refuse a page with more elements or attributes than the limits, counted by libxml2's own
    tokenizer as it streams (so the count is the tree's), before any tree is built."""
    from lxml import etree

    tally = _Tally()
    try:
        etree.fromstring(markup, etree.HTMLParser(target=tally, **options))
    except _OverLimit:
        pass
    except Exception:  # noqa: BLE001 - hopeless markup: the real parse below reports it
        return
    if tally.widest > MAX_ELEMENT_ATTRIBUTES:
        raise InputError(source, f"refused: an element carries more than {MAX_ELEMENT_ATTRIBUTES:,} attributes")
    if tally.elements > MAX_ELEMENTS:
        raise InputError(source, f"refused: the page has more than {MAX_ELEMENTS:,} HTML elements")
    if tally.attributes > MAX_ATTRIBUTES:
        raise InputError(source, f"refused: the page has more than {MAX_ATTRIBUTES:,} attributes")


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def _meta(root, *names: str) -> str | None:
    wanted = {n.lower() for n in names}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in wanted:
            value = _clean(el.get("content"))
            if value:
                return value
    return None


def _json_ld(root) -> list[object]:
    found: list[object] = []
    for el in root.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (el.text or "")[:MAX_JSON_LD_CHARS]
        try:
            found.append(json.loads(raw))
        except (ValueError, RecursionError):
            continue  # broken or hostile JSON-LD is ignored, the page still loads
    return found


def _ld_values(node: object, key: str, depth: int = 0) -> list[object]:
    if depth > MAX_JSON_DEPTH:
        return []
    out: list[object] = []
    if isinstance(node, dict):
        if key in node:
            out.append(node[key])
        for value in node.values():
            if isinstance(value, (dict, list)):
                out.extend(_ld_values(value, key, depth + 1))
    elif isinstance(node, list):
        for value in node[:200]:
            out.extend(_ld_values(value, key, depth + 1))
    return out


def _ld_text(values: list[object]) -> str | None:
    for value in values:
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str) and _clean(value):
            return _clean(value)
    return None


def _split_title(title: str) -> tuple[str, str | None]:
    """'Headline | Outlet' → ('Headline', 'Outlet'); a suffix of more than six words is not an outlet."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) >= 2 and len(parts[-1].split()) <= 6 and len(" ".join(parts[:-1])) >= 10:
        last = list(_TITLE_SEPARATORS.finditer(title))[-1]
        return title[: last.start()].strip(), parts[-1].strip()
    return title, None


def _http_url(value: str | None, base: str | None) -> str | None:
    if not value:
        return None
    url = urljoin(base, value.strip()) if base else value.strip()
    return url if urlsplit(url).scheme in ("http", "https") else None


def _classes(el) -> list[str]:
    return ((el.get("class") or "") + " " + (el.get("id") or "")).lower().split()


def _is_furniture(el) -> bool:
    role = (el.get("role") or "").strip().lower()
    if role in _DROP_ROLES:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    weak = False
    for token in _classes(el):
        parts = re.split(r"[-_]+", token)
        if token in _FURNITURE_NAMES or any(part in _STRONG_PARTS for part in parts):
            return True
        weak = weak or any(part in _WEAK_PARTS for part in parts)
    return weak and not _holds_prose(el)


def _holds_prose(el) -> bool:
    long_paragraphs = 0
    for p in el.iter("p"):
        if len(_block_text(p)) >= PROSE_CHARS:
            long_paragraphs += 1
            if long_paragraphs >= PROSE_PARAGRAPHS:
                return True
    return False


def _protected(el) -> bool:
    """The story's own containers are never pruned, even with a furniture-like class."""
    if el.tag in ("html", "body", "main", "article"):
        return True
    return next(el.iter("h1", "article", "main"), None) is not None


def prune_furniture(root) -> None:
    """Remove navigation, banners, asides, forms, comments, figures, hidden and decorative elements."""
    body = root.find("body")
    scope = body if body is not None else root
    doomed = []
    for el in scope.iter():
        if not isinstance(el.tag, str):
            doomed.append(el)  # comments/PIs/entities left by the parser
            continue
        tag = el.tag.lower()
        if tag in _DROP_TAGS or (tag == "header" and el.getparent() is not None
                                 and next(el.iterancestors("article", "main"), None) is None
                                 and next(el.iter("h1"), None) is None):
            doomed.append(el)
        elif not _protected(el) and _is_furniture(el):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        tail = el.tail
        parent.remove(el)
        if tail and tail.strip():  # keep running text that followed an inline element
            previous = parent[-1] if len(parent) else None
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail


def _block_text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def heuristic_text(root) -> str:
    """Our own main-content pick: the container with the most paragraph text, as paragraphs."""
    # One pass over the paragraphs, crediting each ancestor: linear in page size times depth (<= 256).
    scores: dict[object, int] = {}
    order: list[object] = []
    for p in root.iter("p"):
        length = len(_block_text(p))
        if length < 30:
            continue
        for ancestor in p.iterancestors("article", "main", "section", "div", "td", "body"):
            if ancestor not in scores:
                scores[ancestor] = 0
                order.append(ancestor)
            scores[ancestor] += length
    best, best_score = None, 0
    # Deepest containers first, so a parent only wins with clearly more paragraph text.
    for el in sorted(order, key=lambda e: -_depth(e)):
        score = scores[el]
        if best is None or score > best_score * 1.15:
            best, best_score = el, score
    if best is None:
        best = root
    paragraphs: list[str] = []
    for el in best.iter(*_BLOCKS):
        if next(el.iterancestors(*_BLOCKS), None) is not None:
            continue  # nested block: its text is part of the outer one
        text = _block_text(el)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _depth(el) -> int:
    return sum(1 for _ in el.iterancestors())


def _tree_size(root) -> tuple[int, int]:
    """(sum of element depths, characters of text) of a tree, counting stops past trafilatura's budget."""
    from lxml import etree

    depth = depth_sum = chars = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        depth_sum += depth
        chars += len((el.text or "").strip()) + len((el.tail or "").strip())
        if depth_sum > MAX_TRAFILATURA_DEPTH_SUM or chars > MAX_TRAFILATURA_TEXT:
            break
    return depth_sum, chars


def trafilatura_text(root) -> str | None:
    """trafilatura's main content (favor_precision) of an already pruned tree, paragraphs by blank lines."""
    import trafilatura  # lazy: only web pages pay its import time

    try:
        out = trafilatura.extract(root, favor_precision=True, include_comments=False, include_tables=True,
                                  include_images=False, include_links=False, include_formatting=False,
                                  deduplicate=False, with_metadata=False, output_format="txt")
    except (RecursionError, ValueError, TypeError, AttributeError):
        return None  # trafilatura chokes on some odd trees; the heuristic still works
    if not out:
        return None
    lines = [" ".join(line.split()) for line in out.split("\n")]
    return "\n\n".join(line for line in lines if line)


def _dates(root, ld: list[object], byline_text: str, language: str | None) -> tuple[date | None, date | None]:
    published = None
    for value in [v for block in ld for v in _ld_values(block, "datePublished")]:
        if isinstance(value, str) and (published := parse_date(value)):
            break
    published = published or parse_date(_meta(root, "article:published_time", "og:article:published_time",
                                               "datePublished", "pubdate", "publishdate", "publish-date",
                                               "parsely-pub-date", "sailthru.date", "dc.date.issued",
                                               "dcterms.issued", "dc.date", "date") or "")
    updated = None
    for value in [v for block in ld for v in _ld_values(block, "dateModified")]:
        if isinstance(value, str) and (updated := parse_date(value)):
            break
    updated = updated or parse_date(_meta(root, "article:modified_time", "og:updated_time", "dateModified",
                                          "dcterms.modified") or "")
    if published is None:
        times = list(root.iter("time"))
        marked = [t for t in times if (t.get("itemprop") or "").lower() == "datepublished"
                  or t.get("pubdate") is not None or "publish" in " ".join(_classes(t))]
        for t in marked + times:
            value = parse_date(t.get("datetime") or _block_text(t), language)
            if value is None:
                continue
            if t not in marked and cue_before(_text_before(t)[-80:]) == "updated":
                updated = updated or value  # "Updated <time>": keep looking for the published one
                continue
            published = value
            break
    if published is None:
        line = find_date_line(byline_text, language)
        published, updated = line.published or updated, updated or line.updated
    return published, updated


def _text_before(el) -> str:
    """The text of ``el``'s parent that precedes ``el`` (where "Published"/"Updated" cues sit)."""
    parent = el.getparent()
    if parent is None:
        return ""
    parts = [parent.text or ""]
    for sibling in parent:
        if sibling is el:
            break
        parts.append("".join(sibling.itertext()) if isinstance(sibling.tag, str) else "")
        parts.append(sibling.tail or "")
    return " ".join("".join(parts).split())


def _short_text(el, limit: int = 200) -> str | None:
    """The element's text if it is at most ``limit`` characters, else None (without joining it all)."""
    size = 0
    parts: list[str] = []
    for piece in el.itertext():
        size += len(piece)
        if size > limit * 3:  # generous: whitespace collapses below
            return None
        parts.append(piece)
    text = " ".join("".join(parts).split())
    return text if len(text) <= limit else None


def _byline_text(root) -> str:
    """Short text lines near the top of the story, where bylines and date lines live."""
    scope = next(root.iter("article"), None)
    if scope is None:
        scope = next(root.iter("main"), None)
    if scope is None:
        scope = root.find("body") if root.find("body") is not None else root
    lines: list[str] = []
    for seen, el in enumerate(scope.iter("p", "div", "span", "time", "h1", "h2")):
        if seen > 400:
            break
        text = _short_text(el)
        if text:
            lines.append(text)
        if len(lines) >= 12:
            break
    return "\n".join(lines)


def load_html(data: bytes, source: str, *, base_url: str | None = None, declared: str | None = None) -> HtmlArticle:
    """Text and metadata of a saved web page; InputError when the page holds no article text."""
    root, encoding = parse_document(data, source, declared=declared)
    lang = (root.get("lang") or "").split("-")[0].strip().lower() or None
    ld = _json_ld(root)

    title_tag = _clean(root.findtext(".//title"))
    h1 = next((t for t in (_block_text(el) for el in root.iter("h1")) if t), None)
    site = _meta(root, "og:site_name", "application-name") or _ld_text(
        [v for block in ld for v in _ld_values(block, "publisher")])
    title = _meta(root, "og:title", "twitter:title") or h1
    suffix = None
    if title_tag:
        bare, suffix = _split_title(title_tag)
        title = title or bare
    publisher = site or suffix
    if title and publisher and title.endswith(publisher):
        title = _split_title(title)[0]
    url = _http_url(_first_link(root, "canonical"), base_url) or _http_url(_meta(root, "og:url"), base_url) or base_url
    byline = _byline_text(root)
    published, updated = _dates(root, ld, byline, lang)

    prune_furniture(root)
    warnings: list[str] = []
    # trafilatura's time grows with text volume times nesting depth (seconds for a few MB of text or
    # a few hundred levels); past that budget our linear heuristic decides alone.
    depth_sum, chars = _tree_size(root)
    if chars < MIN_ARTICLE_CHARS:  # nothing left once the furniture is gone: no need to ask trafilatura
        raise InputError(source, "no article text found in the page")
    within_budget = depth_sum <= MAX_TRAFILATURA_DEPTH_SUM and chars <= MAX_TRAFILATURA_TEXT
    # The heuristic runs first: it is linear and cheap, and trafilatura may rework the tree in place.
    fallback = heuristic_text(root)
    text = trafilatura_text(root) if within_budget else None
    # trafilatura sometimes drops most of a story (paragraphs it takes for boilerplate or repeats);
    # when the heuristic finds more than twice as much text, the heuristic wins.
    if text is None or len(text) < MIN_TRAFILATURA_CHARS or len(fallback) > 2 * len(text):
        if len(fallback) > len(text or ""):
            text = fallback
            warnings.append("main text chosen by the built-in heuristic " + (
                "(trafilatura found too little)" if within_budget else "(the page is too large for trafilatura)"))
    if not text or len(text.strip()) < MIN_ARTICLE_CHARS:
        raise InputError(source, "no article text found in the page")
    return HtmlArticle(text=text, title=shorten(title) if title else None,
                       publisher=shorten(publisher, 120) if publisher else None, url=url,
                       published=published, updated=updated, language_hint=lang, encoding=encoding,
                       warnings=warnings)


def _first_link(root, rel: str) -> str | None:
    for el in root.iter("link"):
        if rel in (el.get("rel") or "").lower().split():
            return el.get("href")
    return None


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes of a file look like an HTML document."""
    sample = head[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return sample.startswith((b"<!doctype html", b"<html")) or b"<html" in sample[:512] or b"<body" in sample


__all__ = ["HtmlArticle", "heuristic_text", "load_html", "looks_like_html", "parse_document", "prune_furniture",
           "trafilatura_text"]
