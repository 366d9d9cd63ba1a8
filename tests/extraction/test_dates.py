"""Dates resolved against the publication date, in the four languages."""

from __future__ import annotations

from datetime import date

import pytest

from editor.extraction.dates import find_dates, find_published
from editor.extraction.lexicon import lexicon
from tests.extraction.helpers import run


def resolved(text: str, language: str, published: date | None) -> list[str | None]:
    return [w.iso() for w in find_dates(text, lexicon(language), published)]


SUNDAY = date(2024, 3, 10)
WEDNESDAY = date(2024, 3, 13)


@pytest.mark.parametrize("text, language, published, expected", [
    ("Dans la nuit de samedi à dimanche, vers 4h, les écrans se sont figés.", "fr", WEDNESDAY, "2024-03-10T04:00"),
    ("Dans la nuit de samedi à dimanche, vers 23h, l'alerte est donnée.", "fr", WEDNESDAY, "2024-03-09T23:00"),
    ("L'attaque a eu lieu hier.", "fr", WEDNESDAY, "2024-03-12"),
    ("The breach was discovered late on Thursday.", "en", date(2024, 3, 16), "2024-03-14"),
    ("Systems have been down since Sunday.", "en", WEDNESDAY, "2024-03-10"),
    ("The attack began at 2 a.m. on Monday.", "en", WEDNESDAY, "2024-03-11"),
    ("In de nacht van zaterdag op zondag sloegen de hackers toe.", "nl", WEDNESDAY, "2024-03-10"),
    ("Gisteren werd de aanval ontdekt.", "nl", WEDNESDAY, "2024-03-12"),
    ("Am Dienstag vergangener Woche fielen die Server aus.", "de", WEDNESDAY, "2024-03-05"),
    ("Gestern um 11 Uhr wurde der Angriff bemerkt.", "de", WEDNESDAY, "2024-03-12T11:00"),
])
def test_relative_dates(text: str, language: str, published: date, expected: str) -> None:
    assert expected in resolved(text, language, published)


@pytest.mark.parametrize("text, language, expected", [
    ("Publié le 05/02/2024 à 10h12", "fr", "2024-02-05T10:12"),
    ("L'attaque date du 3 février 2024.", "fr", "2024-02-03"),
    ("It was unleashed on Tuesday 6 February 2024.", "en", "2024-02-06"),
    ("The company learned of it on February 6.", "en", "2024-02-06"),
    ("Op 6 februari 2024 werd aangifte gedaan.", "nl", "2024-02-06"),
    ("Stand: 06.02.2024, 09:30 Uhr", "de", "2024-02-06T09:30"),
    ("Am 6. Februar 2024 schlugen die Täter zu.", "de", "2024-02-06"),
])
def test_explicit_dates(text: str, language: str, expected: str) -> None:
    assert expected in resolved(text, language, date(2024, 2, 10))


def test_day_and_month_without_year_take_the_latest_past_year() -> None:
    assert "2023-12-23" in resolved("Op zaterdag 23 december sloegen ze toe.", "nl", date(2024, 1, 8))


def test_month_and_year_only() -> None:
    assert "2021-02" in resolved("En février 2021, un autre hôpital était visé.", "fr", date(2022, 8, 1))


def test_published_from_date_line() -> None:
    text = "Titel\n\nGepubliceerd op 5 februari 2020 om 17:48\n\nDe tekst."
    assert find_published(text, lexicon("nl")) == date(2020, 2, 5)


def test_start_date_prefers_the_attack_sentence_over_later_events() -> None:
    text = ("Cyberangriff auf die Stadtverwaltung Beispielstadt\n\n"
            "Am Montag wurde die Stadtverwaltung Beispielstadt von Hackern angegriffen. "
            "Am Mittwoch tagte der Krisenstab.")
    report = run(text, "de", date(2024, 3, 14))
    assert report.incident.start_date == "2024-03-11"
    assert "/incident/start_date" in report.evidence


def test_published_argument_beats_the_article_date_line() -> None:
    text = "Title\n\nMarch 1, 2024\n\nThe council was hit by an attack yesterday."
    report = run(text, "en", date(2024, 3, 13))
    assert report.source.published == "2024-03-13"
    report = run(text, "en", None)
    assert report.source.published == "2024-03-01"
