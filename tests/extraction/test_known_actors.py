"""Known threat actors (resources/threat_actors/): found without a pattern, never the victim, and a name that is
an ordinary word only with an actor noun beside it (sentences written for these tests)."""

from __future__ import annotations

import json

import pytest

from editor import resources
from editor.extraction.actors import find_threat_actors
from editor.extraction.known_actors import find_known, index
from tests.extraction.helpers import doc_of, run


def test_resource_names_its_source_and_licence() -> None:
    data = json.loads(resources.path("threat_actors", "actors.json").read_text(encoding="utf-8"))
    assert data["attack_version"] and "MITRE" in data["copyright"] and "Terms of Use" in data["licence"]
    names = {e["name"] for e in data["entries"]}
    assert {"Wizard Spider", "BlackCat", "Conti"} <= names
    assert next(e for e in data["entries"] if e["name"] == "BlackCat")["ransomware"]
    assert "alphv" in index()  # aliases are indexed too


@pytest.mark.parametrize("language, text, actor", [
    ("en", "Harwick Water said its billing systems were encrypted. LockBit published a sample of the files on Friday.",
     "LockBit"),
    ("fr", "La mairie de Varelles a été paralysée. Selon les enquêteurs, l'attaque porte la marque de BlackCat.",
     "BlackCat"),
    ("nl", "De servers van Zorggroep Veldhoven zijn versleuteld. Volgens de politie zit de bende Conti erachter.",
     "Conti"),
    ("de", "Die Stadtwerke Wendlingen wurden erpresst. Die Ermittler vermuten die Hive-Bande hinter dem Angriff.",
     "Hive"),
])
def test_known_actor_needs_no_pattern(language: str, text: str, actor: str) -> None:
    assert run(text, language).ransom.threat_actor == actor


@pytest.mark.parametrize("language, text", [
    ("en", "Royal Harbour Hospital was hit by ransomware on Monday. Nurses play a key role, said Dr Ana Pell."),
    ("fr", "Play est le nom du festival. La clinique Royal Parc a subi une attaque par rançongiciel lundi."),
    ("en", "Medusa, the new logistics app of Stelford Freight, went down after a ransomware attack on its servers."),
    ("de", "Die Klinik Conti in Wendlingen wurde am Montag Opfer eines Hackerangriffs."),
])
def test_common_word_alias_needs_an_actor_noun(language: str, text: str) -> None:
    doc = doc_of(text, language)
    assert not find_known(doc)
    assert run(text, language).ransom.threat_actor is None


def test_common_word_alias_marked_once_counts_everywhere() -> None:
    doc = doc_of("The Play ransomware gang hit Brookfield Water on Monday. Play later posted the stolen files.", "en")
    assert [m.sentence for m in find_known(doc)] == [0, 1]


@pytest.mark.parametrize("language, text, victim, actor", [
    ("en", "LockBit strikes again\n\nLockBit has claimed a new attack. According to LockBit, the gang stole 40 gigabytes "
           "of files from Valmere Clinic, a private hospital in Harwick. LockBit gave the clinic seven days to pay. "
           "Valmere Clinic said its servers were encrypted.", "Valmere Clinic", "LockBit"),
    ("fr", "Black Basta frappe encore\n\nBlack Basta a revendiqué une nouvelle attaque. Selon Black Basta, des données "
           "ont été volées à la mairie de Varelles. Black Basta exige une rançon. La mairie de Varelles a porté "
           "plainte.", "Varelles", "Black Basta"),
    ("nl", "Akira eist aanval op\n\nDe bende Akira heeft de aanval opgeëist. Volgens Akira zijn bestanden buitgemaakt "
           "bij Zorggroep Veldhoven. Akira dreigt de gegevens te publiceren. Zorggroep Veldhoven heeft aangifte "
           "gedaan.", "Zorggroep Veldhoven", "Akira"),
    ("de", "Rhysida schlägt zu\n\nDie Gruppe Rhysida hat den Angriff für sich reklamiert. Laut Rhysida wurden Daten "
           "der Stadtwerke Wendlingen erbeutet. Rhysida fordert ein Lösegeld. Die Stadtwerke Wendlingen haben "
           "Anzeige erstattet.", "Stadtwerke Wendlingen", "Rhysida"),
])
def test_known_actor_is_never_the_victim(language: str, text: str, victim: str, actor: str) -> None:
    report = run(text, language)
    assert victim in report.organization.name and actor not in report.organization.name
    assert report.ransom.threat_actor == actor


def test_a_loader_gives_way_to_the_ransomware() -> None:
    text = ("Harwick Water was hit by ransomware. The intrusion began with a QakBot infection; "
            "the Black Basta ransomware then encrypted the servers.")
    assert set(find_threat_actors(doc_of(text, "en"))) == {"Black Basta"}
