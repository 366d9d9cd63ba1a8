"""Start dates, on batch 25's pattern of misses (eighth session), shown on sentences written for these tests: a
holiday dates an attack ("am Ostermontag", "on Boxing Day", "le lundi de Pâques", "op tweede paasdag"; Easter
from dateutil's computus, lexicon ``holidays``); a sentence telling how it all started ("Tout a commencé dans la
nuit de samedi à dimanche") weighs as an attack sentence, so a later day a quote mentions does not win."""

from __future__ import annotations

from datetime import date

import pytest

from editor.extraction.dates import find_dates
from editor.extraction.lexicon import lexicon
from tests.extraction.helpers import run


@pytest.mark.parametrize("language, text, published, expected", [
    ("de", "Unbekannte haben am Ostermontag frühmorgens Teile der Informatik verschlüsselt.", date(2026, 4, 8),
     date(2026, 4, 6)),
    ("en", "The attack began on Boxing Day.", date(2027, 1, 3), date(2026, 12, 26)),
    ("fr", "L'attaque a eu lieu le lundi de Pâques.", date(2025, 4, 30), date(2025, 4, 21)),
    ("nl", "Op tweede paasdag sloegen de hackers toe.", date(2026, 4, 10), date(2026, 4, 6)),
    ("de", "Der Angriff begann an Heiligabend.", date(2026, 1, 5), date(2025, 12, 24)),
])
def test_a_holiday_is_the_last_one_before_publication(language: str, text: str, published: date,
                                                      expected: date) -> None:
    assert [w.as_date() for w in find_dates(text, lexicon(language), published)] == [expected]


def test_how_it_started_beats_a_later_day_in_an_attack_sentence() -> None:
    r = run("Cyberattaque à la clinique du Val\n\nDeux jours après la cyberattaque qui a visé la clinique du Val, les "
            "salariés travaillent toujours sur papier, selon une infirmière croisée lundi.\n\nTout a commencé dans "
            "la nuit de samedi à dimanche, vers 4 heures.", "fr", published=date(2026, 3, 10))
    assert r.incident.start_date in {"2026-03-07", "2026-03-08"}


def test_a_departement_over_towns_coded_by_their_region_keeps_both() -> None:
    r = run("Haute-Savoie : un ensemble scolaire visé par un rançongiciel\n\nL'ensemble scolaire Saint-Joseph-des-Monts "
            "(Haute-Savoie) regroupe une école, un collège et un lycée répartis sur trois sites, à Thônes, "
            "Val-des-Cimes et Annecy. Il est paralysé depuis lundi par une attaque au rançongiciel.", "fr")
    assert r.organization.region == "Haute-Savoie"
    assert "Annecy" in r.sites
