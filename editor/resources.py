"""The one module that knows where resource files are.

In a wheel the top-level ``resources/`` folder is installed as ``editor/_resources``;
in a source checkout (editable install or tests) it is the folder beside the package.
The user's own data and cache folders are found here too (``user_folder``).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def root() -> Path:
    """The resources folder, installed or in the checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the editor's resources folder is missing from this installation")


APP_FOLDER = "incident-editor"
_XDG = {"data": ("XDG_DATA_HOME", "~/.local/share"), "cache": ("XDG_CACHE_HOME", "~/.cache")}


def user_folder(kind: str, override_env: str) -> Path:
    """The user's ``kind`` ("data" or "cache") folder for the editor (platformdirs), or ``$override_env``."""
    override = os.environ.get(override_env)
    if override:
        return Path(override)
    if sys.platform.startswith("linux") and not os.environ.get("ANDROID_DATA"):
        # The XDG rule platformdirs applies on Linux, without its import (~10 ms with tempfile,
        # shutil, bz2 and lzma) in every process that starts: the app and its extraction child.
        variable, default = _XDG[kind]
        base = os.environ.get(variable, "").strip()
        if not os.path.isabs(base):  # unset, blank or relative: the XDG spec says ignore it
            base = os.path.expanduser(default)
        return Path(base) / APP_FOLDER
    import platformdirs  # lazily: only the code that writes user files pays its import

    return getattr(platformdirs, f"user_{kind}_path")(APP_FOLDER, appauthor=False)


def path(*parts: str) -> Path:
    """Path of a resource file, e.g. ``path("samples", "sample-fr.txt")``."""
    return root().joinpath(*parts)


def sample_article(language: str = "fr") -> Path:
    """The bundled sample article in ``language`` (fr or en)."""
    return path("samples", f"sample-{language}.txt")


def schema_file() -> Path:
    """The committed JSON Schema of the incident report."""
    return path("schema", "incident.schema.json")


def lexicon_dir() -> Path:
    """Folder of the per-language lexicons."""
    return path("lexicons")


def merge_lexicon_file(language: str) -> Path:
    """The merge's language data (correction cues, name words) for ``language``."""
    return path("lexicons", "merge", f"{language}.json")


def template_file(name: str = "report.docx") -> Path:
    """A built-in Word template."""
    return path("templates", name)


def report_labels_file(language: str) -> Path:
    """The report's label table for ``language`` (fr, en, nl, de)."""
    return path("report", f"labels-{language}.json")


def authorities_file() -> Path:
    """Who receives NIS2 and GDPR notifications, by country (data, not code)."""
    return path("report", "authorities.json")


def i18n_dir() -> Path:
    """Folder of the UI translations (.ts sources and built .qm)."""
    return path("i18n")


def icon(name: str) -> Path:
    """An icon file by name (svg or png)."""
    return path("icons", name)
