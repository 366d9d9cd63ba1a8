"""Error messages as the user reads them: plain words, in the interface's language.

The packages below the window raise errors in plain English ("FILE: what is wrong"); the
window shows them through ``user_message``, which first turns raw system texts into sentences
(``errors.plain_words``), then translates the sentences it knows. A sentence it does not know
stays in English rather than being lost.
"""

from __future__ import annotations

import re
from PySide6.QtCore import QCoreApplication

from editor.errors import plain_words

translate = QCoreApplication.translate  # the name Qt Linguist's lupdate looks for


def _phrases() -> list[tuple[str, str]]:
    """(English sentence, its translation): every literal is listed for Qt Linguist."""
    return [
        ("the file or folder does not exist", translate("Errors", "the file or folder does not exist")),
        ("permission denied", translate("Errors", "permission denied")),
        ("it is a folder, not a file", translate("Errors", "it is a folder, not a file")),
        ("a part of the path is not a folder", translate("Errors", "a part of the path is not a folder")),
        ("the disk is full", translate("Errors", "the disk is full")),
        ("the disk is read-only", translate("Errors", "the disk is read-only")),
        ("the file already exists", translate("Errors", "the file already exists")),
        ("the file name is too long", translate("Errors", "the file name is too long")),
        ("too many files are open", translate("Errors", "too many files are open")),
        ("the server refused the connection (is the address right?)",
         translate("Errors", "the server refused the connection (is the address right?)")),
        ("the server closed the connection", translate("Errors", "the server closed the connection")),
        ("the server did not answer in time", translate("Errors", "the server did not answer in time")),
        ("the server cannot be reached (no network?)",
         translate("Errors", "the server cannot be reached (no network?)")),
        ("the network cannot be reached (no connection?)",
         translate("Errors", "the network cannot be reached (no connection?)")),
        ("the network is down", translate("Errors", "the network is down")),
        ("the server's name cannot be found (no network, or a mistyped address)",
         translate("Errors", "the server's name cannot be found (no network, or a mistyped address)")),
        ("cannot connect", translate("Errors", "cannot connect")),
        ("no such file", translate("Errors", "no such file")),
        ("file is empty", translate("Errors", "file is empty")),
        ("is a directory", translate("Errors", "is a folder")),
        ("is not a regular file", translate("Errors", "is not a regular file")),
        ("not text (mostly non-text characters)", translate("Errors", "not text (mostly non-text characters)")),
        ("contains no text", translate("Errors", "contains no text")),
        ("no article text found in the page", translate("Errors", "no article text found in the page")),
        ("the PDF contains no extractable text (scanned image?)",
         translate("Errors", "the PDF contains no extractable text (scanned image?)")),
        ("the PDF is encrypted and cannot be read", translate("Errors", "the PDF is encrypted and cannot be read")),
        ("the PDF is password-protected", translate("Errors", "the PDF is password-protected")),
        ("the .docx is encrypted (password-protected)",
         translate("Errors", "the .docx is encrypted (password-protected)")),
        ("the .docx contains no text", translate("Errors", "the .docx contains no text")),
        ("not a Word .docx file (not a zip archive)", translate("Errors", "not a Word .docx file (not a zip archive)")),
        ("file too large for a report", translate("Errors", "file too large for a report")),
        ("disk full; the previous file is left intact",
         translate("Errors", "disk full; the previous file is left intact")),
        ("folder does not exist", translate("Errors", "folder does not exist")),
        ("read-only file system", translate("Errors", "read-only file system")),
        ("could not replace the file", translate("Errors", "could not replace the file")),
        ("the URL has no host name", translate("Errors", "the URL has no host name")),
        ("no incident report embedded (not exported by Incident Report Editor)",
         translate("Errors", "no incident report embedded (not exported by Incident Report Editor)")),
        ("the embedded incident report is corrupt", translate("Errors", "the embedded incident report is corrupt")),
        ("not an incident project (the top level is not a JSON object)",
         translate("Errors", "not an incident project (the top level is not a JSON object)")),
        ("out of memory", translate("Errors", "out of memory")),
        ("internal error", translate("Errors", "internal error")),
    ]


def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Sentences with a number in them: (English pattern, translation with %1)."""
    return [
        (re.compile(r"no answer within (\d+) s"), translate("Errors", "no answer within %1 s")),
        (re.compile(r"download took longer than (\d+) s"), translate("Errors", "download took longer than %1 s")),
        (re.compile(r"the page is larger than (\d+) MB"), translate("Errors", "the page is larger than %1 MB")),
        (re.compile(r"HTTP error 404\b[^:;]*"), translate("Errors", "the page does not exist (HTTP error %1)")),
        (re.compile(r"HTTP error 40[13]\b[^:;]*"),
         translate("Errors", "the server refuses access to the page (HTTP error %1)")),
        (re.compile(r"HTTP error 5\d\d\b[^:;]*"), translate("Errors", "the server failed to answer (HTTP error %1)")),
    ]


def _compiled() -> tuple[re.Pattern[str], dict[str, str]]:
    # One alternation, longest sentence first, so "not text (…)" wins over a shorter sentence inside it.
    phrases = dict(_phrases())
    ordered = sorted(phrases, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in ordered) + r")(?![\w-])"), phrases


def user_message(message: str) -> str:
    """``message`` in plain words and, where its sentences are known, in the interface's language."""
    text = plain_words(message)
    for pattern, translated in _patterns():
        def number(match: re.Match[str], translated: str = translated) -> str:
            found = match.group(1) if match.groups() else re.search(r"\d+", match.group(0)).group(0)
            return translated.replace("%1", found)

        text = pattern.sub(number, text)
    pattern, phrases = _compiled()  # read each time: an error is rare, the installed translation may change
    return pattern.sub(lambda m: phrases[m.group(0)], text)


def plural(text: str, count: int) -> str:
    """A ``tr(…, "", n)`` text with the English "(s)" resolved: no translation file serves English plurals."""
    return re.sub(r"(\w)\(s\)", r"\1" if count == 1 else r"\1s", text)
