"""The URL loader against a local http.server on 127.0.0.1: content types, charsets, redirects,
size caps, timeouts, refused schemes, and nothing fetched besides the page itself."""

from __future__ import annotations

import threading
import time
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from hostile import ENGLISH_LINES, FRENCH, html_page, make_pdf

from editor.errors import InputError
from editor.sources import load

pytestmark = pytest.mark.allow_loopback

PAGE = html_page(
    head=('<title>Ransomware hits council | Local Wire</title>'
          '<meta property="article:published_time" content="2021-05-14T09:12:00+01:00">'
          '<link rel="stylesheet" href="/tracker/style.css"><script src="/tracker/app.js"></script>'),
    body=('<nav><a href="/">Home</a></nav><article><h1>Ransomware hits council</h1>'
          '<img src="/tracker/photo.jpg"><p>The council said on Friday that its computer systems had been '
          'taken offline after a ransomware attack, and that residents should expect delays.</p>'
          '<p>Staff have been told to work from paper records while the investigation continues.</p>'
          '<iframe src="/tracker/frame.html"></iframe></article>'))
DTD_PAGE = (b'<?xml version="1.0"?><!DOCTYPE html SYSTEM "http://127.0.0.1:{port}/tracker/x.dtd" '
            b'[<!ENTITY ext SYSTEM "http://127.0.0.1:{port}/tracker/entity.txt">]><html><body><article>'
            b"<h1>External references</h1><p>&ext; The council said on Friday that its computer systems had "
            b"been taken offline after a ransomware attack, and staff now use paper records.</p></article>"
            b"</body></html>")


class _Handler(BaseHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args):  # keep the test output clean
        pass

    def _send(self, body: bytes, content_type: str, status: int = 200, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up first (timeout test)

    def do_GET(self):  # noqa: N802 - http.server's name
        path = self.path
        type(self).hits.append(path)
        port = self.server.server_address[1]
        if path == "/article.html":
            self._send(PAGE, "text/html; charset=utf-8")
        elif path == "/plain":
            self._send(FRENCH.encode("latin-1"), "text/plain; charset=iso-8859-1")
        elif path == "/plain-undeclared":
            self._send(FRENCH.encode("cp1252"), "text/plain")
        elif path == "/report.pdf":
            self._send(make_pdf([ENGLISH_LINES]), "application/pdf")
        elif path == "/download":
            self._send(make_pdf([ENGLISH_LINES]), "application/octet-stream")
        elif path.startswith("/redirect/"):
            left = int(path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", f"/redirect/{left - 1}" if left > 0 else "/article.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
        elif path == "/big-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(64):
                    self.wfile.write(b"a" * 65536)
            except OSError:
                pass  # the client hung up at its cap, as it should
        elif path == "/slow":
            time.sleep(2)
            self._send(b"late", "text/plain")
        elif path == "/dtd":
            self._send(DTD_PAGE.replace(b"{port}", str(port).encode()), "application/xhtml+xml")
        elif path == "/empty-page":
            self._send(html_page(body="<nav>Home</nav>"), "text/html")
        else:
            self._send(b"not here", "text/plain", status=404)


@pytest.fixture
def server(monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    _Handler.hits = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


def test_html_page_by_url_fetches_nothing_else(server):
    article = load(f"{server}/article.html")
    assert article.format == "html"
    assert "taken offline after a ransomware attack" in article.text and "Home" not in article.text
    assert article.title == "Ransomware hits council" and article.publisher == "Local Wire"
    assert article.published == date(2021, 5, 14)
    assert article.url == f"{server}/article.html"
    assert article.path is None
    assert not [hit for hit in _Handler.hits if hit.startswith("/tracker")]


def test_external_dtd_and_entities_are_never_fetched(server):
    article = load(f"{server}/dtd")
    assert "taken offline" in article.text
    assert _Handler.hits == ["/dtd"]


def test_text_by_url_uses_the_declared_charset(server):
    article = load(f"{server}/plain")
    assert article.text == FRENCH and article.format == "text"


def test_text_by_url_without_charset_is_detected(server):
    assert load(f"{server}/plain-undeclared").text == FRENCH


def test_pdf_by_content_type_and_by_sniffing(server):
    assert load(f"{server}/report.pdf").format == "pdf"
    assert load(f"{server}/download").format == "pdf"


def test_five_redirects_are_followed(server):
    article = load(f"{server}/redirect/4")  # 5 redirects in all
    assert article.url == f"{server}/article.html"


def test_six_redirects_are_refused(server):
    with pytest.raises(InputError, match="redirect"):
        load(f"{server}/redirect/5")


def test_redirect_to_a_file_url_is_refused(server):
    with pytest.raises(InputError, match="redirect"):
        load(f"{server}/to-file")


def test_announced_size_over_the_cap_is_refused(server):
    started = time.perf_counter()
    with pytest.raises(InputError, match="larger than 20 MB"):
        load(f"{server}/big")
    assert time.perf_counter() - started < 5


def test_unannounced_size_over_the_cap_is_refused(server):
    with pytest.raises(InputError, match="larger than 1 MB"):
        load(f"{server}/big-unannounced", max_bytes=1024 * 1024)


def test_timeout(server, monkeypatch):
    import editor.sources.url as url

    monkeypatch.setattr(url, "TIMEOUT_S", 0.5)
    started = time.perf_counter()
    with pytest.raises(InputError, match="no answer within"):
        load(f"{server}/slow")
    assert time.perf_counter() - started < 2


def test_http_error_status(server):
    with pytest.raises(InputError, match="HTTP error 404"):
        load(f"{server}/missing")


def test_page_without_article_text(server):
    with pytest.raises(InputError, match="no article text"):
        load(f"{server}/empty-page")


def test_connection_refused():
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match="cannot connect"):
        load(f"http://127.0.0.1:{port}/x")


def test_default_timeout_is_15_seconds():
    import editor.sources.url as url

    assert url.TIMEOUT_S == 15
    assert url.MAX_REDIRECTS == 5
