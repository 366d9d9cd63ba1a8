"""The modality stage: what is denied, asked, hedged or reported second-hand decides no value (sentences written
for these tests, four languages)."""

from __future__ import annotations

from typing import Any, Callable

import pytest

from editor.extraction import modality
from tests.extraction.helpers import categories_of, doc_of, run

EN = "Cyberattack on Harrowgate Hospital\n\nHarrowgate Hospital was hit by ransomware on Monday. "
FR = "Cyberattaque à l'hôpital de Valbourg\n\nL'hôpital de Valbourg a été touché lundi. "
NL = "Cyberaanval op Ziekenhuis Veldzicht\n\nZiekenhuis Veldzicht is maandag getroffen. "
DE = "Cyberangriff auf Klinikum Sonnfeld\n\nDas Klinikum Sonnfeld wurde am Montag angegriffen. "


def exfiltration(r) -> str:
    return r.impact.data_exfiltration.value


def ransom(r) -> str:
    return r.ransom.status.value


def actions(r) -> list[str]:
    return sorted(categories_of(r))


CASES: list[tuple[str, str, Callable[[Any], Any], Any]] = [
    # denied
    ("en", EN + "There is no evidence that data was stolen.", exfiltration, "none"),
    ("nl", NL + "Er is geen bewijs dat gegevens zijn gestolen.", exfiltration, "none"),
    ("de", DE + "Es gibt keine Hinweise darauf, dass Daten gestohlen wurden.", exfiltration, "none"),
    ("en", EN + "The gang did not explicitly ask for money.", ransom, "unknown"),
    ("fr", FR + "Les pirates n'ont pas explicitement réclamé d'argent.", ransom, "unknown"),
    ("de", DE + "Die Täter haben nicht ausdrücklich Geld gefordert.", ransom, "unknown"),
    ("en", EN + "The hospital has not given in to the demand.", ransom, "refused"),
    ("fr", FR + "L'hôpital n'a pas cédé à la demande de rançon.", ransom, "refused"),
    ("nl", NL + "Het ziekenhuis is niet ingegaan op de eis van de hackers.", ransom, "refused"),
    ("de", DE + "Das Klinikum hat der Forderung nicht nachgegeben.", ransom, "refused"),
    # asked
    ("en", EN + "The hospital is investigating whether data was taken.", exfiltration, "unknown"),
    ("fr", FR + "On ignore si des données ont été volées.", exfiltration, "unknown"),
    ("nl", NL + "Het ziekenhuis onderzoekt of er gegevens zijn gestolen.", exfiltration, "unknown"),
    ("de", DE + "Das Klinikum prüft, ob Daten abgeflossen sind.", exfiltration, "unknown"),
    # conditional (reported second-hand)
    ("en", EN + "The hospital would not have filed a complaint with the police.", actions, []),
    ("fr", FR + "L'hôpital n'aurait pas porté plainte.", actions, []),
    ("nl", NL + "Het ziekenhuis zou geen aangifte hebben gedaan.", actions, []),
    ("de", DE + "Das Klinikum soll keine Anzeige erstattet haben.", actions, []),
    ("fr", FR + "Une rançon aurait été payée.", ransom, "unknown"),
    # possible / forecast
    ("en", EN + "Recovery could take days.", actions, []),
    ("de", DE + "Die Wiederherstellung könnte Tage dauern.", actions, []),
    ("fr", FR + "Le retour à la normale pourrait prendre plusieurs semaines.", actions, []),
    ("nl", NL + "Het herstel kan mogelijk weken duren.", actions, []),
]


@pytest.mark.parametrize("language, text, value, expected", CASES)
def test_each_modality_decides_its_value(language: str, text: str, value, expected) -> None:
    assert value(run(text, language)) == expected


def test_ransom_is_unknown_unless_the_article_reports_a_demand_a_refusal_a_payment_or_none() -> None:
    assert ransom(run(EN + "Systems were encrypted and staff are using paper.", "en")) == "unknown"
    assert ransom(run(EN + "The attackers demanded a ransom.", "en")) == "demanded"
    assert ransom(run(EN + "No ransom demand was received.", "en")) == "not_demanded"


@pytest.mark.parametrize("language, sentence, word, expected", [
    ("en", "The police could not be reached.", "reached", "denied"),
    ("en", "The hospital is investigating whether data was taken.", "taken", "asked"),
    ("fr", "Des données auraient été dérobées.", "dérobées", "conditional"),
    ("nl", "De aanvallers hebben mogelijk gegevens buitgemaakt.", "gegevens", "possible"),
    ("de", "Die Systeme werden voraussichtlich am Freitag wieder laufen.", "laufen", "forecast"),
    ("de", "Das Klinikum hat Anzeige erstattet.", "Anzeige", "asserted"),
])
def test_the_modality_of_a_fact_in_its_clause(language: str, sentence: str, word: str, expected: str) -> None:
    doc = doc_of("Headline\n\n" + sentence, language)
    text = doc.sentences[1].text
    start = text.index(word)
    assert modality.at(doc, 1, start, start + len(word)) == expected


