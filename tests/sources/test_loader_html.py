"""HTML pages written for the tests: furniture removal, metadata sources, hostile markup."""

from __future__ import annotations

import time
from datetime import date

import pytest
from hostile import deep_html, entity_bomb_html, html_page

from editor.errors import InputError
from editor.sources import load, load_bytes

STORY = [
    "The regional hospital group said on Tuesday that a ransomware attack had forced it to postpone "
    "planned operations at its three sites.",
    "Staff switched to paper records while the network was rebuilt, and ambulances were diverted to "
    "neighbouring hospitals for two days.",
    "The group said it had reported the incident to the data protection authority and to the police.",
]


def _blog_page() -> bytes:
    """A page with every kind of furniture, and no <article> element."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    return html_page(
        head=('<title>Hospital group postpones operations - Daily Wire Service</title>'
              '<meta property="og:site_name" content="Daily Wire Service">'
              '<link rel="canonical" href="/news/hospital-ransomware">'
              '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
              '"headline": "Hospital group postpones operations", "datePublished": "2021-05-14T09:12:00Z", '
              '"dateModified": "2021-05-16T10:00:00Z", "publisher": {"@type": "Organization", '
              '"name": "Daily Wire Service"}}</script>'
              '<style>.x{color:red}</style>'),
        body=('<div class="gdpr-popup"><p>This site uses cookies to improve your experience.</p></div>'
              '<div id="top-menu"><a href="/">Front page</a> <a href="/world">World news</a></div>'
              '<div class="content-wrap"><div class="post">'
              '<h1>Hospital group postpones operations after ransomware attack</h1>'
              '<div class="post-body">' + paragraphs +
              '<p style="display: none">Invisible promotional paragraph that nobody can see on screen.</p>'
              '<div class="social-share">Share on Facebook Share on LinkedIn</div></div>'
              '<section id="comments"><h3>42 comments</h3><p>Reader comment: this is what happens when '
              'IT budgets are cut year after year, shame on them.</p></section>'
              '<div class="recommended-reading"><h3>You may also like</h3><ul><li>Ten tips for strong '
              'passwords at home</li></ul></div>'
              '</div><div class="sidebar"><p>Sign up to our morning briefing newsletter for free today.</p></div>'
              '</div><div class="page-footer"><p>Copyright Daily Wire Service. All rights reserved.</p></div>'
              '<script>document.write("tracking pixel")</script>'))


FURNITURE = ["uses cookies", "Front page", "World news", "Invisible promotional", "Share on Facebook",
             "42 comments", "Reader comment", "You may also like", "strong passwords", "morning briefing",
             "All rights reserved", "tracking pixel", "color:red"]


def test_furniture_is_removed_from_a_page_without_article_element():
    article = load_bytes(_blog_page(), "blog.html", suffix=".html", url="https://wire.example/x?y=1")
    for sentence in STORY:
        assert sentence in article.text
    for furniture in FURNITURE:
        assert furniture not in article.text, furniture
    assert article.title == "Hospital group postpones operations after ransomware attack"  # h1 before <title>
    assert article.publisher == "Daily Wire Service"
    assert article.url == "https://wire.example/news/hospital-ransomware"  # relative canonical resolved
    assert article.published == date(2021, 5, 14)  # JSON-LD datePublished
    assert article.updated == date(2021, 5, 16)
    assert article.language == "en"


def test_heuristic_fallback_when_trafilatura_finds_little(monkeypatch):
    import editor.sources.html as html

    monkeypatch.setattr(html, "trafilatura_text", lambda root: None)
    article = load_bytes(_blog_page(), "blog.html", suffix=".html")
    for sentence in STORY:
        assert sentence in article.text
    for furniture in FURNITURE:
        assert furniture not in article.text, furniture
    assert any("heuristic" in w for w in article.warnings)


def test_date_from_time_element_and_title_suffix():
    page = html_page(
        head="<title>Cyberattaque au centre hospitalier | Le Quotidien du Nord</title>",
        body=('<article><h1>Cyberattaque au centre hospitalier</h1><p class="meta">Par la rédaction, '
              '<time datetime="2022-08-22T18:05:00+02:00">Publié le 22/08/2022 à 18h05</time></p>'
              "<p>L'hôpital a été la cible d'une attaque informatique dans la nuit de samedi à dimanche, "
              "et les urgences ont été réorganisées pour faire face à la situation.</p>"
              "<p>La direction a déposé plainte et prévenu les autorités compétentes dès dimanche matin.</p>"
              "</article>"), lang="fr")
    article = load_bytes(page, "p.html", suffix=".html")
    assert article.published == date(2022, 8, 22)
    assert article.title == "Cyberattaque au centre hospitalier"
    assert article.publisher == "Le Quotidien du Nord"
    assert article.language == "fr"


def test_date_from_byline_text_without_metadata():
    page = html_page(body=(
        '<article><h1>Krankenhaus nach Cyberangriff eingeschränkt</h1><p class="dateline">Aktualisiert am '
        '11.09.2020, 10:15 Uhr</p><p>Das Universitätsklinikum ist seit dem Angriff nur eingeschränkt '
        'erreichbar, wie die Leitung am Freitag mitteilte. Die Polizei ermittelt.</p><p>Patienten werden '
        'gebeten, nicht in die Notaufnahme zu kommen, sagte ein Sprecher des Hauses.</p></article>'), lang="de")
    article = load_bytes(page, "de.html", suffix=".html")
    assert article.published == date(2020, 9, 11)
    assert article.language == "de"


def test_meta_charset_cp1252_page():
    body = ("<article><h1>L’hôpital visé</h1><p>Les équipes ont coupé le réseau par précaution, a indiqué "
            "la direction de l’établissement, qui évoque une « attaque d’ampleur ».</p></article>")
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
            f"<body>{body}</body></html>").encode("cp1252")
    article = load_bytes(page, "cp.html", suffix=".html")
    assert "Les équipes ont coupé le réseau" in article.text
    assert "« attaque d’ampleur »" in article.text


def test_page_without_article_text_is_refused():
    page = html_page(body="<nav><a href='/'>Home</a></nav><footer>Contact us</footer>")
    with pytest.raises(InputError, match="no article text"):
        load_bytes(page, "empty.html", suffix=".html")


def test_hundred_thousand_levels_of_nesting_are_bounded():
    started = time.perf_counter()
    with pytest.raises(InputError):
        load_bytes(deep_html(100_000), "deep.html", suffix=".html")
    assert time.perf_counter() - started < 5


def test_deep_but_reasonable_nesting_still_loads():
    story = "<p>" + " ".join(STORY) + "</p>"
    page = html_page(body="<div>" * 150 + f"<article><h1>Deep page</h1>{story}</article>" + "</div>" * 150)
    assert STORY[0] in load_bytes(page, "ok.html", suffix=".html").text


def test_entity_declarations_are_not_expanded():
    started = time.perf_counter()
    article = load_bytes(entity_bomb_html(), "bomb.html", suffix=".html")
    assert time.perf_counter() - started < 5
    assert "lollol" not in article.text
    assert len(article.text) < 2000


def test_hostile_json_ld_is_ignored():
    nested = "[" * 100_000 + "]" * 100_000
    page = html_page(head=f'<script type="application/ld+json">{nested}</script>'
                          '<script type="application/ld+json">{not json</script>',
                     body="<article><h1>Title</h1><p>" + " ".join(STORY) + "</p></article>")
    assert STORY[1] in load_bytes(page, "ld.html", suffix=".html").text


def test_corpus_page_loads_quickly(corpus):
    load(corpus / "fr-clinic-barcelone-2023.html")  # warm the lazy imports
    started = time.perf_counter()
    load(corpus / "en-synnovis-pathology.html")
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("byline", [
    'Mis à jour le <time datetime="2022-08-23T10:00">23/08/2022</time> – Publié le '
    '<time datetime="2022-08-22T18:05">22/08/2022</time>',
    'Publié le <time datetime="2022-08-22T18:05">22/08/2022</time>, mis à jour le '
    '<time datetime="2022-08-23T10:00">23/08/2022</time>',
])
def test_time_elements_published_wins_over_updated_in_either_order(byline):
    page = html_page(body=(f'<article><h1>Titre de l’article</h1><p class="dateline">{byline}</p>'
                           "<p>L'hôpital a été la cible d'une attaque informatique dans la nuit de samedi à "
                           "dimanche, et les urgences ont été réorganisées pour y faire face.</p></article>"),
                     lang="fr")
    article = load_bytes(page, "times.html", suffix=".html")
    assert article.published == date(2022, 8, 22)
    assert article.updated == date(2022, 8, 23)


def test_heuristic_wins_when_trafilatura_drops_most_of_the_story(monkeypatch):
    import editor.sources.html as html

    monkeypatch.setattr(html, "trafilatura_text", lambda root: STORY[0] + " " + "x" * 200)
    article = load_bytes(_blog_page() .replace(b"<p>The group", b"<p>" + b"More story text here. " * 40
                                               + b"The group"), "blog.html", suffix=".html")
    assert all(sentence in article.text for sentence in STORY)
    assert any("heuristic" in w for w in article.warnings)


def test_huge_page_goes_to_the_heuristic_in_bounded_time():
    paragraph = "<p>" + "Some ordinary words of an article paragraph, each one different: {0}. " * 8 + "</p>"
    body = "<div>" * 30 + "".join(paragraph.format(i) for i in range(12_000)) + "</div>" * 30
    page = html_page(body="<nav>Menu entries</nav>" + body)
    started = time.perf_counter()
    article = load_bytes(page, "huge.html", suffix=".html")
    assert time.perf_counter() - started < 5
    assert "each one different: 11999" in article.text and "Menu entries" not in article.text
    assert any("too large for trafilatura" in w for w in article.warnings)


def test_story_wrapper_with_a_share_class_is_kept_but_comments_are_not():
    story = "".join(f"<p>{p}</p>" for p in STORY)
    page = html_page(body=(
        "<header><h1>Hospital group postpones operations</h1></header>"
        f'<div class="article-body js-share-container">{story}</div>'
        '<div class="comments-section"><p>' + "A long reader comment that goes on and on about budgets. " * 4
        + "</p><p>" + "Another long reader comment with strong opinions about the attack. " * 4 + "</p></div>"
        '<div class="share-tools"><p>Share this article</p></div>'))
    article = load_bytes(page, "wrapper.html", suffix=".html")
    assert all(sentence in article.text for sentence in STORY)
    for furniture in ("reader comment", "Share this article"):
        assert furniture not in article.text
