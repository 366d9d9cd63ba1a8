"""Plain text in every common encoding, newline normalisation, Markdown, unknown extensions."""

from __future__ import annotations

import codecs
from datetime import date

import pytest
from hostile import FRENCH

from editor.errors import InputError
from editor.sources import load
from editor.sources.text import decode_bytes

ENCODINGS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-sig": lambda t: t.encode("utf-8-sig"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16-le": lambda t: t.encode("utf-16-le"),
    "utf-16-be": lambda t: t.encode("utf-16-be"),
    "utf-32": lambda t: t.encode("utf-32"),
    "cp1252": lambda t: t.encode("cp1252"),
    "latin-1": lambda t: t.encode("latin-1"),
}


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_same_french_text_in_every_encoding(tmp_path, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(ENCODINGS[encoding](FRENCH))
    article = load(path)
    assert article.text == FRENCH
    assert article.title == "Cyberattaque à l'hôpital : les urgences réorganisées"
    assert article.published == date(2022, 5, 15)
    assert article.language == "fr"


def test_cp1252_typography_is_detected_not_assumed(tmp_path):
    text = FRENCH.replace("'", "’") + "Le cœur du réseau… a coûté 5 000 € — selon l’hôpital.\n"
    path = tmp_path / "curly.txt"
    path.write_bytes(text.encode("cp1252"))
    article = load(path)
    assert article.text == text
    assert article.encoding == "cp1252"


def test_declared_charset_that_lies_is_ignored():
    text, encoding = decode_bytes(FRENCH.encode("utf-8"), "x", declared="ascii")
    assert text == FRENCH and encoding == "utf-8"
    text, encoding = decode_bytes(FRENCH.encode("utf-8"), "x", declared="no-such-codec")
    assert text == FRENCH


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_newlines_are_normalised_and_nothing_else_changes(tmp_path, newline):
    raw = "Titre  avec\tdeux espaces\n\n  Ligne indentée.  \n\nFin\u00a0!".replace("\n", newline)
    path = tmp_path / "nl.txt"
    path.write_bytes(raw.encode("utf-8"))
    assert load(path).text == "Titre  avec\tdeux espaces\n\n  Ligne indentée.  \n\nFin\u00a0!"


def test_headline_is_first_non_empty_line(tmp_path):
    path = tmp_path / "blank-start.txt"
    path.write_text("\n\n   \nThe headline\n\nBody of the article, with words in it.\n", encoding="utf-8")
    assert load(path).title == "The headline"


def test_invalid_utf8_is_loaded_not_refused(tmp_path):
    path = tmp_path / "broken.txt"
    data = FRENCH.encode("utf-8")
    path.write_bytes(data[:60] + b"\xff\xfe\xc3" + data[60:])
    article = load(path)
    assert "Les équipes ont coupé" in article.text
    assert article.language == "fr"


def test_markdown_is_stripped_to_readable_text(tmp_path):
    path = tmp_path / "article.md"
    path.write_text(
        "# Ransomware hits **regional** hospital\n\n"
        "*Published 14 May 2021, 09:12 BST*\n\n"
        "The [hospital](https://example.org/h) said its `VPN` was shut and staff moved to paper records.\n\n"
        "> \"We will not pay,\" the director said.\n\n"
        "- Emergency care continues\n- Outpatient visits were postponed\n\n"
        "![a photo](photo.jpg)\n\n---\n\n```\nraw *code*\n```\n",
        encoding="utf-8")
    article = load(path)
    assert article.title == "Ransomware hits regional hospital"
    assert article.text.startswith("Ransomware hits regional hospital\n\nPublished 14 May 2021")
    for gone in ("**", "](", "`", "# ", "> ", "---", "```"):
        assert gone not in article.text, gone
    assert "The hospital said its VPN was shut" in article.text
    assert "- Emergency care continues" in article.text
    assert article.published == date(2021, 5, 14)
    assert article.language == "en" and article.format == "markdown"


def test_markdown_front_matter_title_and_date(tmp_path):
    path = tmp_path / "fm.md"
    path.write_text("---\ntitle: Front-matter title\ndate: 2020-09-21\n---\n\nSetext heading\n===\n\n"
                    "Die Verwaltung ist seit dem Angriff nicht erreichbar, wie der Landkreis mitteilte.\n",
                    encoding="utf-8")
    article = load(path)
    assert article.title == "Front-matter title"
    assert article.published == date(2020, 9, 21)
    assert "===" not in article.text and "title:" not in article.text
    assert article.text.startswith("Setext heading")


def test_unknown_extension_that_is_text_loads(tmp_path):
    path = tmp_path / "article.news"
    path.write_text(FRENCH, encoding="utf-8")
    article = load(path)
    assert article.text == FRENCH and article.format == "text"


def test_unknown_extension_sniffs_html_and_pdf(tmp_path):
    from hostile import ENGLISH_LINES, make_pdf

    page = tmp_path / "saved.page"
    page.write_bytes(b"<!DOCTYPE html><html><body><nav>Home News</nav><article><h1>Heading</h1><p>"
                     + b"A sentence of ordinary article text goes here. " * 6 + b"</p></article></body></html>")
    assert load(page).format == "html"
    assert "Home News" not in load(page).text
    pdf = tmp_path / "download.bin"
    pdf.write_bytes(make_pdf([ENGLISH_LINES]))
    assert load(pdf).format == "pdf"


def test_unknown_extension_binary_is_refused(tmp_path):
    path = tmp_path / "blob.dat"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(InputError, match="unsupported file type .dat"):
        load(path)


@pytest.mark.parametrize("suffix, words", [(".doc", ".docx"), (".odt", ".docx"), (".rtf", ".txt")])
def test_known_unsupported_formats_say_what_to_do(tmp_path, suffix, words):
    path = tmp_path / f"article{suffix}"
    path.write_bytes(b"whatever")
    with pytest.raises(InputError, match=words.replace(".", r"\.")):
        load(path)


def test_binary_named_txt_is_refused(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(1, 256)) * 40)
    with pytest.raises(InputError, match="binary"):
        load(path)


