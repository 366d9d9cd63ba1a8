"""Fetch an article by http(s) URL: 15 s timeout, size cap, at most 5 redirects, http/https only
(also for redirect targets). The response is handed back with its Content-Type for parsing."""

from __future__ import annotations

import http.client
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from editor import __version__
from editor.errors import InputError

TIMEOUT_S = 15.0
TOTAL_BUDGET_S = 60.0   # a server dripping one byte per 14 s must not hold us forever
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
ALLOWED_SCHEMES = ("http", "https")


@dataclass
class Fetched:
    """A downloaded resource: final URL, body bytes and parsed Content-Type."""

    url: str
    data: bytes
    content_type: str
    charset: str | None


def check_url(url: str) -> None:
    """Refuse anything but an http(s) URL with a host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES:
        raise InputError(url, f"unsupported URL scheme {parts.scheme + ':' if parts.scheme else '(none)'} "
                              "(only http and https)")
    if not parts.hostname:
        raise InputError(url, "the URL has no host name")


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: D102 - urllib hook
        scheme = urlsplit(newurl).scheme.lower()
        if scheme not in ALLOWED_SCHEMES:
            raise urllib.error.HTTPError(newurl, code, f"redirect to a {scheme or 'relative'}: URL refused",
                                         headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    # build_opener adds the default handlers (proxies from the environment, https) except ours:
    # no FileHandler/FTPHandler/DataHandler so those schemes cannot be reached even by mistake.
    opener = urllib.request.OpenerDirector()
    for handler in (urllib.request.ProxyHandler(), urllib.request.UnknownHandler(), urllib.request.HTTPHandler(),
                    urllib.request.HTTPSHandler(), urllib.request.HTTPDefaultErrorHandler(), _LimitedRedirects(),
                    urllib.request.HTTPErrorProcessor()):
        opener.add_handler(handler)
    return opener


def fetch(url: str, *, max_bytes: int, timeout: float | None = None) -> Fetched:
    """Download ``url`` (bounded in size, time and redirects); InputError on any failure."""
    check_url(url)
    timeout = TIMEOUT_S if timeout is None else timeout
    request = urllib.request.Request(url, headers={
        "User-Agent": f"incident-editor/{__version__} (+article loader)",
        "Accept": "text/html,application/xhtml+xml,text/plain,text/markdown,application/pdf;q=0.9,*/*;q=0.5",
    })
    started = time.monotonic()
    limit_mb = max(max_bytes // (1024 * 1024), 1)
    try:
        with _opener().open(request, timeout=timeout) as response:
            final_url = response.geturl() or url
            headers: Message = response.headers
            declared = headers.get("Content-Length")
            if declared and declared.strip().isdigit() and int(declared) > max_bytes:
                raise InputError(url, f"the page is larger than {limit_mb} MB")
            chunks: list[bytes] = []
            size = 0
            while True:
                chunk = response.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise InputError(url, f"the page is larger than {limit_mb} MB")
                if time.monotonic() - started > TOTAL_BUDGET_S:
                    raise InputError(url, f"download took longer than {TOTAL_BUDGET_S:.0f} s")
                chunks.append(chunk)
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            raise InputError(url, f"too many redirects or a refused redirect ({exc.reason})") from None
        raise InputError(url, f"HTTP error {exc.code} {exc.reason}".strip()) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise InputError(url, f"no answer within {timeout:.0f} s") from None
        raise InputError(url, f"cannot connect: {reason}") from None
    except (socket.timeout, TimeoutError):
        raise InputError(url, f"no answer within {timeout:.0f} s") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:  # connection reset, bad status line, malformed header...
        raise InputError(url, f"download failed: {type(exc).__name__}: {exc}".split("\n")[0]) from None
    content_type = (headers.get_content_type() or "").lower()
    charset = headers.get_content_charset()
    return Fetched(url=final_url, data=b"".join(chunks), content_type=content_type, charset=charset)


__all__ = ["Fetched", "check_url", "fetch"]
