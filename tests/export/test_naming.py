"""The organisation's name in generated titles and summaries takes the article the source article uses."""

from __future__ import annotations

import pytest

from editor.export.naming import article_of, org_phrase
from editor.export.summary import executive_summary
from editor.model.report import IncidentReport

GROUP = ("Le Groupe hospitalier des Collines a été attaqué. Les urgences du Groupe hospitalier des Collines restent "
         "ouvertes, a indiqué la direction du Groupe hospitalier des Collines.")


@pytest.mark.parametrize(("name", "text", "language", "subject", "object_"), [
    # contractions count for their article: "du" is "de le"
    ("Groupe hospitalier des Collines", GROUP, "fr", "Le Groupe hospitalier des Collines",
     "le Groupe hospitalier des Collines"),
    ("Hôpital Nord", "Attaque contre l’Hôpital Nord. L'Hôpital Nord a porté plainte.", "fr", "L’Hôpital Nord",
     "l’Hôpital Nord"),
    ("Clinique des Tilleuls", "La Clinique des Tilleuls est touchée. À la Clinique des Tilleuls, tout est à l'arrêt.",
     "fr", "La Clinique des Tilleuls", "la Clinique des Tilleuls"),
    # a plural article is not put before a singular verb, only after a preposition
    ("Cliniques du Parc", "Les Cliniques du Parc sont touchées. Aux Cliniques du Parc, rien ne va.", "fr",
     "Cliniques du Parc", "les Cliniques du Parc"),
    # a proper name takes none
    ("Valmonde", "L'intercommunale Valmonde a été attaquée. Valmonde a porté plainte. Selon Valmonde, rien ne fuit.",
     "fr", "Valmonde", "Valmonde"),
    ("University of Kent", "The University of Kent was hit. Staff at the University of Kent were told.", "en",
     "The University of Kent", "the University of Kent"),
    # "the Northbridge Health board": once in two is no habit of the article
    ("Northbridge Health", "Northbridge Health was hit. The Northbridge Health board met.", "en",
     "Northbridge Health", "Northbridge Health"),
    ("Lingeziekenhuis", "Het Lingeziekenhuis is getroffen. In het Lingeziekenhuis is alles plat.", "nl",
     "Het Lingeziekenhuis", "het Lingeziekenhuis"),
    ("Klinikum Talheim", "Das Klinikum Talheim wurde angegriffen. Im Klinikum Talheim steht alles still.", "de",
     "Das Klinikum Talheim", "das Klinikum Talheim"),
    # German "der", "dem", "im" tell no gender for certain: nothing is guessed
    ("Landkreis Ostergau", "Der Landkreis Ostergau wurde angegriffen. Im Landkreis Ostergau geht nichts.", "de",
     "Landkreis Ostergau", "Landkreis Ostergau"),
])
def test_article_as_the_source_writes_it(name, text, language, subject, object_):
    assert org_phrase(name, text, language, language, "subject") == subject
    assert org_phrase(name, text, language, language, "object") == object_


def test_only_in_the_articles_language_and_for_known_roles():
    assert article_of("Groupe hospitalier des Collines", GROUP, "fr") == "le"
    assert org_phrase("Groupe hospitalier des Collines", GROUP, "fr", "en", "object") == "Groupe hospitalier des Collines"
    assert org_phrase("Groupe hospitalier des Collines", GROUP, None, "fr", "object") == "Groupe hospitalier des Collines"
    assert org_phrase("Groupe hospitalier des Collines", GROUP, "fr", "fr", "genitive") == "Groupe hospitalier des Collines"
    assert org_phrase("", GROUP, "fr", "fr", "object") == ""
    assert article_of("Absent", GROUP, "fr") is None
    assert article_of("Groupe", GROUP, "xx") is None
    # a name inside a longer word or hyphenated name is no occurrence of it
    assert article_of("Collines", "Les Collines-Nord. Collines a dit.", "fr") is None


def test_summary_starts_with_the_article():
    report = IncidentReport.from_json_dict({
        "source": {"text": GROUP, "language": "fr"},
        "organization": {"name": "Groupe hospitalier des Collines"},
        "incident": {"type": "ransomware"},
        "report": {"language": "fr"},
    })
    assert executive_summary(report).startswith("Le Groupe hospitalier des Collines a été victime")
    assert executive_summary(report, "en").startswith("Groupe hospitalier des Collines was hit")


def test_data_categories_and_people_in_the_summary_in_the_reports_language():
    report = IncidentReport.from_json_dict({
        "source": {"text": GROUP, "language": "fr"},
        "organization": {"name": "Groupe hospitalier des Collines"},
        "impact": {"data_exfiltration": "claimed", "data_categories": ["données de patients", "Fichiers RH"],
                   "people_affected": 45000},
        "report": {"language": "fr"},
    })
    french = executive_summary(report, "fr")
    assert "Données concernées\u00a0: données de patients et Fichiers RH." in french
    assert "Personnes concernées\u00a0: 45" in french
    english = executive_summary(report, "en")
    # a kind the extractor names is translated; what the user typed stays as typed
    assert "Data concerned: patient data and Fichiers RH." in english
    assert "People concerned: 45,000 people." in english


@pytest.mark.parametrize("language", ["fr", "en", "nl", "de"])
def test_the_extractors_data_category_words_are_the_report_labels(language):
    # the summary maps the extractor's words back to a kind through the report labels: they must be the same
    from editor.export.labels import label_table
    from editor.extraction.lexicon import lexicon

    words = lexicon(language).get("data_category_labels")
    table = {k.rsplit(".", 1)[1]: v for k, v in label_table(language).items() if k.startswith("enum.data_category.")}
    assert words == table


def test_service_labels_inside_a_sentence_start_lower_case_except_in_german():
    report = IncidentReport.from_json_dict({
        "source": {"text": GROUP, "language": "fr"},
        "organization": {"name": "Groupe hospitalier des Collines"},
        "impact": {"services": [{"service": "radiology", "status": "degraded"},
                                {"service": "covid_testing", "status": "degraded"},
                                {"service": "other", "status": "degraded", "label": "Centre de prélèvements"}]},
    })
    assert "Services dégradés\u00a0: radiologie, dépistage COVID-19 et " in executive_summary(report, "fr")
    english = executive_summary(report, "en")
    assert "Degraded services: radiology, COVID-19 testing and Centre de prélèvements." in english  # capitals kept
    assert "Radiologie" in executive_summary(report, "de")
