"""The incidents stage: a precedent, a comparison or a national statistic feeds none of the main incident's facts."""

from __future__ import annotations

from typing import Any

import pytest

from editor.extraction import incidents
from tests.extraction.helpers import doc_of, run

# Articles written for these tests: the main incident in three paragraphs, then a precedent paragraph (a cue
# sentence naming another victim, then sentences that carry on about it without a cue) and a statistic.
ARTICLES: dict[str, tuple[list[str], str]] = {
    "en": ([
        "Ransomware attack disrupts Harrowgate Community Hospital",
        "Harrowgate Community Hospital said on Tuesday that a ransomware attack had encrypted 40 servers and forced it "
        "to postpone 300 appointments at its sites in Leeds and Bradford.",
        "The attackers demanded 2 million dollars, and the hospital said it would not pay. The Blackmoth group "
        "claimed the attack.",
        "Staff are working with pen and paper while the systems are restored.",
    ], "The scenario recalls the attack on Wexley General Hospital in Manchester in 2021, where the Cinderhawk gang "
       "demanded $10 million. The gang encrypted 600 servers on 4 May 2021 and Wexley General paid the ransom. "
       "In 2023, the national cyber agency recorded 250 attacks on hospitals."),
    "fr": ([
        "Cyberattaque contre le Centre hospitalier de Valmont",
        "Le Centre hospitalier de Valmont a été visé mardi par une attaque par rançongiciel qui a chiffré 40 serveurs "
        "et obligé à reporter 300 rendez-vous sur ses sites de Lyon et Grenoble.",
        "Les pirates réclament une rançon de 2 millions d'euros, que l'hôpital refuse de payer. Le groupe Noirfeu a "
        "revendiqué l'attaque.",
        "Le personnel travaille sur papier pendant la restauration des systèmes.",
    ], "Ce scénario rappelle l'attaque contre la Clinique Saint-Aubin de Marseille en 2021, où le gang Cendrefaucon "
       "avait exigé 10 millions de dollars. Les pirates avaient chiffré 600 serveurs le 4 mai 2021 et la Clinique "
       "Saint-Aubin avait payé la rançon. En 2023, l'agence nationale a recensé 250 attaques contre des hôpitaux."),
    "nl": ([
        "Cyberaanval legt Ziekenhuis Veldhoven plat",
        "Ziekenhuis Veldhoven is dinsdag getroffen door een ransomware-aanval waarbij 40 servers zijn versleuteld en "
        "300 afspraken zijn uitgesteld op de locaties in Utrecht en Arnhem.",
        "De aanvallers eisen 2 miljoen euro losgeld, maar het ziekenhuis weigert te betalen. De groep Zwartvuur heeft "
        "de aanval opgeëist.",
        "Het personeel werkt op papier terwijl de systemen worden hersteld.",
    ], "Het scenario doet denken aan de aanval op het Sint-Anna Ziekenhuis in Groningen in 2021, waarbij de bende "
       "Asvalk 10 miljoen dollar eiste. De bende versleutelde op 4 mei 2021 600 servers en het Sint-Anna Ziekenhuis "
       "betaalde het losgeld. In 2023 registreerde het nationale cybercentrum 250 aanvallen op ziekenhuizen."),
    "de": ([
        "Cyberangriff legt Klinikum Talheim lahm",
        "Das Klinikum Talheim ist am Dienstag Ziel eines Ransomware-Angriffs geworden, bei dem 40 Server verschlüsselt "
        "und 300 Termine an den Standorten Stuttgart und Ulm verschoben wurden.",
        "Die Angreifer fordern ein Lösegeld von 2 Millionen Euro, das Klinikum will nicht zahlen. Die Gruppe Schwarzfeuer "
        "hat sich zu dem Angriff bekannt.",
        "Das Personal arbeitet mit Papier, während die Systeme wiederhergestellt werden.",
    ], "Das Szenario erinnert an den Angriff auf das Klinikum Bergstadt in Dresden im Jahr 2021, bei dem die Bande "
       "Aschfalke 10 Millionen Dollar forderte. Die Täter verschlüsselten am 4. Mai 2021 600 Server, und das Klinikum "
       "Bergstadt zahlte das Lösegeld. Im Jahr 2023 verzeichnete das Bundesamt 250 Angriffe auf Krankenhäuser."),
}


def _facts(text: str, language: str) -> dict[str, Any]:
    """The extracted report without what depends on the text's length (source, evidence, confidences) and without
    the alternatives offered beside each value (a precedent's amount may be one, at a low probability)."""
    data = run(text, language).to_json_dict()
    for key in ("source", "evidence", "confidence", "confidence_why", "candidates"):
        data.pop(key, None)
    return data


