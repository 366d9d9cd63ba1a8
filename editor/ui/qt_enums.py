"""Build Qt's Python enums the quick way: same classes as ``enum`` makes, a quarter of the work.

PySide6 turns every C++ enum of a Qt class into a Python ``enum`` class the first time the class is
used, through the functional API (``IntEnum("Key", [("Key_Escape", 16777216), …])``). CPython 3.11
builds each member through the general class-body machinery — the namespace's checks on every name,
a placeholder object, ``__set_name__``, a search of the bases for descriptors, ``delattr`` and
``setattr`` through the metaclass — about 20 µs a member. The editor's first window touches some 230
enums with 3,200 members (``Qt`` alone: 94 enums, 1,200 members): ~90 ms of a ~400 ms start.

``install`` replaces ``EnumType._create_`` (the functional API's worker) with one that, for the plain
case PySide uses — a stdlib base (``Enum``, ``IntEnum``, ``Flag``, ``IntFlag``), no mixed-in type,
a list of ``(name, int)`` pairs with unique public names that shadow nothing in the bases — builds
the class itself: the class __dict__ ``EnumType.__new__`` gives an empty subclass of that base (taken
once from a throwaway class it builds), then each member exactly as ``_proto_member.__set_name__``
does in 3.11 (value, name, sort order, flag masks, aliases, ``_member_names_``, the value map), then
what ``EnumType.__new__`` sets afterwards, in its order. ~30 µs a class and ~4 µs a member instead
of ~105 and ~20. Any other call goes to the original unchanged. ``tests/ui/test_qt_enums.py``
compares every enum of QtCore, QtGui and QtWidgets built both ways, attribute by attribute.

Only on CPython 3.11, whose ``enum`` this mirrors (other versions build enums differently);
``INCIDENT_EDITOR_STDLIB_ENUM=1`` keeps the original.
"""

from __future__ import annotations

import enum
import os
import sys

_ORIGINAL = enum.EnumType._create_
_BASES = (enum.Enum, enum.IntEnum, enum.Flag, enum.IntFlag)
# What EnumType.__new__ sets on the class after type.__new__ has run __set_name__ on the members: in its
# classes these come after the members in the class __dict__, so they are moved behind them here too.
_SET_AFTER_MEMBERS = frozenset({"__format__", "__str__", "__repr__", "__reduce_ex__", "__or__", "__and__", "__xor__",
                                "__ror__", "__rand__", "__rxor__", "__invert__", "__new__", "__new_member__"})
_TEMPLATES: dict[tuple, tuple[tuple, tuple]] = {}  # (base, boundary) -> the empty class's __dict__ entries
_SHADOWED: dict[type, frozenset[str]] = {}  # per base: names a member may not take without the general path


def supported() -> bool:
    """This interpreter's ``enum`` is the one the quick path mirrors."""
    return (sys.implementation.name == "cpython" and sys.version_info[:2] == (3, 11)
            and hasattr(enum, "_proto_member") and hasattr(enum, "_make_class_unpicklable"))


def installed() -> bool:
    """The quick path is in place."""
    return enum.EnumType.__dict__.get("_create_") is _QUICK


def install() -> bool:
    """Use the quick path for the rest of the process; False (and nothing changed) where unsupported."""
    if not supported() or os.environ.get("INCIDENT_EDITOR_STDLIB_ENUM") == "1":
        return False
    enum.EnumType._create_ = _QUICK
    return True


def uninstall() -> None:
    """Put the stdlib's ``_create_`` back (tests)."""
    if installed():
        enum.EnumType._create_ = _ORIGINAL


def _shadowed(base: type) -> frozenset[str]:
    names = _SHADOWED.get(base)
    if names is None:  # what __set_name__ would redirect through a property, and what __new__ refuses
        names = _SHADOWED[base] = frozenset(n for klass in base.__mro__ for n in vars(klass)) | {"mro", ""}
    return names


def _plain(names, shadowed: frozenset[str]) -> bool:
    """``names`` is a list or tuple of (public, unique, unshadowed name, int) pairs."""
    if not isinstance(names, (list, tuple)):
        return False
    seen: set[str] = set()
    for item in names:
        if type(item) is not tuple or len(item) != 2:
            return False
        name, value = item
        if type(name) is not str or type(value) is not int or name in seen or name in shadowed or name[:1] == "_":
            return False
        seen.add(name)
    return True


