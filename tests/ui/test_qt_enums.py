"""The quick enum path builds the same classes as CPython's own (editor/ui/qt_enums.py)."""

from __future__ import annotations

import enum
import json
import os
import pickle
import re
import subprocess
import sys

import pytest

from editor.ui import qt_enums

pytestmark = pytest.mark.skipif(not qt_enums.supported(), reason="the quick path exists for CPython 3.11 only")


def describe(cls) -> dict:
    """Everything observable about an enum class and its members, without object identities."""

    def show(value):
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
        if callable(value) and hasattr(value, "__qualname__"):
            return f"{type(value).__name__}:{getattr(value, '__module__', '')}.{value.__qualname__}"
        if isinstance(value, enum.Enum):
            return f"member:{type(value).__qualname__}.{value._name_}"
        if isinstance(value, (list, tuple)):
            return [show(v) for v in value]
        if isinstance(value, dict):
            return [[show(k), show(v)] for k, v in value.items()]
        if isinstance(value, type):
            return f"type:{value.__module__}.{value.__qualname__}"
        if isinstance(value, property):  # the redirect of a member that shadows a property: what it reaches
            return ["property", show(value.fget), show(getattr(value, "member", None))]
        return re.sub(r" at 0x[0-9a-f]+", "", repr(value))

    out = {
        "name": cls.__name__, "qualname": cls.__qualname__, "module": cls.__module__,
        "mro": [show(k) for k in cls.__mro__], "metaclass": show(type(cls)),
        "dict": [[k, show(v)] for k, v in cls.__dict__.items() if k != "__doc__"],
        "doc": cls.__doc__,
        "members": [[name, m._name_, show(m._value_), m._sort_order_, list(vars(m)), show(m.__objclass__)]
                    for name, m in cls.__members__.items()],
        "iteration": [m._name_ for m in cls],
        "length": len(cls),
        "text": [[repr(m), str(m), format(m), hash(m) == hash(m._value_)] for m in cls.__members__.values()],
    }
    if issubclass(cls, enum.Flag):
        members = list(cls.__members__.values())
        if len(members) >= 2:
            both = members[0] | members[1]
            out["combined"] = [repr(both), str(both), repr(~members[0]), repr(members[0] & members[1])]
        out["pseudo"] = [repr(cls(0)), repr(cls(cls._all_bits_))] if issubclass(cls, enum.IntFlag) else []
    for member in cls.__members__.values():  # members pickle and come back as themselves
        if cls.__module__.startswith("PySide6"):
            assert pickle.loads(pickle.dumps(member)) is member
    return out


def both_ways(make):
    """``make()`` with the stdlib's ``_create_`` and with the quick one: (stdlib, quick) results or errors."""
    results = []
    for quick in (False, True):
        saved = enum.EnumType.__dict__["_create_"]
        enum.EnumType._create_ = qt_enums._QUICK if quick else qt_enums._ORIGINAL
        try:
            made = make()
            results.append(describe(made))
        except Exception as exc:  # noqa: BLE001 - the same error is part of the same behaviour
            results.append(f"{type(exc).__name__}: {exc}")
        finally:
            enum.EnumType._create_ = saved
    return results


