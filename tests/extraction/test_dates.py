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
    ("The attack began at 2 a.m. on Monday.", "en", WEDNESDAY, "2024-03-11T02:00"),  # time before the day
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


@pytest.mark.parametrize("text, language, published, expected", [
    ("Pour lundi, 300 rendez-vous étaient planifiés ; la plupart seront reportés.", "fr", SUNDAY, ["2024-03-11"]),
    ("Les consultations reprendront lundi prochain.", "fr", WEDNESDAY, ["2024-03-18"]),
    ("Le plan d'urgence a été activé dès samedi matin.", "fr", SUNDAY, ["2024-03-09"]),
    ("Outpatient clinics will reopen on Monday.", "en", SUNDAY, ["2024-03-11"]),
    ("The attack began on Monday.", "en", SUNDAY, ["2024-03-04"]),
    ("Operations are postponed until next Wednesday.", "en", SUNDAY, ["2024-03-13"]),
    ("Die Praxen öffnen am nächsten Montag wieder.", "de", WEDNESDAY, ["2024-03-18"]),
    ("Volgende maandag gaan de poliklinieken weer open.", "nl", SUNDAY, ["2024-03-11"]),
    ("Komende dinsdag zal alles hersteld zijn.", "nl", WEDNESDAY, ["2024-03-19"]),
])
def test_weekdays_that_point_ahead(text: str, language: str, published: date, expected: list[str]) -> None:
    assert resolved(text, language, published) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Staff noticed it at about 4am on Friday.", "en", "2024-03-08T04:00"),
    ("It began at 7 in the evening on Friday.", "en", "2024-03-08T19:00"),
    ("Der Angriff begann um 16.00 Uhr am Freitag.", "de", "2024-03-08T16:00"),
    ("Gegen 8 Uhr abends am Freitag fiel alles aus.", "de", "2024-03-08T20:00"),
    ("De aanval begon vrijdag om 4 uur 's nachts.", "nl", "2024-03-08T04:00"),
    ("Vrijdag om 9 uur 's avonds lag alles plat.", "nl", "2024-03-08T21:00"),
    ("Vendredi vers 9h du soir, tout s'est arrêté.", "fr", "2024-03-08T21:00"),
])
def test_twelve_hour_clock_and_time_before_the_day(text: str, language: str, expected: str) -> None:
    assert resolved(text, language, WEDNESDAY) == [expected]


def test_timeline_time_continues_the_day_of_the_sentence_before() -> None:
    from tests.extraction.helpers import run

    text = ("Cyberattaque à la clinique\n\nLa clinique Belmont est à l'arrêt depuis une attaque survenue dans la nuit "
            "de vendredi à samedi. Les premières alertes sont apparues vers 2h du matin. "
            "Une demi-heure plus tard, le réseau a été coupé.")
    whens = [e.when for e in run(text, "fr").timeline]
    assert whens == ["2024-03-09", "2024-03-09T02:00", "2024-03-09T02:30"]
