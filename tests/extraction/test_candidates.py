"""Candidates and calibrated confidence: the alternatives of a field with the chosen value among them, and
probabilities that survive the project file and Word report round trips (articles written for these tests)."""

from __future__ import annotations

import json

import pytest
from datetime import date

from editor import resources
from editor.extraction.confidence import FAMILIES, FEATURES, FIELDS, probability
from editor.model.report import IncidentReport
from tests.extraction.helpers import run

ARTICLE = (
    "Cyberattack cripples Harwick Water\n\n"
    "Harwick Water, the utility serving the town of Harwick, said on Tuesday that a ransomware attack had "
    "encrypted 40 servers and 300 workstations. The LockBit gang claimed the attack on its leak site. "
    "The attack recalls the one on Stelford Council in 2021, where hackers encrypted 120 servers. "
    "Harwick Water said it would not pay the ransom. It has called in Carrow Forensics."
)


def test_chosen_value_is_first_among_at_most_five_candidates() -> None:
    report = run(ARTICLE, "en")
    names = report.candidates["/organization/name"]
    assert names[0].value == report.organization.name == "Harwick Water"
    assert 2 <= len(names) <= 5
    assert [c.confidence for c in names] == sorted((c.confidence for c in names), reverse=True)
    assert names[0].confidence == report.confidence["/organization/name"]
    assert abs(sum(c.confidence for c in names) - 1.0) < 0.02
    assert all(c.evidence for c in names)  # each alternative names its sentence


def test_confidence_is_a_fitted_probability_not_a_constant() -> None:
    fitted = json.loads(resources.path("confidence", "calibration.json").read_text(encoding="utf-8"))
    assert set(fitted["fields"]) <= set(FIELDS) | {f + "/*" for f in FAMILIES} and fitted["features"] == list(FEATURES)
    solid = {"engine": 0.9, "sentences": 1.0, "early": 1.0, "context": 0.0, "length": 0.5, "repeated": 1.0,
             "no_evidence": 0.0}
    weak = {"engine": 0.3, "sentences": 1 / 3, "early": 0.0, "context": 1.0, "length": 1.0, "repeated": 0.2,
            "no_evidence": 1.0}
    assert probability("/organization/name", solid) > probability("/organization/name", weak) + 0.2
    report = run(ARTICLE, "en")
    assert all(0 < report.confidence[f] < 1 for f in FIELDS if f in report.confidence)


def test_candidates_and_confidence_survive_project_and_docx_round_trips(tmp_path) -> None:
    from editor import storage
    from editor.export import write
    from editor.export.roundtrip import read_embedded_report

    report = run(ARTICLE, "en")
    assert report.candidates and report.confidence
    path = tmp_path / "case.incident.json"
    storage.save_project(report, path)
    loaded = storage.load_project(path)
    assert loaded.candidates == report.candidates and loaded.confidence == report.confidence
    assert loaded.confidence_why == report.confidence_why
    exported = tmp_path / "case.docx"
    write(report, exported, "docx")
    back = read_embedded_report(exported)
    assert back.candidates == report.candidates and back.confidence == report.confidence
    assert IncidentReport.from_json_dict(json.loads(report.to_json())).candidates == report.candidates


def test_a_word_of_the_date_line_is_no_candidate_victim() -> None:
    text = ("Hospital group hit by ransomware\n\nPublished 9 March 2024, 18:20 GMT\n\n"
            "Harwick Health said a ransomware attack had encrypted its servers on Friday. "
            "Harwick Health called in Carrow Forensics to restore its systems.")
    report = run(text, "en", date(2024, 3, 9))
    names = [c.value for c in report.candidates.get("/organization/name", [])]
    assert report.organization.name == "Harwick Health" and "GMT" not in names


def test_list_rows_get_probabilities_and_low_values_say_why_by_feature_name() -> None:
    report = run(ARTICLE, "en")
    fitted = json.loads(resources.path("confidence", "calibration.json").read_text(encoding="utf-8"))["fields"]
    assert {"/impact/services/*", "/response/actions/*", "/sites/*"} <= set(fitted)
    rows = [p for p in report.confidence if p.startswith("/response/actions/")]
    assert rows and all(report.confidence[p] not in (0.6, 0.2) for p in rows)  # no longer the engine's constants
    assert all(set(why) <= set(FEATURES) for why in report.confidence_why.values())


def test_a_name_given_once_late_is_doubtful_and_says_why() -> None:
    text = ("Ransomware hits a machinery maker\n\nA ransomware attack has disrupted production at a machinery "
            "maker in the north of the county, the police said on Monday. Investigators said the attack began over "
            "the weekend. Several servers were encrypted, according to a spokesman. The company, Brennock Tools, "
            "has called in outside experts.")
    report = run(text, "en")
    assert report.organization.name == "Brennock Tools"
    assert report.confidence["/organization/name"] < 0.6
    assert "early" in report.confidence_why["/organization/name"]


@pytest.mark.parametrize("language, text, full", [
    ("fr", "Les Services techniques de la Vallée SA (STV) ont subi une attaque par déni de service. Le portail des "
           "Services techniques de la Vallée SA (STV) est hors ligne. Vallée SA a porté plainte.",
     "Services techniques de la Vallée SA"),
    ("de", "Die Wasserwerke Oberland GmbH (WWO) wurden Opfer eines Hackerangriffs. Oberland GmbH erstattete Anzeige.",
     "Wasserwerke Oberland GmbH"),
])
def test_an_acronym_offers_the_full_name_it_spells(language: str, text: str, full: str) -> None:
    report = run(text, language)
    names = [c.value for c in report.candidates["/organization/name"]]
    assert full in names[:3]


def test_a_capitalised_run_across_a_line_break_is_no_candidate() -> None:
    text = ("Notbetrieb\nKreisblatt Online\n\nDie Stadtwerke Wendlingen wurden Opfer eines Hackerangriffs. "
            "Die Stadtwerke Wendlingen haben Anzeige erstattet.")
    report = run(text, "de")
    assert all("\n" not in str(c.value) for c in report.candidates.get("/organization/name", []))


def test_an_earlier_day_of_the_attack_ranks_before_the_publication_day() -> None:
    text = ("Foundry halts production\n\nHarwick Castings said on Thursday that production was still halted. "
            "The attack began late on Saturday night, the company said. On Thursday the plants stayed idle, "
            "and on Thursday evening staff were sent home. The hackers had encrypted the servers on Sunday.")
    report = run(text, "en", date(2024, 3, 14))
    days = [c.value for c in report.candidates["/incident/start_date"]][:3]
    assert days[:2] == ["2024-03-09", "2024-03-10"]
