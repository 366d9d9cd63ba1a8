"""The lexicon matcher: the same matches as each list's whole alternation, with only the branches a text needs."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.extraction import lexicon as lexicons
from editor.extraction.matcher import WORD, Phrases, Vocabulary, anchors, fold, needs
from editor.extraction.text import normalize, split_sentences

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))


def _lists(data: dict, prefix: str = ""):
    """Every list of patterns (words) and mapping of lists with identifier keys (groups) in a lexicon."""
    for key, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            yield prefix + key, "words"
        elif isinstance(value, dict):
            if value and all(k.isidentifier() and isinstance(v, list) and all(isinstance(x, str) for x in v)
                             for k, v in value.items()):
                yield prefix + key, "groups"
            yield from _lists(value, prefix + key + ".")


def _phrases(lang: str, holder: dict) -> list[tuple[str, Phrases, re.Pattern[str]]]:
    lex = lexicons.lexicon(lang)
    out = []
    for key, kind in _lists(lex.data):
        node = lex._lookup(key)
        vocabulary = lambda: holder.get("v")  # noqa: E731 - the article the test primes
        phrases = (lexicons.compile_words(node, vocabulary=vocabulary) if kind == "words"
                   else lexicons.compile_groups(node, vocabulary))
        if phrases is None:
            continue
        try:
            whole = re.compile(phrases.pattern, phrases.flags)
        except re.error:
            continue  # not a pattern list (a list of plain strings with regex characters)
        out.append((key, phrases, whole))
    return out


def _sig(m: re.Match[str] | None):
    return None if m is None else (m.span(), m.lastgroup, m.group(), m.groups())


def _same(phrases: Phrases, whole: re.Pattern[str], text: str) -> None:
    third = len(text) // 3
    assert [_sig(m) for m in phrases.finditer(text)] == [_sig(m) for m in whole.finditer(text)]
    assert _sig(phrases.search(text, third)) == _sig(whole.search(text, third))
    assert _sig(phrases.match(text, third)) == _sig(whole.match(text, third))
    assert [_sig(m) for m in phrases.finditer(text, third, 2 * third)] == \
        [_sig(m) for m in whole.finditer(text, third, 2 * third)]


def _language(article: Path) -> str:
    return article.name.split("-")[0] if article.name.split("-")[0] in lexicons.LANGUAGES else "en"


@pytest.mark.parametrize("lang", lexicons.LANGUAGES)
def test_every_list_matches_as_its_whole_alternation_on_articles_and_their_pieces(lang: str) -> None:
    articles = [a for a in ARTICLES if _language(a) == lang][:6]
    others = [a for a in ARTICLES if _language(a) != lang][:2]  # words the primed article lacks
    assert articles
    holder: dict = {}
    cases = _phrases(lang, holder)
    for article in articles:
        text = normalize(article.read_text(encoding="utf-8"))
        holder["v"] = Vocabulary(text)
        pieces = [s.text for s in split_sentences(text)] + [text, text.upper()]
        pieces += [text[i:i + 200] for i in range(7, len(text), 397)]  # cut through words
        pieces += [normalize(o.read_text(encoding="utf-8"))[:2000] for o in others]
        for _, phrases, whole in cases:
            for piece in pieces:
                _same(phrases, whole, piece)



@pytest.mark.parametrize("lang", lexicons.LANGUAGES)
def test_actor_patterns_match_as_their_own_regex_when_compiled_only_for_articles_with_their_words(lang: str) -> None:
    # Unbounded single patterns (matched anywhere, not as whole words), as actors.py runs them.
    name = r"(?P<name>[^\W\d_a-z][\w-]{1,30})"
    holder: dict = {}
    cases = []
    for p in lexicons.lexicon(lang).get("actor_patterns", []):
        regex = p.replace("{NAME}", name).replace(" ", r"\s+")
        cases.append((Phrases([(None, regex, p.replace("{NAME}", "."))], 0, lambda: holder.get("v"), bounded=False),
                      re.compile(regex)))
    assert cases
    texts = [normalize(a.read_text(encoding="utf-8")) for a in ARTICLES if _language(a) == lang][:8]
    for text in texts:
        holder["v"] = Vocabulary(text[: len(text) // 2])  # the other half has words the vocabulary lacks
        for phrases, whole in cases:
            for piece in [s.text for s in split_sentences(text)] + [text]:
                _same(phrases, whole, piece)

def test_an_article_compiles_a_small_part_of_its_language_s_branches() -> None:
    holder: dict = {}
    cases = _phrases("fr", holder)
    text = normalize(next(a for a in ARTICLES if _language(a) == "fr").read_text(encoding="utf-8"))
    holder["v"] = Vocabulary(text)
    admitted = total = 0
    for _, phrases, _ in cases:
        for sentence in split_sentences(text):
            phrases.search(sentence.text)
        total += len(phrases._regexes)
        admitted += len(phrases._state[0])
    assert total > 1000
    assert admitted < 0.25 * total, (admitted, total)


def test_a_text_with_words_the_article_lacks_widens_the_compiled_alternation() -> None:
    holder = {"v": Vocabulary("Les urgences restent ouvertes.")}
    phrases = lexicons.compile_groups({"unavailable": ["fermée?s?", r"indisponible\w*"],
                                       "operational": ["ouverte?s?"]}, lambda: holder["v"])
    assert phrases.search("Les urgences restent ouvertes.").lastgroup == "operational"
    assert phrases.compiled_for("ouvertes").groupindex.keys() == {"unavailable", "operational"}
    assert "indisponible" not in phrases.compiled_for("ouvertes").pattern
    m = phrases.search("La radiologie est INDISPONIBLE.")  # not a word of the primed article
    assert m is not None and m.lastgroup == "unavailable" and m.group() == "INDISPONIBLE"



def test_an_article_admits_a_branch_only_with_all_its_words_and_a_text_with_the_missing_one_widens_it() -> None:
    holder = {"v": Vocabulary("Une rançon a été exigée. Pas de commentaire.")}
    phrases = lexicons.compile_words(["pas de rançon demandée", "rançon"], vocabulary=lambda: holder["v"])
    assert needs("pas de rançon demandée") == tuple(frozenset({("exact", w)}) for w in ("pas", "de", "rançon", "demandée"))
    assert phrases.search("Une rançon a été exigée.").group() == "rançon"
    assert "demandée" not in phrases.compiled_for("Une rançon a été exigée.").pattern  # "demandée" is missing
    m = phrases.search("Pas de rançon demandée, dit-il.")  # the missing word: the branch is compiled then
    assert m is not None and m.group() == "Pas de rançon demandée"

@pytest.mark.parametrize(("source", "expected"), [
    ("revendiqu\\w*", {("prefix", "revendiqu")}),
    ("factures?", {("prefix", "facture")}),
    ("(?:est|sont) assurée?s?(?!\\s+ailleurs)", {("prefix", "assuré")}),
    ("n'entend\\w* pas (?:y )?donner suite", {("prefix", "entend")}),
    ("rançon de", {("exact", "rançon")}),  # a space ends the word
    ("\\w*klinik", {("infix", "klinik")}),
    ("\\w*(?:gegevens|data|bestanden)", {("infix", "gegevens"), ("infix", "data"), ("infix", "bestanden")}),
    ("\\w*(?:gegevens|data) ~ (?:gestolen|gelekt)", {("prefix", "gestolen"), ("prefix", "gelekt")}),
    ("(?<!pour\\sles\\s)urgences(?!\\svitales)", {("prefix", "urgences")}),
    ("l'hôpital", {("exact", "hôpital")}),  # the branch ends the word
    ("e-mail", {("exact", "mail")}),
    ("aujourd'hui", {("exact", "aujourd")}),
    ("n'a (?:pas|rien)", {("prefix", "pas"), ("prefix", "rien")}),
    ("cyber ?security", {("infix", "security")}),  # "cybersecurity" too
    ("CERT", {("exact", "cert")}),
    ("'s avonds", {("exact", "avonds")}),
])
def test_anchors_name_the_word_every_match_carries(source: str, expected: set) -> None:
    assert anchors(source) == expected
    rx = re.compile(lexicons._translate(source), re.IGNORECASE)
    sample = {"revendiqu\\w*": "revendiquée", "factures?": "Facture", "\\w*klinik": "Uniklinik",
              "l'hôpital": "L'Hôpital", "e-mail": "E-Mail", "aujourd'hui": "Aujourd'hui", "CERT": "cert"}.get(source)
    if sample is not None:  # a match's words carry the anchor
        assert rx.fullmatch(sample)
        kind, word = next(iter(expected))
        words = [fold(w) for w in WORD.findall(sample)]
        assert any(w.startswith(word) if kind == "prefix" else w == word if kind == "exact" else word in w
                   for w in words)


@pytest.mark.parametrize("source", ["\\d{1,2}", "(?:de )?", "[ap]", "\\w+", "(?:a|\\d)", "-", ".*"])
def test_a_branch_that_names_no_word_has_no_anchor_and_is_always_compiled(source: str) -> None:
    assert not anchors(source)
    phrases = lexicons.compile_words([source, "zzz"], vocabulary=lambda: Vocabulary("nothing here"))
    assert phrases._state[0] == {0}


def test_fold_treats_letters_as_re_ignorecase_does() -> None:
    # For every letter a lexicon anchor may hold, every character re.IGNORECASE matches it folds alike
    # and is a word character alike: the index never drops a branch re would match.
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    letters = set("abcdefghijklmnopqrstuvwxyz")
    for lang in lexicons.LANGUAGES:
        for key, _ in _lists(lexicons.lexicon(lang).data):
            node = lexicons.lexicon(lang)._lookup(key)
            for source in (node if isinstance(node, list) else [p for v in node.values() for p in v]):
                for _, word in anchors(source) or ():
                    letters.update(word)
    assert len(letters) > 30
    for letter in sorted(letters):
        for m in re.finditer(re.escape(letter), every, re.IGNORECASE):
            assert fold(m.group()) == fold(letter), (letter, m.group())
            assert bool(WORD.fullmatch(m.group())) == bool(WORD.fullmatch(letter))
    assert len(fold(every)) == len(every)
    assert fold("İSTANBUL ſtraße") == "istanbul straße"


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["rançon", "Rançon", "RANÇON", "pas", "de", "demande", "payée", "a", "été", "n'a",
                                 "aucune", "l'hôpital", "-", ",", "versé", "note", "ſ", "İ", "x", "2"]),
                max_size=14), st.sampled_from([" ", "  ", "\n", "", "-"]))
def test_random_word_salad_matches_as_the_whole_alternation(words: list[str], glue: str) -> None:
    text = glue.join(words)
    holder = {"v": Vocabulary(text[: len(text) // 2])}
    phrases = lexicons.compile_groups(lexicons.lexicon("fr").get("ransom"), lambda: holder["v"])
    _same(phrases, re.compile(phrases.pattern, re.IGNORECASE), text)



def test_no_module_reaches_into_the_regex_engine_s_internals() -> None:
    # No marshalled _sre programs, no re._parser/_compiler, no filling of re's private _cache.
    internal = re.compile(r"\b_sre\b|\bre\._\w|\bsre_(?:compile|parse)\b|\bre\b[^\n]*\b_cache\b")
    for path in (ROOT / "editor").rglob("*.py"):
        found = internal.search(path.read_text(encoding="utf-8"))
        assert found is None, (path, found.group() if found else None)
    assert not (ROOT / "editor" / "rxcache.py").exists() and not (ROOT / "editor" / "rxwarm.py").exists()
