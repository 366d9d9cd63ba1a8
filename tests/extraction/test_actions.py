"""Response actions and their categories, in the four languages."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import categories_of, run

CASES = [
    ("fr", "Hôpital test\n\nLe plan blanc a été déclenché et une cellule de crise installée. L'hôpital a coupé ses "
           "connexions avec l'extérieur d'internet. Une plainte a été déposée. Les soignants travaillent sur papier. "
           "Des patients ont été transférés vers d'autres hôpitaux.",
     {"emergency_plan", "crisis_cell", "network_isolation", "law_enforcement", "downtime_procedures",
      "patient_diversion"}),
    ("en", "Test council\n\nThe council took its systems offline and brought in outside specialists. It has informed "
           "the police and said in a statement that services would be restored within weeks.",
     {"network_isolation", "external_experts", "law_enforcement", "public_communication", "restoration"}),
    ("nl", "Testgemeente\n\nDe gemeente haalde alle systemen offline gehaald en deed aangifte bij de politie. "
           "Een crisisteam komt dagelijks samen. Het beveiligingsbedrijf helpt bij het herstel.",
     {"network_isolation", "law_enforcement", "crisis_cell", "external_experts", "restoration"}),
    ("de", "Testkreis\n\nDer Landrat rief den Katastrophenfall aus. Ein Krisenstab tagt. Alle Systeme wurden vom Netz "
           "getrennt, die Polizei ermittelt, externe Experten helfen beim Wiederaufbau.",
     {"emergency_plan", "crisis_cell", "network_isolation", "law_enforcement", "external_experts", "restoration"}),
]


@pytest.mark.parametrize("language, text, expected", CASES, ids=[c[0] for c in CASES])
def test_categories(language: str, text: str, expected: set[str]) -> None:
    assert categories_of(run(text, language)) == expected


def test_actions_have_description_actor_and_evidence() -> None:
    report = run(CASES[0][1], "fr")
    for i, action in enumerate(report.response.actions):
        assert action.description
        assert report.evidence[f"/response/actions/{i}"]
    law = [a for a in report.response.actions if a.category.value == "law_enforcement"]
    assert law and law[0].description


def test_restoration_order() -> None:
    text = ("Test\n\nLa relance se fait selon les priorités (laboratoires, radiologie, dossiers médicaux).")
    report = run(text, "fr")
    assert report.response.restoration_order == ["laboratory", "radiology", "medical_records"]


def test_actions_in_comparisons_are_ignored() -> None:
    text = "Test\n\nThe clinic was hit on Monday. The attack recalls the 2019 case where police were called."
    assert "law_enforcement" not in categories_of(run(text, "en"))


def test_overlapping_cues_each_count() -> None:
    text = ("Test\n\nThe agency was working with the police, the national cyber security centre and third-party "
            "cybersecurity experts.")
    assert {"law_enforcement", "authorities_notified", "external_experts"} <= categories_of(run(text, "en"))


@pytest.mark.parametrize("language, text", [
    ("en", "Test\n\nThe hospital switched off its network and servers on Monday."),
    ("fr", "Test\n\nLa direction a arrêté l'ensemble de ses serveurs lundi soir."),
    ("nl", "Test\n\nDe gemeente heeft alle systemen meteen uitgeschakeld."),
    ("de", "Test\n\nDie Systeme wurden am Montag runtergefahren."),
])
def test_systems_switched_off_isolate_the_network(language: str, text: str) -> None:
    assert "network_isolation" in categories_of(run(text, language))


# A connection (or link) that is severed, in either order: "severed its connection to", "die Verbindung nach außen
# getrennt", "la liaison … a été interrompue", "de koppeling met de buitenwereld verbroken".
@pytest.mark.parametrize("language, text", [
    ("en", "Test college\n\nAs a precaution the college severed its connection to the internet on Tuesday."),
    ("en", "Test college\n\nThe link between the campus and the outside world was cut on Tuesday."),
    ("de", "Testschule\n\nDie Schule hat am Montag vorsorglich die Datenverbindung ins Internet getrennt."),
    ("de", "Testschule\n\nAm Montag wurde die Verbindung nach außen getrennt."),
    ("fr", "Test école\n\nPar précaution, l'école a coupé lundi sa connexion à internet."),
    ("fr", "Test école\n\nLa liaison avec l'extérieur a été interrompue lundi."),
    ("nl", "Testschool\n\nDe school heeft maandag uit voorzorg de internetverbinding verbroken."),
    ("nl", "Testschool\n\nMaandag werd de koppeling met de buitenwereld verbroken."),
])
def test_severed_connection_is_network_isolation(language: str, text: str) -> None:
    # "vorsorglich" (as a precaution) says why, not what: alone it is no containment action
    assert categories_of(run(text, language)) == {"network_isolation"}


@pytest.mark.parametrize("language, text", [
    ("en", "Test college\n\nCampus technicians are working around the clock with network experts to learn more."),
    ("en", "Test college\n\nStaff are working with a third party vendor to understand the scope of the attack."),
    ("fr", "Test école\n\nLes techniciens travaillent avec une société extérieure pour comprendre l'attaque."),
    ("de", "Testschule\n\nDie Schule arbeitet mit einer externen Firma zusammen, um den Angriff aufzuklären."),
    ("nl", "Testschool\n\nDe school schakelde een extern team van specialisten in om de aanval te onderzoeken."),
])
def test_working_with_outside_help_is_external_experts(language: str, text: str) -> None:
    assert "external_experts" in categories_of(run(text, language))


def test_commentators_and_denied_help_are_no_external_experts() -> None:
    for text in ("Test college\n\nThe college was hit on Monday. Cybersecurity experts say such attacks are common.",
                 "Test college\n\nThe college was hit on Monday. Staff are not working with outside experts yet."):
        assert "external_experts" not in categories_of(run(text, "en"))
