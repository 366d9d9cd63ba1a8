"""Date lines in four languages and the stopword language detector."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from editor.sources.dates import find_date_line, parse_date
from editor.sources.language import detect_language


@pytest.mark.parametrize("line, expected", [
    ("Publié le 22/08/2022 à 18h05", date(2022, 8, 22)),
    ("Mis à jour le lundi 22 août 2022", date(2022, 8, 22)),
    ("Published 14 May 2021, 09:12 BST", date(2021, 5, 14)),
    ("Updated: Monday, September 21, 2020", date(2020, 9, 21)),
    ("Gepubliceerd op 24 december 2019", date(2019, 12, 24)),
    ("Aktualisiert am 11.09.2020", date(2020, 9, 11)),
    ("2021-03-04", date(2021, 3, 4)),
    ("Le 15 mai 2022", date(2022, 5, 15)),
    ("Le 1er février 2023 à 08:00", date(2023, 2, 1)),
    ("Veröffentlicht am 3. März 2021, 10:15 Uhr", date(2021, 3, 3)),
    ("Sept. 3, 2021", date(2021, 9, 3)),
    ("Posted 07/11/2023 2:14 PM CDT", date(2023, 7, 11)),   # US order: a US time zone says so
    ("Published 07/11/2023 14:14 BST", date(2023, 11, 7)),  # otherwise day first
    ("Published 12/31/2020", date(2020, 12, 31)),           # unambiguous month-first
    ("Bijgewerkt op dinsdag 4 mei 2021 om 10:00", date(2021, 5, 4)),
])
def test_date_lines(line, expected):
    text = "A headline about an attack\n\n" + line + "\n\nFirst paragraph of the story."
    assert find_date_line(text).published == expected


def test_published_is_preferred_over_updated_in_either_order():
    both = find_date_line("Title\nMis à jour le 23/08/2022 à 10h00 – Publié le 22/08/2022 à 18h05\nBody")
    assert both.published == date(2022, 8, 22) and both.updated == date(2022, 8, 23)
    lines = find_date_line("Title\nUpdated: 2 June 2021\nPublished: 1 June 2021\nBody")
    assert lines.published == date(2021, 6, 1) and lines.updated == date(2021, 6, 2)


def test_updated_only_is_the_best_available():
    found = find_date_line("Title\nAktualisiert am 11.09.2020\nText")
    assert found.published == found.updated == date(2020, 9, 11)


def test_dates_in_the_story_are_not_publication_dates():
    story = ("Title\n\n" + "The attack began on 5 May 2021 when staff noticed encrypted files on the servers, "
             "and the hospital's systems stayed offline for weeks afterwards while experts investigated. " * 2)
    assert find_date_line(story).published is None
    # A headline with a date among many words is not a date line either.
    assert find_date_line("Hackers hit the regional hospital network on 5 May 2021 in a large attack\n").published is None
    # Only the first lines are read.
    assert find_date_line("x\n" * 30 + "Published 14 May 2021\n").published is None


def test_impossible_and_yearless_dates_are_ignored():
    assert find_date_line("Publié le 31/02/2022").published is None
    assert find_date_line("CORBEIL-ESSONNES, 22 août –").published is None
    assert find_date_line("Published 14 May 1890").published is None
    assert parse_date("not a date") is None
    assert parse_date("2024-06-14T17:48:00+01:00") == date(2024, 6, 14)
    assert parse_date("Friday 14 June 2024, 17:48 BST") == date(2024, 6, 14)


def test_date_line_parsing_is_fast_on_a_huge_line():
    import time

    text = "Published 14 May 2021\n" + "x" * 5_000_000
    started = time.perf_counter()
    assert find_date_line(text).published == date(2021, 5, 14)
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize("language, text", [
    ("fr", "L'hôpital a été la cible d'une cyberattaque dans la nuit de samedi, selon la direction qui a porté plainte."),
    ("en", "The hospital said on Monday that it had been hit by a ransomware attack and that patients were diverted."),
    ("nl", "Het ziekenhuis werd zaterdag getroffen door een cyberaanval, zegt de directie. Er is aangifte gedaan bij de politie."),
    ("de", "Das Krankenhaus wurde am Samstag von einem Cyberangriff getroffen, sagte die Leitung. Die Polizei ermittelt."),
])
def test_language_detection(language, text):
    assert detect_language(text) == language


def test_language_detection_needs_evidence():
    assert detect_language("") is None
    assert detect_language("Ransomware 2024 NHS NCSC") is None
    assert detect_language("12345 67890") is None


def test_language_detection_reads_only_the_opening():
    text = "The hospital said that the attack was over and that the systems were back. " * 80 + (
        "Het ziekenhuis zegt dat de aanval voorbij is en dat de systemen weer werken. " * 500)
    assert detect_language(text) == "en"


def test_dates_and_language_do_not_import_dateparser():
    code = ("import sys; from editor.sources import load; from editor.sources.dates import find_date_line; "
            "find_date_line('Publié le 22/08/2022'); from editor.sources.language import detect_language; "
            "detect_language('le la les des'); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dateparser', 'trafilatura', 'docx', "
            "'pypdf', 'charset_normalizer', 'PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"