def test_control_characters_without_nul_are_refused(tmp_path):
    path = tmp_path / "controls.txt"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17, 65]) * 500)
    with pytest.raises(InputError, match="binary"):
        load(path)


def test_whitespace_only_file_is_refused(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\t\n  \r\n")
    with pytest.raises(InputError, match="no text"):
        load(path)


def test_long_headline_is_shortened(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("word " * 400 + "\n\nbody", encoding="utf-8")
    article = load(path)
    assert len(article.title) <= 301 and article.title.endswith("…")


@pytest.mark.parametrize("text, title", [
    ("Clinique paralysée par un rançongiciel\n\nCorps de l'article.", "Clinique paralysée par un rançongiciel"),
    ("Les urgences du site nord tournent au ralenti. (Photo : Studio Delta)\n\nClinique paralysée\n",
     "Clinique paralysée"),
    ("Foto: dpa\nKlinikum nach Cyberangriff offline\n", "Klinikum nach Cyberangriff offline"),
    ("Serverruimte van het ziekenhuis (Foto: ANP)\nZiekenhuis plat na hack\n", "Ziekenhuis plat na hack"),
    ("A ward at the hospital. Image: Reuters\n\nHospital hit by ransomware\n", "Hospital hit by ransomware"),
    ("© AFP\nPhoto: X\n", "© AFP"),  # nothing but credits: the first line after all
    ("Credit union hit by ransomware\n", "Credit union hit by ransomware"),  # a word, not a credit
])
def test_txt_headline_skips_photo_captions_and_credits(tmp_path, text, title):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    assert load(path).title == title


def test_a_lead_paragraph_first_line_gives_its_first_sentence_as_title(tmp_path):
    lead = ("Une attaque informatique a frappé le centre hospitalier de Valmoret dans la nuit de mardi, "
            "a indiqué sa direction. Les consultations sont reportées et les urgences fonctionnent en mode dégradé.")
    path = tmp_path / "article.txt"
    path.write_text(lead + "\n\nSuite.", encoding="utf-8")
    assert load(path).title == lead.split(". ")[0]
