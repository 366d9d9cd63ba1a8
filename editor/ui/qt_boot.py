"""Import Qt's Python binding with its embedded sources' byte-code cached, like ``__pycache__``.

PySide6's support layer (``shibokensupport``: the signature loader, parser, mapping…) ships as
Python source embedded in the shiboken6 library and is compiled with ``compile()`` on every
import — some 150 KB of source, ~40 ms on the development machine, before any window exists.
Python caches the byte-code of ordinary modules in ``__pycache__``; this module does the same for
those sources while ``import_qt`` runs: a source seen before, byte for byte, with the same mode and
compiler flags, gets its marshalled code object back; anything else is compiled as usual and
remembered. The cache is one marshal file per interpreter in the user's cache folder; a damaged,
foreign or unreadable one is only a miss, and ``INCIDENT_EDITOR_NO_REGEX_CACHE=1`` (the switch of the
other start-up caches) turns it off.

No ``from __future__`` import here on purpose: ``compile`` inherits the future flags of its caller
unless told otherwise, and the wrapper passes on exactly those of the real caller.
"""

import __future__
import builtins
import marshal
import sys
import zlib

from editor import resources, rxcache

FORMAT = b"IEQB1"
_FUTURE_MASK = 0
for _name in __future__.all_feature_names:
    _FUTURE_MASK |= getattr(__future__, _name).compiler_flag
_PREFIXES = ("shibokensupport/", "signature_bootstrap.py")  # the binding's embedded sources, and nothing else


def enabled() -> bool:
    """The cache is used (CPython, not switched off)."""
    return sys.implementation.name == "cpython" and rxcache.enabled()  # one switch for the start-up caches


def cache_file():
    """The cache file for this interpreter (byte-code is specific to the Python version)."""
    tag = sys.implementation.cache_tag or "python"
    return resources.user_folder("cache", "INCIDENT_EDITOR_CACHE_DIR") / f"qt-boot-{tag}.bin"


def _read(path) -> dict:
    try:
        blob = path.read_bytes()
    except OSError:
        return {}
    head = len(FORMAT) + 4
    if len(blob) < head or blob[:len(FORMAT)] != FORMAT:
        return {}
    body = blob[head:]
    if zlib.crc32(body) != int.from_bytes(blob[len(FORMAT):head], "little"):
        return {}
    try:
        data = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path, data: dict) -> None:
    body = marshal.dumps(data)
    rxcache.write_cache_file(path, [FORMAT, zlib.crc32(body).to_bytes(4, "little"), body])


def cached_compile(store: dict, real_compile, stats: dict):
    """A ``compile`` that serves the binding's embedded sources from ``store`` and fills it."""

    def compile_(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, **kwargs):
        name = str(filename)
        if kwargs or optimize != -1 or not isinstance(source, (bytes, str)) or not name.startswith(_PREFIXES):
            if not dont_inherit:  # what the real caller would have inherited, not this wrapper's
                flags |= sys._getframe(1).f_code.co_flags & _FUTURE_MASK
            return real_compile(source, filename, mode, flags, True, optimize, **kwargs)
        if not dont_inherit:
            flags |= sys._getframe(1).f_code.co_flags & _FUTURE_MASK
        key = (name, mode, flags)
        entry = store.get(key)
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == source and type(entry[1]) is type(compile_.__code__):
            stats["hits"] += 1
            return entry[1]
        code = real_compile(source, filename, mode, flags, True)
        store[key] = (source, code)
        stats["misses"] += 1
        return code

    return compile_


def import_qt() -> dict:
    """``import PySide6.QtWidgets`` with the embedded sources' byte-code cached; returns hit/miss counts.

    Also puts in the quick builder of enum classes (``qt_enums``) for the Qt classes used from now on.
    """
    stats = {"hits": 0, "misses": 0}
    from editor.ui import qt_enums

    qt_enums.install()  # the binding's enum classes, built with a quarter of the work
    if "PySide6.QtWidgets" in sys.modules or not enabled():
        import PySide6.QtWidgets  # noqa: F401
        _lighten_import_hook()
        return stats
    path = cache_file()
    store = _read(path)
    real = builtins.compile
    builtins.compile = cached_compile(store, real, stats)
    try:
        import PySide6.QtWidgets  # noqa: F401
    finally:
        builtins.compile = real
    if stats["misses"]:
        _write(path, store)
    _lighten_import_hook()
    return stats


def _lighten_import_hook() -> None:
    """Make PySide6's per-import check read a module's file instead of ``inspect.getsource``.

    After Qt is imported, PySide6 looks at every module imported later for the word "PySide6" (for
    its ``__feature__`` switching) through ``inspect.getsource``: tokenizer, line cache and the whole
    source kept in memory, ~0.2 ms a module and ~100 modules at start-up. A plain read of the ``.py``
    file answers the same question (Python source is ASCII-compatible); anything else still goes to
    PySide's own check. Missing in another PySide version: nothing is changed.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_incident_editor", False):
        return

    def uses_pyside(module):
        name = getattr(module, "__file__", None)
        if isinstance(name, str) and name.endswith(".py"):
            try:
                with open(name, "rb") as handle:
                    return b"PySide6" in handle.read()
            except OSError:
                pass
        return original(module)

    uses_pyside._incident_editor = True
    feature._mod_uses_pyside = uses_pyside
