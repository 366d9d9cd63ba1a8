"""A new user's fixes: pasted headline as title, plain translated errors, live theme, a URL-wide dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog

from editor.model.report import IncidentReport
from tests.ui.conftest import wait_idle

PASTED = ("Panne informatique géante à la Clinique des Tilleuls\n\n"
          "Publié le 18/10/2023 à 19h05\n\n"
          "La Clinique des Tilleuls a subi une cyberattaque dans la nuit. Les urgences restent ouvertes.\n")


def _no_title_extractor(article, language=None) -> IncidentReport:
    """A stand-in extractor that keeps the article's own metadata, as the real one does."""
    return IncidentReport(source=article.to_source())


def test_a_pasted_article_gets_its_headline_as_title(make_window, qtbot):
    window = make_window()
    window.extractor = _no_title_extractor
    assert window.open_text(PASTED)
    wait_idle(qtbot, window)
    source = window.doc.report.source
    assert source.title == "Panne informatique géante à la Clinique des Tilleuls"
    assert source.published == "2023-10-18"  # the date line is read, as in an opened .txt
    assert window.article.title.text() == source.title
    assert source.title in window.windowTitle()


def _open_refused(make_window, qtbot) -> str:
    window = make_window()
    window.open_path("http://127.0.0.1:1/article")  # nothing listens on port 1: connection refused
    wait_idle(qtbot, window, 30000)
    errors = [m for kind, m in window.prompts.asked if kind == "error"]
    assert errors
    return errors[-1]


@pytest.mark.allow_loopback
def test_errors_are_plain_words(make_window, qtbot):
    message = _open_refused(make_window, qtbot)
    assert "Errno" not in message and "111" not in message
    assert "http://127.0.0.1:1/article" in message and "refused the connection" in message


@pytest.mark.allow_loopback
def test_errors_are_in_the_interface_language(make_window, qtbot, french):
    message = _open_refused(make_window, qtbot)
    assert "Errno" not in message
    assert "le serveur a refusé la connexion" in message and "impossible de se connecter" in message


def test_the_theme_reaches_every_widget_without_a_restart(make_window):
    window = make_window()
    window.resize(1200, 800)
    window.set_theme("light")
    QApplication.processEvents()

    def nav_lightness() -> int:
        image = window.form.nav.grab().toImage()
        return image.pixelColor(4, image.height() - 4).lightness()

    assert nav_lightness() > 200
    window.set_theme("dark")
    QApplication.processEvents()
    assert nav_lightness() < 90  # the section list (a style sheet) follows, like the rest
    window.set_theme("light")
    QApplication.processEvents()
    assert nav_lightness() > 200
    window.doc.load(IncidentReport.from_json_dict({"source": {"text": "Une attaque, puis une autre attaque."}}))
    window.article.open_find()
    window.article.find_edit.setText("attaque")

    def match_lightness() -> int:
        selections = window.article.text.extraSelections()
        fmt = selections[-1].format
        return fmt.background().color().lightness()

    light_match = match_lightness()
    window.set_theme("dark")
    QApplication.processEvents()
    assert match_lightness() < light_match  # the find bar's matches take the dark palette's colour
    window.set_theme("light")
    QApplication.processEvents()


def test_the_url_dialog_is_wide_enough_for_a_url(make_window, monkeypatch):
    window = make_window()
    seen = {}

    def fake_exec(dialog) -> int:
        dialog.show()
        seen["width"] = dialog.width()
        seen["text_width"] = dialog.fontMetrics().horizontalAdvance(
            "https://www.example-news.org/region/2023/10/18/cyberattaque-clinique-des-tilleuls")
        return QInputDialog.DialogCode.Rejected

    def static_dialog(*_args, **_kwargs):
        raise AssertionError("QInputDialog.getText: a dialog of the default width, too narrow for a URL")

    monkeypatch.setattr(QInputDialog, "exec", fake_exec)
    monkeypatch.setattr(QInputDialog, "getText", static_dialog)
    window.open_url_dialog()
    assert seen["width"] >= min(seen["text_width"] + 40, 640)
