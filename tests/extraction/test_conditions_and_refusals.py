"""Ransom and conditions, found on the real-page scratch set (seventh session), shown on sentences written for
these tests in four languages: a payment the victim says will not be made is a refusal; a demand told in the
passive ("une rançon a été demandée") is a demand, a request denied ("had not received any requests for ransom") is
no demand; a fact inside a clause a condition opens ("wenn die Stadt 10.000 € anweist", "if data was taken") is
not asserted (lexicon ``condition_openers``)."""

from __future__ import annotations

from datetime import date

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


@pytest.mark.parametrize("language, sentence", [
    ("en", "The hackers want money, but the director said the ransom will not be paid."),
    ("fr", "Les pirates réclament une rançon, mais le directeur assure qu'elle ne sera pas versée."),
    ("nl", "De hackers eisen losgeld, maar volgens de directeur zal het losgeld niet worden betaald."),
    ("de", "Die Täter fordern ein Lösegeld, doch laut dem Geschäftsführer wird das Lösegeld nicht gezahlt."),
])
def test_a_payment_that_will_not_be_made_is_a_refusal(language: str, sentence: str) -> None:
    assert run(LEAD[language] + sentence, language).ransom.status.value == "refused"


def test_a_demand_in_the_passive_is_a_demand() -> None:
    r = run(LEAD["fr"] + "Une rançon a été demandée après l'attaque, selon le maire.", "fr")
    assert r.ransom.status.value == "demanded"


def test_no_request_received_is_no_demand() -> None:
    r = run(LEAD["en"] + "The company had not received any requests for ransom as of Tuesday.", "en")
    assert r.ransom.status.value == "not_demanded"


@pytest.mark.parametrize("language, sentence", [
    ("en", "Staff joked that the machines would only be unlocked if the company wired $20,000 in bitcoin."),
    ("fr", "Les machines ne seraient débloquées que si la société versait 20 000 euros en bitcoins, ironise un "
           "employé."),
    ("nl", "De machines gaan pas weer open als er 20.000 euro in bitcoin wordt overgemaakt, grapt een medewerker."),
    ("de", "Die Rechner werden erst wieder freigeschaltet, wenn die Firma 20.000 Euro in Bitcoins anweist, spottet "
           "ein Mitarbeiter."),
])
def test_an_amount_inside_a_condition_is_no_ransom(language: str, sentence: str) -> None:
    r = run(LEAD[language] + sentence, language)
    assert r.ransom.amount is None
    assert r.ransom.status.value == "unknown"


@pytest.mark.parametrize("language, sentence", [
    ("en", "Customers will be told if data was stolen."),
    ("fr", "Les clients seront prévenus si des données ont été volées."),
    ("nl", "Klanten worden ingelicht als er gegevens zijn gestolen."),
    ("de", "Die Kunden werden informiert, falls Daten gestohlen wurden."),
])
def test_a_theft_inside_a_condition_is_not_asserted(language: str, sentence: str) -> None:
    assert run(LEAD[language] + sentence, language).impact.data_exfiltration.value == "unknown"


@pytest.mark.parametrize("language, sentence", [
    ("nl", "De hackers eisen losgeld en volgens ingewijden zal het losgeld worden betaald."),
    ("de", "Die Täter fordern ein Lösegeld, und laut Insidern wird das Lösegeld gezahlt."),
])
def test_a_payment_that_will_be_made_is_no_refusal(language: str, sentence: str) -> None:
    assert run(LEAD[language] + sentence, language).ransom.status.value != "refused"


@pytest.mark.parametrize("language, sentence", [
    ("en", "An expert said the absence of a ransom note was unusual."),
    ("fr", "Un expert juge inhabituelle l'absence de note de rançon."),
    ("nl", "Een expert noemt het ontbreken van een losgeldbrief ongewoon."),
    ("de", "Ein Experte nennt das Fehlen einer Lösegeldforderung ungewöhnlich."),
])
def test_the_absence_of_a_ransom_note_is_no_demand(language: str, sentence: str) -> None:
    assert run(LEAD[language] + sentence, language).ransom.status.value != "demanded"


def test_a_union_asking_for_staff_is_no_ransom_demand() -> None:
    r = run(LEAD["fr"] + "Le délégué syndical réclame « des renforts dès lundi » pour le personnel.", "fr")
    assert r.ransom.status.value == "unknown"


@pytest.mark.parametrize("sentence", [
    "Zunächst ging die Firma von einem Erpressungstrojaner aus.",
    '"Es kann aber auch ein gescheiterter Erpressungsversuch sein", sagt ein Experte.',
])
def test_an_extortion_trojan_or_a_possible_extortion_is_no_demand(sentence: str) -> None:
    assert run(LEAD["de"] + sentence, "de").ransom.status.value == "unknown"


@pytest.mark.parametrize("language, sentence", [
    ("de", "Eine Erpresser-Nachricht wurde nicht gefunden. Ob es dennoch eine Lösegeldforderung gebe, dazu wollte "
           "sich ein Sprecher nicht äußern."),
    ("en", "No ransom note was found. The company would not say whether a ransom had been demanded since."),
])
def test_no_note_found_and_an_open_question_leave_the_status_unknown(language: str, sentence: str) -> None:
    assert run(LEAD[language] + sentence, language).ransom.status.value == "unknown"


@pytest.mark.parametrize("language, text", [
    ("en", "Ransomware gang demands $1.4 million from Dunmore schools\n\nA ransomware gang that crippled the Dunmore "
           "Unified School District's systems is demanding $1.4 million. The superintendent confirmed the demand.\n\n"
           "In October 2024 the same gang hit Redvale Public Schools, demanding $500,000. That district refused to "
           "pay, and the gang published its files."),
    ("fr", "Une rançon exigée à l'hôpital de Valbourg\n\nLes pirates qui ont paralysé l'hôpital de Valbourg "
           "réclament 2 millions d'euros de rançon.\n\nEn octobre 2024, le même groupe avait frappé la Clinique Mont "
           "Vert, réclamant 500 000 euros. Cet établissement avait refusé de payer."),
])
def test_a_refusal_told_after_a_precedent_named_without_a_head_word_stays_with_it(language: str, text: str) -> None:
    r = run(text, language, published=date(2026, 10, 14))
    assert r.ransom.status.value == "demanded"
