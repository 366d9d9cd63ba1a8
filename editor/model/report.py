"""The incident report: the spec's incident JSON plus report metadata. msgspec structs, no Qt, no I/O.

msgspec rather than pydantic: the same typed, validated model (constraints, enums, JSON Schema),
defined in under a millisecond instead of ~0.3 s of imports and schema building on every start of
the editor and of every ``extract``. Validation happens where data comes in — ``from_json_dict``
(files, embedded reports) and ``validate_value`` (every edit in the UI); code that builds a report
(the extractor) assigns attributes directly, and the tests check that what it builds validates.
"""

# No "from __future__ import annotations" here on purpose: with real annotation objects msgspec
# builds its first decoder in ~1 ms; from strings it evaluated ~90 of them first (~5 ms in every
# process that reads a report, the editor's start-up included).
import math
import re
from datetime import datetime, timezone
from typing import Annotated, Any

import msgspec
from msgspec import Meta

from editor.model.enums import (
    TLP,
    ActionCategory,
    ActionStatus,
    DataExfiltration,
    IncidentType,
    RansomStatus,
    Regime,
    ReportStage,
    Sector,
    ServiceName,
    ServiceStatus,
)

SCHEMA_VERSION = 1
ValidationError = msgspec.ValidationError

# Dates: "YYYY-MM-DD"; partial dates and times for the timeline: "YYYY", "YYYY-MM",
# "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" (and optional seconds / timezone offset).
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
PARTIAL_WHEN_PATTERN = r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$"
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$"
POINTER_PATTERN = re.compile(r"^(/([^~/]|~[01])*)*$")
COUNTRY_PATTERN = re.compile(r"^[A-Z]{2}$")
CURRENCY_PATTERN = re.compile(r"^([A-Z]{3}|BTC|XMR)$")

IsoDate = Annotated[str, Meta(pattern=DATE_PATTERN, description="ISO date YYYY-MM-DD")]
PartialWhen = Annotated[str, Meta(pattern=PARTIAL_WHEN_PATTERN, description="ISO date or date-time, possibly partial")]
IsoDateTime = Annotated[str, Meta(pattern=DATETIME_PATTERN, description="ISO date or date-time")]
Count = Annotated[int, Meta(ge=0)]
Offset = Annotated[int, Meta(ge=0)]
Pointer = Annotated[str, Meta(pattern=POINTER_PATTERN.pattern, description="JSON Pointer (RFC 6901)")]


def _doc(text: str) -> Meta:
    return Meta(description=text)


def utc_now() -> str:
    """Current UTC time as an ISO string to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _finite(value: float | None, what: str) -> None:
    # JSON has no Infinity/NaN: such a value could be loaded but never saved.
    if value is not None and not math.isfinite(value):
        raise ValueError(f"{what} must be a finite number")


class _Base(msgspec.Struct, kw_only=True):
    """Unknown keys are ignored on input; every key is written on output (nulls included)."""

    def to_plain(self) -> dict[str, Any]:
        """This part of the report in its JSON form."""
        return msgspec.to_builtins(self)


class Span(_Base):
    """Character offsets into ``source.text`` (Python str indices, end exclusive)."""

    start: Offset
    end: Offset

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("end must not be before start")


CandidateValue = str | int | float | bool | None


class Candidate(_Base):
    """One reading the article supports for a field: its value, probability and supporting sentences."""

    value: CandidateValue
    confidence: Annotated[float, Meta(ge=0, le=1)] = 0.0
    evidence: list[Span] = msgspec.field(default_factory=list)

    def __post_init__(self) -> None:
        _finite(self.confidence, "candidate confidence")
        if isinstance(self.value, float):
            _finite(self.value, "candidate value")


class Source(_Base):
    """An article the report is built from."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: IsoDate | None = None
    language: str | None = None
    text: str = ""
    retrieved: IsoDateTime | None = None
    path: Annotated[str | None, _doc("file the article was loaded from, if any")] = None