def test_a_condition_opens_its_own_clause() -> None:
    # "… te publiceren als er niet betaald wordt": the negation belongs to the condition, not to the threat
    doc = doc_of("Kop\n\nDe criminelen dreigen gestolen gegevens te publiceren als er niet betaald wordt.", "nl")
    text = doc.sentences[1].text
    start = text.index("publiceren")
    assert modality.at(doc, 1, start, start + len("publiceren")) == "asserted"


def test_the_sentences_get_their_modality() -> None:
    doc = doc_of("Headline\n\nThe hospital will reopen on Friday. Data may have been copied. Staff use paper.", "en")
    modality.assign(doc)
    assert doc.modality == ["asserted", "forecast", "possible", "asserted"]


# Issue 14 point 9: values say only what the text says.
def test_an_actor_named_in_a_guess_by_a_former_official_is_no_threat_actor() -> None:
    text = (EN + "“It bears all the hallmarks of the Blackmoth gang,” said Jane Roe, former head of the national cyber "
            "agency.")
    assert run(text, "en").ransom.threat_actor is None
    assert run(EN + "The Blackmoth gang claimed the attack.", "en").ransom.threat_actor == "Blackmoth"


def test_publication_said_to_be_likely_is_no_publication() -> None:
    text = EN + "The hackers stole patient files, which makes publication on the leak site very likely."
    report = run(text, "en")
    assert report.ransom.leak_published is None
    assert report.impact.data_exfiltration.value == "confirmed"
    published = run(EN + "The hackers stole patient files and published them on their leak site.", "en")
    assert published.ransom.leak_published is True


def test_a_restoration_order_needs_a_sentence_that_says_an_order() -> None:
    listed = run(EN + "Staff are restoring the systems (laboratory, radiology, pharmacy).", "en")
    assert listed.response.restoration_order == []
    ordered = run(EN + "Systems will be restored in order of priority (laboratory, radiology, pharmacy).", "en")
    assert ordered.response.restoration_order == ["laboratory", "radiology", "pharmacy"]
    assert ordered.evidence["/response/restoration_order"]


@pytest.mark.parametrize("language, text, expected", [
    ("de", DE + "Verschlüsselt wurde nichts, eine Schadsoftware zur Erpressung fanden die Ermittler nicht. Die "
           "Angreifer kopierten Studierendendaten.", "data_breach"),
    ("en", EN.replace("was hit by ransomware", "was hacked") + "Nothing was encrypted and no ransomware was found; "
           "the attackers copied staff files.", "data_breach"),
])
def test_a_denied_attack_word_makes_no_incident_type(language: str, text: str, expected: str) -> None:
    report = run(text, language)
    assert report.incident.type.value not in ("ransomware", "malware")
    assert report.impact.data_exfiltration.value == "confirmed"


def test_a_refusal_in_principle_of_no_demand_is_no_refusal() -> None:
    text = DE + "Eine Lösegeldforderung sei bisher nicht eingegangen. \"Sollte eine kommen, werden wir nicht zahlen.\""
    assert ransom(run(text, "de")) == "not_demanded"
    assert ransom(run(DE + "Die Täter fordern Lösegeld. \"Wir werden nicht zahlen.\"", "de")) == "refused"


def test_a_refused_ransom_still_says_ransomware() -> None:
    assert run(FR + "La ville ne versera aucune rançon aux pirates.", "fr").incident.type.value == "ransomware"


def test_a_negation_reaches_a_fact_a_few_words_on() -> None:
    text = EN + "“So far we have seen no evidence that customer or employee data was taken,” the hospital said."
    assert exfiltration(run(text, "en")) in ("unknown", "none")
    listed = EN + "The gang had not listed the hospital on its leak site by Friday."
    assert exfiltration(run(listed, "en")) == "unknown"


def test_a_theft_said_again_and_again_is_a_data_breach_despite_encryption_named_once() -> None:
    text = ("Klantgegevens van Zeewind Verzekeringen gestolen\n\nCriminelen hebben gegevens van klanten van Zeewind "
            "Verzekeringen gestolen. Het datalek werd vorige week ontdekt. De gestolen gegevens worden te koop "
            "aangeboden. \"Versleutelen trekt aandacht\", zegt een expert.")
    assert run(text, "nl").incident.type.value == "data_breach"


def test_no_reason_to_assume_data_was_taken_is_no_theft() -> None:
    text = NL + "Het ziekenhuis ziet geen reden om te denken dat er patiëntgegevens zijn meegenomen."
    assert exfiltration(run(text, "nl")) == "none"


@pytest.mark.parametrize("language, text, expected", [
    ("de", DE + "Die Täter haben Lösegeld gefordert.", "demanded"),
    ("nl", NL + "Betalen moet in bitcoin, eisen de criminelen.", "demanded"),
    ("nl", NL + "De hackers zetten de bestanden online als het bestuur niet betaalt.", "demanded"),
])
def test_ransom_demands_in_other_words(language: str, text: str, expected: str) -> None:
    assert ransom(run(text, language)) == expected


def test_a_claimed_theft_is_a_claim() -> None:
    text = NL + "Volgens een bericht op hun website claimt de bende bestanden van patiënten in handen te hebben."
    assert exfiltration(run(text, "nl")) == "claimed"