CASES = {
    "int enum with aliases": (enum.IntEnum, [("A", 0), ("B", 1), ("C", 1), ("D", -4), ("E", 0)]),
    "plain enum": (enum.Enum, [("Low", 1), ("High", 3), ("Same", 3)]),
    "flag, multi-bit and unsorted": (enum.Flag, [("B", 2), ("A", 1), ("AB", 3), ("Z", 0), ("C", 8), ("B2", 2)]),
    "int flag": (enum.IntFlag, [("One", 1), ("Two", 2), ("Four", 4), ("All", 7), ("Neg", -1), ("Big", 1 << 40)]),
    "int flag, keep": (enum.IntFlag, [("X", 16), ("Y", 4)]),
    "empty": (enum.IntEnum, []),
    "empty flag": (enum.Flag, []),
    "one member": (enum.IntEnum, [("Only", 7)]),
    "tuple of pairs": (enum.IntEnum, (("P", 1), ("Q", 2))),
    # The general path, unchanged: shapes and names the quick path leaves alone.
    "names as a string": (enum.IntEnum, "RED GREEN BLUE"),
    "names as a list of strings": (enum.Enum, ["north", "south"]),
    "names as a mapping": (enum.IntEnum, {"a": 1, "b": 2}),
    "private name": (enum.IntEnum, [("_hidden", 1), ("shown", 2)]),
    "sunder name": (enum.IntEnum, [("_bad_", 1)]),
    "dunder name": (enum.IntEnum, [("__x__", 1)]),
    "shadowing property": (enum.IntEnum, [("name", 1), ("value", 2)]),
    "shadowing int method": (enum.IntEnum, [("real", 1), ("bit_length", 2)]),
    "mro": (enum.IntEnum, [("mro", 1)]),
    "duplicate name": (enum.IntEnum, [("A", 1), ("A", 2)]),
    "non-int value": (enum.Enum, [("A", "a"), ("B", 2.5), ("C", (1, 2))]),
    "bool value": (enum.IntEnum, [("T", True)]),
    "list pairs": (enum.IntEnum, [["A", 1], ["B", 2]]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_same_class_as_the_stdlib(case):
    base, names = CASES[case]
    old, new = both_ways(lambda: base(case.title().replace(" ", "").replace(",", ""), names,
                                      module=__name__, qualname=f"Case.{case}", boundary=None))
    assert new == old


def test_same_with_boundary_and_without_module():
    """PySide's own call: no module (the functional API's caller is looked up), boundary KEEP."""

    def make():
        return enum.IntFlag("Options", [("A", 1), ("B", 2), ("AB", 3)], boundary=enum.KEEP)

    old, new = both_ways(make)
    assert new == old
    assert new["module"] == __name__  # the caller's module, found from the same depth


def test_same_with_mixed_in_type():
    old, new = both_ways(lambda: enum.Enum("Mixed", [("A", 1), ("B", 2)], module=__name__, type=int))
    assert new == old


def test_errors_are_the_stdlib_errors():
    old, new = both_ways(lambda: enum.IntEnum("Dup", [("A", 1), ("A", 2)], module=__name__))
    assert old.startswith("TypeError") and new == old


DUMP = r"""
import enum, json, sys
from editor.ui import qt_enums
sys.path.insert(0, sys.argv[2])
from test_qt_enums import describe
if sys.argv[1] == "quick":
    assert qt_enums.install()
from PySide6 import QtCore, QtGui, QtWidgets
seen, out = set(), {}

def walk(owner, prefix, depth=0):
    for name in sorted(dir(owner)):
        try:
            value = getattr(owner, name)
        except Exception:  # noqa: BLE001 - some attributes need an instance
            continue
        if isinstance(value, enum.EnumType):
            if id(value) not in seen:
                seen.add(id(value))
                out[f"{prefix}.{name}"] = describe(value)
        elif isinstance(value, type) and depth < 2 and value.__module__.startswith("PySide6") and id(value) not in seen:
            seen.add(id(value))
            walk(value, f"{prefix}.{name}", depth + 1)

for module in (QtCore, QtGui, QtWidgets):
    walk(module, module.__name__)
print(json.dumps({"installed": qt_enums.installed(), "enums": out}, sort_keys=True))
"""


def test_every_qt_enum_is_the_same_as_the_stdlib_makes(tmp_path):
    """Every enum of QtCore, QtGui and QtWidgets, built by PySide6 through each path in a new process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("INCIDENT_EDITOR_STDLIB_ENUM", None)
    here = os.path.dirname(__file__)
    dumps = {}
    for way in ("stdlib", "quick"):
        done = subprocess.run([sys.executable, "-c", DUMP, way, here], capture_output=True, text=True, env=env,
                              timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        dumps[way] = json.loads(done.stdout)
    assert dumps["stdlib"]["installed"] is False and dumps["quick"]["installed"] is True
    old, new = dumps["stdlib"]["enums"], dumps["quick"]["enums"]
    assert len(old) > 500  # the walk reached the binding's enums (Qt alone has 94)
    assert sorted(old) == sorted(new)
    differing = [name for name in old if old[name] != new[name]]
    assert not differing, differing[:5]


def test_install_and_switch(monkeypatch):
    saved = enum.EnumType.__dict__["_create_"]  # earlier tests may have started the app: installed already
    try:
        qt_enums.uninstall()
        assert enum.EnumType.__dict__["_create_"] is qt_enums._ORIGINAL
        monkeypatch.setenv("INCIDENT_EDITOR_STDLIB_ENUM", "1")
        assert qt_enums.install() is False and not qt_enums.installed()
        monkeypatch.delenv("INCIDENT_EDITOR_STDLIB_ENUM")
        assert qt_enums.install() is True and qt_enums.installed()
        qt_enums.uninstall()
        assert enum.EnumType.__dict__["_create_"] is qt_enums._ORIGINAL
    finally:
        enum.EnumType._create_ = saved
