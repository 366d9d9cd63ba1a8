"""Numbers and money in the four languages, on sentences written for these tests."""

from __future__ import annotations

import pytest

from editor.extraction.lexicon import lexicon
from editor.extraction.numbers import find_numbers


def values(text: str, language: str, kind: str | None = None) -> list[float]:
    return [q.value for q in find_numbers(text, lexicon(language)) if kind is None or q.kind == kind]


def money(text: str, language: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.currency) for q in find_numbers(text, lexicon(language)) if q.kind == "money"]


@pytest.mark.parametrize("text, language, expected", [
    ("Le parc compte 1.500 postes.", "fr", 1500),
    ("Le parc compte 1 500 postes.", "fr", 1500),
    ("Le parc compte 1\u202f500 postes.", "fr", 1500),
    ("Le parc compte 1\u00a0500 postes.", "fr", 1500),
    ("The estate has 1,500 laptops.", "en", 1500),
    ("Er zijn 1.500.000 records gelekt.", "nl", 1500000),
    ("Rund 160.000 Einwohner sind betroffen.", "de", 160000),
    ("Some 12 machines failed.", "en", 12),
])
def test_digits_in_each_locale(text: str, language: str, expected: float) -> None:
    assert expected in values(text, language, "count")


@pytest.mark.parametrize("text, language, expected", [
    ("Les pirates ont chiffré deux cents serveurs.", "fr", 200),
    ("Hackers encrypted two hundred servers.", "en", 200),
    ("De criminelen versleutelden tweehonderd servers.", "nl", 200),
    ("Die Täter verschlüsselten zweihundert Server.", "de", 200),
    ("Une centaine d'opérations ont été annulées.", "fr", 100),
    ("Een dertigtal medewerkers en dertig studenten.", "nl", 30),
    ("Dreihundertzwanzig Rechner fielen aus.", "de", 320),
])
def test_number_words(text: str, language: str, expected: float) -> None:
    assert expected in values(text, language)


def test_articles_are_not_the_number_one() -> None:
    assert values("Une cyberattaque a visé une clinique.", "fr") == []
    assert values("A hospital was hit by an attack.", "en") == []


@pytest.mark.parametrize("text, language, expected", [
    ("The gang demanded $10 million.", "en", (10_000_000, "USD")),
    ("Ils réclament 10 millions de dollars.", "fr", (10_000_000, "USD")),
    ("Une rançon de 4,5 M€ a été exigée.", "fr", (4_500_000, "EUR")),
    ("They asked for EUR 200,000 in total.", "en", (200_000, "EUR")),
    ("The university paid 30 BTC.", "en", (30, "BTC")),
    ("De universiteit betaalde dertig bitcoin.", "nl", (30, "BTC")),
    ("Er werd zo'n 197.000 euro overgemaakt.", "nl", (197_000, "EUR")),
    ("Die Erpresser fordern 1,5 Millionen Euro.", "de", (1_500_000, "EUR")),
    ("Die Hacker fordern fünf Millionen Dollar.", "de", (5_000_000, "USD")),
    ("A ransom of £20m was mentioned.", "en", (20_000_000, "GBP")),
    ("Une demande de 4,25 millions d'euros.", "fr", (4_250_000, "EUR")),
])
def test_money(text: str, language: str, expected: tuple[float, str]) -> None:
    assert expected in money(text, language)


def test_years_percentages_and_times_are_not_counts() -> None:
    found = {q.kind for q in find_numbers("En 2021, 90 % des services, vers 3h.", lexicon("fr"))}
    assert found == {"year", "percent", "time"}


def test_dotted_quad_and_long_digit_runs_do_not_break() -> None:
    assert find_numbers("Server 1.1.1.1 answered.", lexicon("en"))
    digits = "9" * 100_000
    assert find_numbers(digits, lexicon("en")) == []  # read without breaking, and no quantity (worth > 10^15)
    assert [q.value for q in find_numbers(digits + " and 42", lexicon("en"))] == [42]


def test_a_run_of_hundreds_of_digits_is_no_quantity():
    """Beyond any reported figure, and float('1' + '0' * 400) is infinity: int() of it raised in three stages."""
    from editor.extraction import extract
    from editor.sources.article import Article

    text = ("Hospital hit by ransomware\n\nThe gang demanded a ransom of $" + "9" * 400 + ". It has 1" + "0" * 400
            + " servers down. Some 120 servers are down.")
    report = extract(Article(text=text, language="en"))
    assert report.impact.servers_affected == 120
    assert report.ransom.amount is None
