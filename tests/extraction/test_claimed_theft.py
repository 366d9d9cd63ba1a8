"""Data theft the attackers only claim, on batch 24's pattern of misses (eighth session), shown on sentences written
for these tests: a claim verb before a theft makes it a claim ("the group claims to have taken 300 GB",
"Gruppe behauptet Datendiebstahl"); "can neither confirm nor deny that data was taken" leaves the question open; a
theft said of gangs in general ("we have seen groups publish the data anyway") is no fact of this incident;
notifying the data-protection authority of a possible breach confirms nothing; "schließt einen Datendiebstahl aus"
rules it out, "kann einen Datenabfluss nicht ausschließen" leaves it open."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run

LEADS = {
    "fr": "Cyberattaque à la mairie de Valbourg\n\nLa mairie de Valbourg a été victime d'une attaque par "
          "rançongiciel lundi. ",
    "en": "Ransomware hits Oakvale council\n\nOakvale Borough Council was hit by a ransomware attack on Monday. ",
    "nl": "Cyberaanval op gemeente Oosterzijl\n\nDe gemeente Oosterzijl is maandag getroffen door een "
          "ransomware-aanval. ",
    "de": "Cyberangriff auf Stadt Ostheimbach\n\nDie Stadtverwaltung Ostheimbach ist am Montag Ziel eines "
          "Ransomware-Angriffs geworden. ",
}


@pytest.mark.parametrize("language, sentence", [
    ("fr", "Le groupe dit avoir exfiltré des données personnelles des habitants."),
    ("fr", "Sur son site, le groupe affirme que des données ont été volées au service des finances."),
    ("en", "On its leak site the gang claims that 300 gigabytes of data were stolen from the council."),
    ("nl", "De groep beweert dat gegevens van inwoners zijn gestolen."),
    ("de", "Gruppe behauptet Datendiebstahl. Die Täter drohen, Dokumente zu veröffentlichen."),
])
def test_a_theft_the_attackers_claim_is_claimed(language: str, sentence: str) -> None:
    r = run(LEADS[language] + sentence, language)
    assert r.impact.data_exfiltration.value == "claimed"


@pytest.mark.parametrize("language, sentence", [
    ("fr", "« Nous ne pouvons ni confirmer ni infirmer qu'il y a eu un vol de données », a dit le maire."),
    ("en", "\"We can neither confirm nor deny that any data was stolen,\" the council said."),
    ("nl", "\"We kunnen niet bevestigen noch ontkennen dat er gegevens zijn gestolen\", zei de burgemeester."),
    ("de", "Einen Datenabfluss kann die Stadt derzeit nicht ausschließen."),
])
def test_a_theft_neither_confirmed_nor_denied_is_unknown(language: str, sentence: str) -> None:
    r = run(LEADS[language] + sentence, language)
    assert r.impact.data_exfiltration.value == "unknown"


@pytest.mark.parametrize("language, sentence", [
    ("fr", "« Payer ne garantit rien : on a déjà vu des groupes publier les données quand même », prévient un expert."),
    ("en", "\"We have seen gangs leak stolen data even after a payment,\" an analyst said."),
])
def test_a_theft_said_of_gangs_in_general_is_no_fact(language: str, sentence: str) -> None:
    r = run(LEADS[language] + sentence, language)
    assert r.impact.data_exfiltration.value == "unknown"


def test_notifying_a_possible_breach_confirms_no_theft() -> None:
    r = run(LEADS["nl"] + "De gemeente heeft aangifte gedaan en een datalek gemeld bij de Autoriteit "
            "Persoonsgegevens.", "nl")
    assert r.impact.data_exfiltration.value == "unknown"


def test_a_theft_ruled_out_is_none() -> None:
    r = run(LEADS["de"] + "Einen Datendiebstahl schließt die Stadt aus.", "de")
    assert r.impact.data_exfiltration.value == "none"
