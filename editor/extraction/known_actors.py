"""Known threat actors (resources/threat_actors/: MITRE ATT&CK's groups and malware, and a short supplement)
found in an article by one token index built once per process.

A name of several words, or one with digits or inner capitals ("LockBit", "8Base"), counts wherever the
article writes it with a capital. A name of one plain word ("Play", "Royal", "Hive") is an ordinary word too:
it counts only next to an actor noun of the language ("the Play ransomware", "le groupe Royal") or when the
article so marks the same name elsewhere.
"""

from __future__ import annotations

import re
import json
from functools import cache

from msgspec import Struct

from editor import resources
from editor.extraction.doc import Doc

_TOKEN = re.compile(r"[\w$@]+")
# Between an actor noun and the name: an article or a quotation mark ("the gang 'Play'", "groupe « Royal »").
_JOINERS = frozenset({"the", "le", "la", "les", "de", "du", "des", "het", "der", "die", "das", "von", "van", "known",
                      "as", "dubbed", "called", "named", "nommé", "baptisé", "genaamd", "namens"})


class KnownActor(Struct, frozen=True):
    """One entry of the resource: its display name, kind (group or malware) and ATT&CK id."""

    name: str
    kind: str
    ransomware: bool
    attack_id: str | None
    plain: bool  # one plain word: needs an actor noun beside it


class ActorMention(Struct, frozen=True):
    """A known actor named in the article: the words as written, the entry, the sentence."""

    surface: str
    actor: KnownActor
    sentence: int
    start: int
    end: int


def _plain(alias: str) -> bool:
    """One word of letters only, capitalised or all capitals: an ordinary word as well as a name."""
    tokens = _TOKEN.findall(alias)
    if len(tokens) != 1 or not alias.isalpha():
        return False
    return alias[1:].islower() or alias.isupper()


@cache
def index() -> dict[str, list[tuple[tuple[str, ...], KnownActor]]]:
    """First token (case-folded) → (every token, entry), longest alias first."""
    out: dict[str, list[tuple[tuple[str, ...], KnownActor]]] = {}
    for name in ("actors.json", "supplement.json"):
        data = json.loads(resources.path("threat_actors", name).read_text(encoding="utf-8"))
        for e in data["entries"]:
            for alias in [e["name"], *e["aliases"]]:
                tokens = tuple(t.casefold() for t in _TOKEN.findall(alias))
                if not tokens or len(alias) < 3:
                    continue
                actor = KnownActor(e["name"], e["kind"], e["ransomware"], e["id"], _plain(alias))
                out.setdefault(tokens[0], []).append((tokens, actor))
    for entries in out.values():
        entries.sort(key=lambda te: -len(te[0]))
    return out


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


def find_known(doc: Doc) -> list[ActorMention]:
    """Every known actor the article names (comparison sentences included: a name there is still no victim)."""
    return doc.cached("known_actors", lambda: _find_known(doc))


def _find_known(doc: Doc) -> list[ActorMention]:
    idx = index()
    nouns = frozenset(w.casefold() for w in doc.lex.get("actor_nouns", []))
    found: list[ActorMention] = []
    pending: list[ActorMention] = []  # plain words with no actor noun beside them (yet)
    for s in doc.sentences:
        words = [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(s.text)]
        folded = [w.casefold() for w, _, _ in words]
        i = 0
        while i < len(words):
            match = None
            entries = idx.get(folded[i])
            if entries is not None and _capitalised(words[i][0]):
                for tokens, actor in entries:
                    if tuple(folded[i:i + len(tokens)]) == tokens:
                        match = (len(tokens), actor)
                        break
            if match is None:
                i += 1
                continue
            n, actor = match
            a, b = s.start + words[i][1], s.start + words[i + n - 1][2]
            mention = ActorMention(doc.norm[a:b], actor, s.index, a, b)
            if not actor.plain or _beside_noun(folded, i, i + n, nouns):
                found.append(mention)
            else:
                pending.append(mention)
            i += n
    confirmed = {m.surface.casefold() for m in found}
    found += [m for m in pending if m.surface.casefold() in confirmed]
    doc.cached("known_actors_unmarked", lambda: [m for m in pending if m.surface.casefold() not in confirmed])
    return sorted(found, key=lambda m: m.start)


def unmarked_names(doc: Doc) -> set[str]:
    """Plain names of the list written with no actor noun beside them that are no ordinary word of the article
    ("un pourriciel du type Ryuk"): too weak to name the attacker, enough to be no victim. A word the article
    also writes in lower case, or one the lexicon knows ("Play", "Royal" in English), stays a word."""
    from editor.extraction.org_words import lexicon_vocabulary, lower_words

    find_known(doc)
    pending = doc.cached("known_actors_unmarked", list)
    vocabulary, lower = lexicon_vocabulary(doc), lower_words(doc)
    return {m.surface for m in pending if m.surface.casefold() not in vocabulary and m.surface.casefold() not in lower}


def _beside_noun(folded: list[str], start: int, end: int, nouns: frozenset[str]) -> bool:
    """An actor noun right after the name, or before it with at most two joining words between."""
    if end < len(folded) and folded[end] in nouns:
        return True
    j = start - 1
    while j >= 0 and start - j <= 3:
        if folded[j] in nouns:
            return True
        if folded[j] not in _JOINERS:
            return False
        j -= 1
    return False
