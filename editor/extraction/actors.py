"""The threat actor: ransomware families and groups named by the lexicon's actor patterns or known from
resources/threat_actors/ (``known_actors``)."""

from __future__ import annotations

import re

from editor.extraction import modality
from editor.extraction.doc import Doc
from editor.extraction.known_actors import find_known, unmarked_names
from editor.extraction.matcher import Phrases
from editor.extraction.org_words import heads_of, lower_words, word_set
from editor.extraction.places import gazetteer


def find_threat_actors(doc: Doc, hedged: dict[str, list[tuple[int, int]]] | None = None
                       ) -> dict[str, list[tuple[int, int]]]:
    """Threat actor names (ransomware families, groups) with their sentence spans, outside comparisons; names
    only guessed at ("bears the hallmarks of X") go to ``hedged`` instead, if given."""
    def build() -> list[Phrases]:
        # Bounded and anchored so a 1,500-character run of letters or digits cannot backtrack quadratically.
        # A second word may follow a connector: "Sentinelles du Nord", "Children of the Night".
        # A name may open with a digit before a letter: "8Base", "3AM".
        name = (r"(?<![\w-])(?P<name>(?:[^\W\d_a-zß-ÿ]|\d[^\W\d_])\w{0,30}(?:[-.]\w{1,20}){0,2}"
                r"(?: (?:(?:du|de|des|of|of the|van|van de|von|der) )?[^\W\d_a-zß-ÿ][a-zß-ÿ]\w{1,20})?)(?![\w])")
        # The name may stand in quotation marks: 'die zichzelf "Noordwind" noemen', « Orque Noire ».
        quoted = r"(?:[\"“”„«»]\s?)?" + name + r"(?:\s?[\"“”„«»])?"
        # Each compiled only for an article with its words ("gang", "revendiqué par"); {NAME} names none.
        # A cue word starts a word, or follows an actor noun in a compound: "ransomwaregroep Akira", but no
        # "groep X" inside "scholengroep Leieland" (a school group).
        nouns = sorted((re.escape(w) for w in doc.lex.get("actor_nouns", [])), key=len, reverse=True)
        start = r"(?<!\w)(?:(?:" + "|".join(nouns) + r")-?)?" if nouns else r"(?<!\w)"
        return [Phrases([(None, ("" if p.startswith("{NAME}") else start)
                          + p.replace("{NAME}", quoted).replace(" ", r"\s+"), p.replace("{NAME}", "."))], 0,
                        doc.lex.vocabulary, bounded=False) for p in doc.lex.get("actor_patterns", [])]
    patterns = doc.lex.cached("actor_rx", build)
    stop = word_set(doc, "stopwords") | word_set(doc, "org_articles")
    lower = lower_words(doc)
    nouns = word_set(doc, "actor_nouns")
    found: dict[str, list[tuple[int, int]]] = {}
    context = doc.lex.words("actor_context")
    for s in doc.sentences:
        if doc.is_context(s.index):
            continue
        if context is not None and not context.search(s.text):
            continue  # "le groupe Santéa" is a hospital group unless hackers, claims or ransom are spoken of
        for rx in patterns:
            for m in rx.finditer(s.text):
                name = m.group("name").strip(".-")
                first, _, rest = name.partition(" ")
                if rest and (first.lower() in stop or first.lower() in lower):
                    name = rest  # "The Rhysida gang"
                if len(name) < 3 or name.lower() in stop or name.lower() in lower or gazetteer().lookup(name) \
                        or all(w in nouns for w in name.lower().split()):
                    continue  # "Ransomware-Gruppen": a kind of actor, no name
                if " " in name and _org_words(doc, name):
                    continue  # "Brackenfold Care Group": a sector word or an organisation head names a firm
                if not modality.asserted(doc, s.index, m):
                    # "it bears the hallmarks of X", "X could be behind it": a guess names no actor
                    if hedged is not None:
                        hedged.setdefault(name, []).append((s.start, s.end))
                    continue
                found.setdefault(name, []).append((s.start, s.end))
    known = [m for m in find_known(doc) if not doc.is_context(m.sentence)]
    if found or any(m.actor.ransomware or m.actor.kind == "group" for m in known):
        # "a QakBot infection, then the Black Basta ransomware": a loader or stealer is the intrusion's tool,
        # the family or group behind it is the actor
        known = [m for m in known if m.actor.ransomware or m.actor.kind == "group"]
    for m in known:
        s = doc.sentences[m.sentence]
        spans = found.setdefault(m.surface, [])
        if (s.start, s.end) not in spans:
            spans.append((s.start, s.end))
    return found


def _org_words(doc: Doc, name: str) -> bool:
    """A word of ``name`` is an organisation head of a sector or one of a sector's words ("Care", "Hospital")."""
    heads = heads_of(doc, name)
    if heads and heads != "other":
        return True
    cues = doc.lex.groups("sector_cues")
    return cues is not None and cues.search(name) is not None


def known_names(doc: Doc) -> set[str]:
    """Every known actor name the article writes, comparisons included: none of them is ever the victim."""
    return {m.surface for m in find_known(doc)} | unmarked_names(doc)