class Organization(_Base):
    name: str | None = None
    sector: Sector | None = None
    country: Annotated[str, Meta(pattern=COUNTRY_PATTERN.pattern)] | None = None
    region: str | None = None
    timezone: Annotated[str | None, _doc(
        "IANA time zone of the organisation's clocks (date-times without an offset are local to it); "
        "null: the main zone of the country")] = None

    def __post_init__(self) -> None:
        if self.country is not None:  # input is upper-cased before validation (see _normalise)
            self.country = self.country.upper()


class Incident(_Base):
    type: IncidentType | None = None
    start_date: IsoDate | None = None
    detected_at: IsoDateTime | None = None
    summary: str | None = None


class TimelineEvent(_Base):
    when: PartialWhen | None = None
    when_text: str | None = None
    what: str = ""
    source: Annotated[str | None, _doc("which source backs the event")] = None


class ServiceImpact(_Base):
    service: ServiceName
    status: ServiceStatus
    note: str = ""
    label: Annotated[str | None, _doc("the article's own name for the service")] = None
    as_of: IsoDate | None = None


class Impact(_Base):
    servers_affected: Count | None = None
    workstations_affected: Count | None = None
    appointments_affected: Count | None = None
    data_exfiltration: DataExfiltration | None = None
    services: list[ServiceImpact] = msgspec.field(default_factory=list)
    network_disconnected: bool | None = None
    patients_diverted: bool | None = None
    data_categories: list[str] = msgspec.field(default_factory=list)
    people_affected: Count | None = None
    records_affected: Count | None = None


class Action(_Base):
    category: ActionCategory
    description: str = ""
    actor: str | None = None
    when: PartialWhen | None = None
    status: ActionStatus | None = None


class Response(_Base):
    actions: list[Action] = msgspec.field(default_factory=list)
    restoration_order: list[str] = msgspec.field(default_factory=list)


class Ransom(_Base):
    status: RansomStatus | None = None
    amount: Annotated[float, Meta(ge=0)] | None = None
    currency: Annotated[str, Meta(pattern=CURRENCY_PATTERN.pattern)] | None = None
    threat_actor: str | None = None
    as_of: IsoDate | None = None
    claimed: Annotated[bool | None, _doc("the threat actor claimed the attack")] = None
    leak_published: Annotated[bool | None, _doc("data published on a leak site")] = None

    def __post_init__(self) -> None:
        _finite(self.amount, "amount")
        if self.currency is not None:
            self.currency = self.currency.upper()


class Notification(_Base):
    """A notification made (or due) under one regulatory regime."""

    regime: Regime
    authority: str | None = None
    awareness: Annotated[IsoDateTime | None, _doc("T0: when the entity became aware")] = None
    due: Annotated[IsoDateTime | None, _doc("overrides the computed due date")] = None
    submitted: IsoDateTime | None = None
    reference: str | None = None
    stage: ReportStage | None = None
    note: str = ""


class ReportMeta(_Base):
    """Who wrote the report, for whom, at which stage."""

    title: str | None = None
    id: str | None = None
    author: str | None = None
    author_organization: str | None = None
    tlp: TLP = TLP.AMBER
    stage: ReportStage = ReportStage.EARLY_WARNING
    version: str = "1.0"
    created: IsoDateTime | None = None
    updated: IsoDateTime | None = None
    language: str = "en"

    def __post_init__(self) -> None:
        if self.language not in ("fr", "en", "nl", "de"):
            self.language = "en"


class LessonsLearned(_Base):
    text: str = ""
    items: list[str] = msgspec.field(default_factory=list)