def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):  # noqa: A002
    unpicklable = False
    if module is None:  # what the original finds from the same depth: the functional API's caller
        try:
            module = sys._getframe(2).f_globals["__name__"]
        except (AttributeError, ValueError, KeyError):
            module, unpicklable = "<unknown>", True
    template = None
    if type is None and cls in _BASES and _plain(names, _shadowed(cls)):
        template = _template(cls, boundary)
    if template is None:
        made = _ORIGINAL(cls, class_name, names, module=module, qualname=qualname, type=type, start=start,
                         boundary=boundary)
    else:
        made = _build(cls, class_name, names, module, qualname, template)
    if unpicklable:
        enum._make_class_unpicklable(made)
    return made


def _template(base, boundary):
    """What ``EnumType.__new__`` puts in the __dict__ of an empty subclass of ``base``: (the entries it
    gives type.__new__, the ones it sets afterwards), in order. Taken from a throwaway class it builds."""
    try:
        found = _TEMPLATES.get((base, boundary))
    except TypeError:  # an unhashable boundary: the general path
        return None
    if found is None:
        reference = _ORIGINAL(base, "_Template", (), module=__name__, boundary=boundary)
        entries = [(k, v) for k, v in reference.__dict__.items() if k != "__doc__"]  # type.__new__ adds __doc__
        found = _TEMPLATES[(base, boundary)] = (
            tuple((k, v) for k, v in entries if k not in _SET_AFTER_MEMBERS),
            tuple((k, v) for k, v in entries if k in _SET_AFTER_MEMBERS),
        )
    return found


_FRESH = {"_member_names_": list, "_member_map_": dict, "_value2member_map_": dict, "_unhashable_values_": list}


def _build(base, class_name, names, module, qualname, template):
    """The enum class ``EnumType.__new__`` makes for ``names`` (plain: checked), from the template."""
    before, after = template
    namespace = {k: (_FRESH[k]() if k in _FRESH else v) for k, v in before}
    namespace["__module__"] = module
    if qualname is not None:
        namespace["__qualname__"] = qualname
    made = type.__new__(base.__class__, class_name, (base,), namespace)
    _add_members(made, names)
    for key, value in after:  # as EnumType.__new__ sets them once type.__new__ has placed the members
        type.__setattr__(made, key, value)
    if issubclass(made, enum.Flag):
        values = [m._value_ for m in made]
        if values != sorted(values):  # as EnumType.__new__ decides once the members exist
            made._iter_member_ = made._iter_member_by_def_
    return made


def _add_members(made, names) -> None:
    """Add ``names`` to the new enum class ``made`` as 3.11's ``_proto_member.__set_name__`` does."""
    is_flag = issubclass(made, enum.Flag)
    new = made._new_member_
    use_args = made._use_args_
    member_type = made._member_type_
    member_names = made._member_names_
    member_map = made._member_map_
    value_map = made._value2member_map_
    set_class_attr = type.__setattr__  # names are new (checked): EnumType.__setattr__ only refuses reassigning
    flag_mask = singles = 0
    for name, given in names:
        member = new(made, given) if use_args else new(made)
        if not hasattr(member, "_value_"):
            member._value_ = given if member_type is object else member_type(given)
        value = member._value_
        member._name_ = name
        member.__objclass__ = made
        member.__init__(given)
        member._sort_order_ = len(member_names)
        single = False
        if is_flag:
            flag_mask |= value
            single = value != 0 and value & (value - 1) == 0
            if single:
                singles |= value
        canonical = value_map.get(value)
        if canonical is not None:  # an alias of the first member with this value
            member = canonical
        elif not is_flag or single:
            member_names.append(name)
        set_class_attr(made, name, member)
        member_map[name] = member
        value_map.setdefault(value, member)
    if is_flag:
        made._flag_mask_ = flag_mask
        made._singles_mask_ = singles
        made._all_bits_ = 2 ** flag_mask.bit_length() - 1


_QUICK = _create_
