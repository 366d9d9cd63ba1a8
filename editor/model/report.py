"""The incident report: the spec's incident JSON plus report metadata. Pydantic v2, no Qt, no I/O."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

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

# Dates: "YYYY-MM-DD"; partial dates and times for the timeline: "YYYY", "YYYY-MM",
# "YYYY-MM-DD", "YYYY-MM-DDTHH:MM" (and optional seconds / timezone offset).
DATE_PATTERN = r"^\d{4}-\d{2}-\d{2}$"
PARTIAL_WHEN_PATTERN = r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?$"
DATETIME_PATTERN = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?$"
POINTER_PATTERN = re.compile(r"^(/([^~/]|~[01])*)*$")

IsoDate = Annotated[str, Field(pattern=DATE_PATTERN, description="ISO date YYYY-MM-DD")]
PartialWhen = Annotated[str, Field(pattern=PARTIAL_WHEN_PATTERN, description="ISO date or date-time, possibly partial")]
IsoDateTime = Annotated[str, Field(pattern=DATETIME_PATTERN, description="ISO date or date-time")]
Count = Annotated[int, Field(ge=0)]


def utc_now() -> str:
    """Current UTC time as an ISO string to the second."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


class _Base(BaseModel):
    model_config = ConfigDict(
        extra="ignore",
        allow_inf_nan=False,  # JSON has no Infinity/NaN: such a value could be loaded but never saved
        validate_assignment=True,
        use_enum_values=False,
        populate_by_name=True,
    )


class Span(_Base):
    """Character offsets into ``source.text`` (Python str indices, end exclusive)."""

    start: Annotated[int, Field(ge=0)]
    end: Annotated[int, Field(ge=0)]

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError("end must not be before start")
        return self


class Source(_Base):
    """An article the report is built from."""

    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: IsoDate | None = None
    language: str | None = None
    text: str = ""
    retrieved: IsoDateTime | None = None
    path: str | None = Field(default=None, description="file the article was loaded from, if any")


class Organization(_Base):
    name: str | None = None
    sector: Sector | None = None
    country: Annotated[str, Field(pattern=r"^[A-Z]{2}$")] | None = None
    region: str | None = None

    @field_validator("country", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value


class Incident(_Base):
    type: IncidentType | None = None
    start_date: IsoDate | None = None
    detected_at: IsoDateTime | None = None
    summary: str | None = None


class TimelineEvent(_Base):
    when: PartialWhen | None = None
    when_text: str | None = None
    what: str = ""
    source: str | None = Field(default=None, description="which source backs the event")


class ServiceImpact(_Base):
    service: ServiceName
    status: ServiceStatus
    note: str = ""
    label: str | None = Field(default=None, description="the article's own name for the service")
    as_of: IsoDate | None = None


class Impact(_Base):
    servers_affected: Count | None = None
    workstations_affected: Count | None = None
    appointments_affected: Count | None = None
    data_exfiltration: DataExfiltration | None = None
    services: list[ServiceImpact] = Field(default_factory=list)
    network_disconnected: bool | None = None
    patients_diverted: bool | None = None
    data_categories: list[str] = Field(default_factory=list)
    people_affected: Count | None = None
    records_affected: Count | None = None


class Action(_Base):
    category: ActionCategory
    description: str = ""
    actor: str | None = None
    when: PartialWhen | None = None
    status: ActionStatus | None = None


class Response(_Base):
    actions: list[Action] = Field(default_factory=list)
    restoration_order: list[str] = Field(default_factory=list)


class Ransom(_Base):
    status: RansomStatus | None = None
    amount: Annotated[float, Field(ge=0)] | None = None
    currency: Annotated[str, Field(pattern=r"^([A-Z]{3}|BTC|XMR)$")] | None = None
    threat_actor: str | None = None
    as_of: IsoDate | None = None
    claimed: bool | None = Field(default=None, description="the threat actor claimed the attack")
    leak_published: bool | None = Field(default=None, description="data published on a leak site")

    @field_validator("currency", mode="before")
    @classmethod
    def _upper(cls, value: Any) -> Any:
        return value.upper() if isinstance(value, str) else value


class Notification(_Base):
    """A notification made (or due) under one regulatory regime."""

    regime: Regime
    authority: str | None = None
    awareness: IsoDateTime | None = Field(default=None, description="T0: when the entity became aware")
    due: IsoDateTime | None = Field(default=None, description="overrides the computed due date")
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

    @field_validator("language")
    @classmethod
    def _lang(cls, value: str) -> str:
        return value if value in ("fr", "en", "nl", "de") else "en"


class LessonsLearned(_Base):
    text: str = ""
    items: list[str] = Field(default_factory=list)


class IncidentReport(_Base):
    """The whole report. ``model_dump(mode="json")`` is the incident JSON of the spec."""

    schema_version: int = SCHEMA_VERSION
    source: Source = Field(default_factory=Source)
    sources: list[Source] = Field(default_factory=list, description="further articles backing the report")
    organization: Organization = Field(default_factory=Organization)
    sites: list[str] = Field(default_factory=list)
    incident: Incident = Field(default_factory=Incident)
    timeline: list[TimelineEvent] = Field(default_factory=list)
    impact: Impact = Field(default_factory=Impact)
    response: Response = Field(default_factory=Response)
    ransom: Ransom = Field(default_factory=Ransom)
    notifications: list[Notification] = Field(default_factory=list)
    lessons_learned: LessonsLearned = Field(default_factory=LessonsLearned)
    report: ReportMeta = Field(default_factory=ReportMeta)
    evidence: dict[str, list[Span]] = Field(default_factory=dict)
    confidence: dict[str, Annotated[float, Field(ge=0, le=1)]] = Field(default_factory=dict)
    user_edited: list[str] = Field(
        default_factory=list, description="JSON Pointers of values the user typed; re-extraction never overwrites them"
    )

    @field_validator("evidence", "confidence")
    @classmethod
    def _pointers(cls, value: dict) -> dict:
        for key in value:
            if not POINTER_PATTERN.match(key):
                raise ValueError(f"{key!r} is not a JSON Pointer")
        return value

    def to_json_dict(self) -> dict[str, Any]:
        """The incident JSON as plain Python data (every spec key present)."""
        return self.model_dump(mode="json")

    def to_json(self, indent: int | None = 2) -> str:
        """The incident JSON as text."""
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json_dict(cls, data: dict[str, Any]) -> IncidentReport:
        """Validate incident JSON (raises pydantic.ValidationError)."""
        return cls.model_validate(data)