@pytest.mark.parametrize("language", sorted(ARTICLES))
@pytest.mark.parametrize("where", ["middle", "end"])
def test_a_precedent_paragraph_changes_none_of_the_main_facts(language: str, where: str) -> None:
    paragraphs, precedent = ARTICLES[language]
    base = _facts("\n\n".join(paragraphs), language)
    assert base["organization"]["name"] and base["ransom"]["amount"] == 2_000_000
    inserted = paragraphs[:2] + [precedent] + paragraphs[2:] if where == "middle" else paragraphs + [precedent]
    assert _facts("\n\n".join(inserted), language) == base


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_the_precedents_paragraph_is_another_incident_until_the_victim_returns(language: str) -> None:
    paragraphs, precedent = ARTICLES[language]
    text = "\n\n".join(paragraphs[:2] + [precedent + " " + paragraphs[1]])
    doc = doc_of(text, language)
    report = run(text, language)
    from editor.extraction.victim import choose_victim

    choice = choose_victim(doc, set())
    assert choice.name == report.organization.name
    incidents.attribute(doc, choice.pattern, choice.other_forms())
    # headline, lead, then the precedent's three sentences, then the lead repeated: the victim is back
    assert doc.incident[-4:] == ["other", "other", "other", "main"]
    assert doc.incident[:2] == ["main", "main"]


@pytest.mark.parametrize("language, sentence", [
    ("en", "In 2023, the national cyber agency recorded 250 attacks on hospitals."),
    ("fr", "En 2023, l'agence nationale a recensé 250 attaques contre des hôpitaux."),
    ("nl", "In 2023 registreerde het nationale cybercentrum 250 aanvallen op ziekenhuizen."),
    ("de", "Im Jahr 2023 verzeichnete das Bundesamt 250 Angriffe auf Krankenhäuser."),
])
def test_a_national_statistic_opens_another_incident(language: str, sentence: str) -> None:
    doc = doc_of("Headline\n\n" + sentence, language)
    assert 1 in doc.starters and doc.is_context(1)


@pytest.mark.parametrize("language, sentence", [
    ("en", "According to the annual report of the national agency, 900 attacks were recorded."),
    ("fr", "Selon le dernier rapport de l'agence, 144 incidents ont touché des hôpitaux."),
    ("nl", "Volgens het jaarlijkse rapport van het centrum werden 300 incidenten gemeld."),
    ("de", "Laut Cybercrime-Report des Bundesamts wurden 2025 rund 60.000 Delikte angezeigt."),
])
def test_a_report_of_national_figures_is_a_statistic(language: str, sentence: str) -> None:
    doc = doc_of("Headline\n\n" + sentence, language)
    assert 1 in doc.starters


def test_a_precedent_heading_opens_the_paragraph_under_it() -> None:
    text = ("Cyberattaque à l'hôpital de Valbourg\n\nL'hôpital de Valbourg a été touché lundi par une cyberattaque.\n\n"
            "Un précédent à Marvelle\n\nUne attaque comparable à celle du Centre hospitalier de Marvelle (CHM), où les "
            "pirates avaient exigé 10 millions de dollars. Le CHM avait refusé de payer.")
    report = run(text, "fr")
    assert report.organization.name == "hôpital de Valbourg"
    assert report.ransom.amount is None and report.ransom.status.value == "unknown"


@pytest.mark.parametrize("language, sentence", [
    ("en", "Two other councils had already been hit by the same gang."),
    ("fr", "Deux autres mairies avaient déjà été touchées par le même groupe."),
    ("nl", "Twee andere gemeenten waren al eerder getroffen door dezelfde groep."),
    ("de", "Von Angriffen betroffen waren in diesem Jahr bereits zwei andere Kreise."),
])
def test_other_victims_hit_before_open_another_incident(language: str, sentence: str) -> None:
    assert 1 in doc_of("Headline\n\n" + sentence, language).starters


@pytest.mark.parametrize("language, sentence", [
    ("en", "Ransomware is a form of malware with which criminals encrypt files and then ask for a ransom."),
    ("fr", "Dans ce genre d'affaires, les criminels exigent des rançons en cryptomonnaie."),
    ("nl", "Bij dit soort aanvallen eisen criminelen meestal losgeld."),
    ("de", "Bei solchen Angriffen fordern die Täter in der Regel Lösegeld."),
])
def test_how_attacks_go_in_general_sets_no_ransom(language: str, sentence: str) -> None:
    head = {"en": "Attack on Harrowgate Hospital\n\nHarrowgate Hospital was hit on Monday. ",
            "fr": "Cyberattaque\n\nL'hôpital de Valbourg a été touché lundi. ",
            "nl": "Cyberaanval\n\nZiekenhuis Veldzicht is maandag getroffen. ",
            "de": "Cyberangriff\n\nDas Klinikum Sonnfeld wurde am Montag angegriffen. "}[language]
    assert run(head + sentence, language).ransom.status.value == "unknown"
