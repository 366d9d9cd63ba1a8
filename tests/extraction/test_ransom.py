"""Ransom status as of publication, amount, currency, threat actor, and the incident type."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extraction.helpers import run

PUB = date(2024, 3, 13)


@pytest.mark.parametrize("language, text, status", [
    ("fr", "Test\n\nAucune rançon n'a à ce stade été demandée, selon la direction.", "not_demanded"),
    ("fr", "Test\n\nLes pirates réclament 2 millions d'euros. La direction a refusé de payer.", "refused"),
    ("en", "Test\n\nThe hackers demanded $3 million in bitcoin.", "demanded"),
    ("en", "Test\n\nThe firm has not said whether a ransom was demanded.", "unknown"),
    ("en", "Test\n\nThe university paid the hackers 30 bitcoin.", "paid"),
    ("nl", "Test\n\nEr is geen losgeld gevraagd.", "not_demanded"),
    ("nl", "Test\n\nHet bedrijf heeft het losgeld betaald.", "paid"),
    ("de", "Test\n\nDer Kreis will kein Lösegeld zahlen.", "refused"),
    ("de", "Test\n\nDie Täter fordern ein Lösegeld.", "demanded"),
])
def test_status(language: str, text: str, status: str) -> None:
    report = run(text, language, PUB)
    assert report.ransom.status.value == status
    assert report.ransom.as_of == "2024-03-13"
    assert report.evidence["/ransom/status"]


@pytest.mark.parametrize("language, text, amount, currency", [
    ("fr", "Test\n\nLes pirates exigent 4,5 millions de dollars.", 4_500_000, "USD"),
    ("en", "Test\n\nThe gang demanded EUR 200,000 as ransom.", 200_000, "EUR"),
    ("nl", "Test\n\nDe universiteit betaalde dertig bitcoin losgeld.", 30, "BTC"),
    ("de", "Test\n\nDie Erpresser fordern 1,5 Millionen Euro Lösegeld.", 1_500_000, "EUR"),
])
def test_amount(language: str, text: str, amount: float, currency: str) -> None:
    report = run(text, language, PUB)
    assert report.ransom.amount == amount
    assert report.ransom.currency == currency
    assert report.evidence["/ransom/amount"]


def test_amount_in_a_comparison_is_ignored() -> None:
    text = ("Test\n\nLa clinique a été attaquée lundi. L'affaire rappelle celle de 2021, où des pirates avaient "
            "réclamé 10 millions de dollars.")
    report = run(text, "fr", PUB)
    assert report.ransom.amount is None


@pytest.mark.parametrize("language, text, actor", [
    ("en", "Test\n\nThe attack was claimed by LockBit, a ransomware group.", "LockBit"),
    ("fr", "Test\n\nLe groupe Akira a revendiqué l'attaque et réclame une rançon.", "Akira"),
    ("nl", "Test\n\nDe gijzelsoftware Clop versleutelde de bestanden.", "Clop"),
    ("de", "Test\n\nDie Gruppe BlackCat fordert Lösegeld.", "BlackCat"),
])
def test_threat_actor(language: str, text: str, actor: str) -> None:
    assert run(text, language, PUB).ransom.threat_actor == actor


@pytest.mark.parametrize("language, text, kind", [
    ("fr", "Test\n\nUne attaque par déni de service (DDoS) a saturé le site.", "ddos"),
    ("fr", "Test\n\nUn virus a paralysé les serveurs.", "malware"),
    ("en", "Test\n\nRansomware encrypted the servers.", "ransomware"),
    ("en", "Test\n\nPatient data was stolen in a data breach.", "data_breach"),
    ("nl", "Test\n\nDe gijzelsoftware versleutelde alle servers.", "ransomware"),
    ("de", "Test\n\nSchadsoftware legte die Verwaltung lahm.", "malware"),
])
def test_incident_type(language: str, text: str, kind: str) -> None:
    assert run(text, language, PUB).incident.type.value == kind


def test_exfiltration() -> None:
    assert run("Test\n\nPatient data was stolen and put up for sale.", "en", PUB).impact.data_exfiltration.value \
        == "confirmed"
    assert run("Test\n\nAucune trace de vol de données n'a été relevée.", "fr", PUB).impact.data_exfiltration.value \
        == "none"
    assert run("Test\n\nOf er gegevens zijn gestolen, is onduidelijk.", "nl", PUB).impact.data_exfiltration.value \
        == "unknown"


def test_no_ransom_paid_is_not_a_payment() -> None:
    from tests.extraction.helpers import run

    text = ("Test\n\nThe Testville water company was hit by ransomware on Monday. "
            "The company said no ransom had been paid.")
    assert run(text, "en").ransom.status.value != "paid"