class IncidentReport(_Base):
    """The whole report. ``to_json_dict()`` is the incident JSON of the spec."""

    schema_version: int = SCHEMA_VERSION
    source: Source = msgspec.field(default_factory=Source)
    sources: Annotated[list[Source], _doc("further articles backing the report")] = msgspec.field(default_factory=list)
    organization: Organization = msgspec.field(default_factory=Organization)
    sites: list[str] = msgspec.field(default_factory=list)
    incident: Incident = msgspec.field(default_factory=Incident)
    timeline: list[TimelineEvent] = msgspec.field(default_factory=list)
    impact: Impact = msgspec.field(default_factory=Impact)
    response: Response = msgspec.field(default_factory=Response)
    ransom: Ransom = msgspec.field(default_factory=Ransom)
    notifications: list[Notification] = msgspec.field(default_factory=list)
    lessons_learned: LessonsLearned = msgspec.field(default_factory=LessonsLearned)
    report: ReportMeta = msgspec.field(default_factory=ReportMeta)
    evidence: dict[Pointer, list[Span]] = msgspec.field(default_factory=dict)
    confidence: dict[Pointer, Annotated[float, Meta(ge=0, le=1)]] = msgspec.field(default_factory=dict)
    candidates: Annotated[
        dict[Pointer, list[Candidate]], _doc("per field, the readings the article supports, best first (at most five)")
    ] = msgspec.field(default_factory=dict)
    confidence_why: Annotated[
        dict[Pointer, list[str]], _doc("per field, the features that lower its confidence (names of "
                                       "editor.extraction.confidence.FEATURES)")
    ] = msgspec.field(default_factory=dict)
    user_edited: Annotated[
        list[str], _doc("JSON Pointers of values the user typed; re-extraction never overwrites them")
    ] = msgspec.field(default_factory=list)

    def __post_init__(self) -> None:
        for value in self.confidence.values():
            _finite(value, "confidence")

    def to_json_dict(self) -> dict[str, Any]:
        """The incident JSON as plain Python data (every spec key present)."""
        return msgspec.to_builtins(self)

    def to_json(self, indent: int | None = 2) -> str:
        """The incident JSON as text (UTF-8, not escaped)."""
        import json  # here, not at the top: the editor's start-up never writes JSON

        return json.dumps(self.to_json_dict(), indent=indent, ensure_ascii=False)

    def deep_copy(self) -> "IncidentReport":
        """An independent copy (nothing shared with this report)."""
        import copy

        return copy.deepcopy(self)

    @classmethod
    def from_json_dict(cls, data: Any) -> "IncidentReport":
        """Validate incident JSON (raises ValidationError naming the field)."""
        return msgspec.convert(_normalise(data), cls)


# Codes that other tools write in lower case are accepted and upper-cased before validation.
_UPPER = {"organization": "country", "ransom": "currency"}


def _normalise(data: Any) -> Any:
    if not isinstance(data, dict):
        return data
    data = dict(data)
    for part, key in _UPPER.items():
        node = data.get(part)
        if isinstance(node, dict) and isinstance(node.get(key), str):
            data[part] = {**node, key: node[key].upper()}
    return data


def validate_value(owner: type, field: str, value: Any) -> Any:
    """``value`` (JSON form) checked and converted for ``field`` of struct class ``owner``.

    Raises ValidationError (or KeyError for an unknown field); used for every edit in the UI.
    """
    if isinstance(value, str) and _UPPER.get(_PARTS.get(owner, ""), None) == field:
        value = value.upper()
    for info in msgspec.structs.fields(owner):
        if info.name == field:
            return msgspec.convert(value, info.type)
    raise KeyError(field)


def field_names(cls: type) -> tuple[str, ...]:
    """The field names of a report struct class, in order."""
    return cls.__struct_fields__


def error_location(exc: Exception) -> tuple[str, str]:
    """(dotted field path, message) of a validation error: ``("impact.servers_affected", "Expected ...")``."""
    text = str(exc)
    message, sep, where = text.rpartition(" - at `")
    if not sep:
        return "", text
    where = where.rstrip("`")
    if where.startswith("key` in `"):  # a bad mapping key: "- at `key` in `$.evidence`"
        where = where.removeprefix("key` in `")
        message += " (in a key)"
    path = where.removeprefix("$").lstrip(".")
    path = re.sub(r"\[(\d+)\]", r".\1", path.replace("[...]", ""))
    missing = re.match(r"Object missing required field `(\w+)`", message)
    if missing:  # name the missing field itself, as for any other bad value
        path, message = f"{path}.{missing.group(1)}".lstrip("."), "a required field is missing"
    return path, message


_PARTS: dict[type, str] = {Organization: "organization", Ransom: "ransom"}
