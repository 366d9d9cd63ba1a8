"""Whether two reports are about the same victim: name forms across languages, acronyms, "the hospital in <town>"."""

from __future__ import annotations

import re

from editor.merge.fields import fold, name_words
from editor.model.multi import all_sources
from editor.model.report import IncidentReport


def _words(name: str) -> list[str]:
    return re.findall(r"\w+", fold(name))


def distinctive(name: str | None) -> set[str]:
    """The words of a name that tell it apart: no function words, no "hospital", "centre", "city"."""
    if not name:
        return set()
    skip = name_words("stopwords") | name_words("generic_name_words")
    return {w for w in _words(name) if w not in skip and len(w) > 1 and not w.isdigit()}


def initials(name: str) -> set[str]:
    """Acronyms a name may go by: the initials of its words, with and without function words."""
    stop = name_words("stopwords")
    words = _words(name)
    letters = "".join(w[0] for w in words if w not in stop)
    every = "".join(w[0] for w in words)
    return {a for a in (letters, every) if len(a) >= 2}


def _acronym(name: str) -> str | None:
    """The acronym a name is, if it is one ("CHRV", "AZ-MV")."""
    compact = re.sub(r"[\s.\-]", "", name)
    if 2 <= len(compact) <= 8 and compact.isupper() and compact.isalpha():
        return fold(compact)
    return None


def _acronym_match(a: str, b: str) -> bool:
    short = _acronym(a)
    if short is None:
        return False
    return any(short == form or form.startswith(short) and len(short) >= 3 for form in initials(b))


def _places(report: IncidentReport) -> set[str]:
    found = set()
    for site in report.sites:
        found |= {w for w in _words(site) if len(w) > 2}
    return found


def _mentions(report: IncidentReport, name: str) -> bool:
    text = fold(" ".join(s.text for s in all_sources(report)))
    return bool(name) and re.search(r"\b" + re.escape(fold(name)) + r"\b", text) is not None


def same_victim(base: IncidentReport, new: IncidentReport) -> tuple[bool, str]:
    """(same, why): the two reports' victims are one organisation."""
    a, b = base.organization, new.organization
    if a.sector and b.sector and a.sector != b.sector:
        return False, f"another sector ({b.sector}, not {a.sector})"
    name_a, name_b = a.name or "", b.name or ""
    if name_a and name_b:
        if fold(name_a) == fold(name_b):
            return True, "same name"
        if _acronym_match(name_a, name_b) or _acronym_match(name_b, name_a):
            return True, "acronym"
    words_a, words_b = distinctive(name_a), distinctive(name_b)
    if words_a and words_b:
        if words_a & words_b:
            return True, "same name in another form"
        if words_b <= _places(base) or words_a <= _places(new):
            return True, "named by its town"  # "the hospital in <town>": the town is one of the other's sites
        return False, f"another victim ({name_b or 'unnamed'}, not {name_a or 'unnamed'})"
    # Countries only settle the weak case: the extractor often guesses a country from the language.
    if a.country and b.country and a.country != b.country:
        return False, f"another country ({b.country}, not {a.country})"
    # A generic or missing name ("the hospital in Valmont"): its town, its sites, or the other's name in its text.
    generic, other = (new, base) if not words_b else (base, new)
    places = distinctive(generic.organization.name) | _places(generic)
    if places & (distinctive(other.organization.name) | _places(other)):
        return True, "same town"
    if other.organization.name and _mentions(generic, other.organization.name):
        return True, "named in the article"
    return False, f"victim not recognised ({name_b or 'unnamed'}, not {name_a or 'unnamed'})"
