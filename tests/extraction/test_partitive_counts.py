"""A part of a whole (seventh session, found on batch 23 and shown here on sentences written for these tests): "34
of the district's servers", "73 van de 110 servers", "douze serveurs sur les seize que compte la mairie", "40 von
120 Servern" — the part is the damage, the whole is the inventory (lexicon ``partitive_prepositions``)."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run

LEAD = {
    "en": "Ransomware hits Holloway Foundry\n\nHolloway Foundry Ltd in Sheffield was hit by ransomware on Monday. ",
    "fr": "Cyberattaque chez Fonderie Morvan\n\nLa société Fonderie Morvan, à Nevers, a été touchée lundi par un "
          "rançongiciel. ",
    "nl": "Hack bij Gieterij Vossen\n\nGieterij Vossen in Tilburg is maandag getroffen door ransomware. ",
    "de": "Cyberangriff auf Gießerei Albrecht\n\nDie Gießerei Albrecht GmbH in Aalen wurde am Montag mit Ransomware "
          "angegriffen. ",
}


@pytest.mark.parametrize("language, sentence, servers", [
    ("en", "The IT director said 34 of the company's servers had been encrypted.", 34),
    ("en", "In all, 40 of its 120 servers were encrypted.", 40),
    ("fr", "« Douze serveurs sur les seize que compte l'entreprise ont été chiffrés », a précisé le directeur.", 12),
    ("fr", "Environ 60 serveurs sur les 250 que compte la société ont été touchés.", 60),
    ("nl", "Volgens de directeur zijn 73 van de 110 servers versleuteld.", 73),
    ("de", "Nach Angaben der Firma wurden 40 von 120 Servern verschlüsselt.", 40),
    # eighth session (batch 24's pattern): a total cue inside the whole, the noun before a comma
    ("nl", "Volgens de directeur zijn zestig van de in totaal honderd servers versleuteld.", 60),
    ("fr", "Selon la direction, une quarantaine de serveurs, sur les 310 que compte l'entreprise, ont été chiffrés.",
     40),
    # the whole is what was hit when the whole's own words say so; the part is what is restored
    ("nl", "Inmiddels zijn elf van de veertien getroffen servers schoongemaakt en teruggezet.", 14),
    ("en", "Eleven of the 14 affected servers have been restored.", 14),
])
def test_a_part_of_a_whole_is_the_damage(language: str, sentence: str, servers: int) -> None:
    assert run(LEAD[language] + sentence, language).impact.servers_affected == servers


def test_an_inventory_alone_is_still_no_damage() -> None:
    r = run(LEAD["fr"] + "L'entreprise compte au total 250 serveurs.", "fr")
    assert r.impact.servers_affected is None
