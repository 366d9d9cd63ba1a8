"""Hypothesis strategies that build valid IncidentReports covering every field, with unicode text."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

from editor.model import (
    Candidate,
    TLP,
    Action,
    ActionCategory,
    ActionStatus,
    DataExfiltration,
    Impact,
    Incident,
    IncidentReport,
    IncidentType,
    LessonsLearned,
    Notification,
    Organization,
    Ransom,
    RansomStatus,
    Regime,
    ReportMeta,
    ReportStage,
    Response,
    Sector,
    ServiceImpact,
    ServiceName,
    ServiceStatus,
    Source,
    Span,
    TimelineEvent,
)

# Any unicode except surrogates (not encodable) — includes RTL, combining marks, emoji, NUL and newlines.
text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
long_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=400)
opt_text = st.none() | text
count = st.none() | st.integers(min_value=0, max_value=10**12)

_days = st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31))
iso_date = _days.map(date.isoformat)
_offsets = st.sampled_from(["", "Z", "+02:00", "-05:30"])


@st.composite
def iso_datetime(draw: st.DrawFn) -> str:
    """YYYY-MM-DD, optionally with HH:MM[:SS] and a zone."""
    day = draw(_days)
    if not draw(st.booleans()):
        return day.isoformat()
    moment = datetime(day.year, day.month, day.day, tzinfo=timezone.utc) + timedelta(
        seconds=draw(st.integers(0, 86399)))
    clock = moment.strftime("%H:%M:%S") if draw(st.booleans()) else moment.strftime("%H:%M")
    return f"{day.isoformat()}T{clock}{draw(_offsets)}"


@st.composite
def partial_when(draw: st.DrawFn) -> str:
    """A possibly partial date or date-time: YYYY, YYYY-MM, YYYY-MM-DD or with a time."""
    full = draw(iso_datetime())
    cut = draw(st.sampled_from([4, 7, len(full)]))
    return full[:cut]


_segment = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="/~"), max_size=12)
_escaped = st.lists(st.one_of(_segment, st.just("~0"), st.just("~1")), min_size=1, max_size=3).map("".join)
_known_pointers = st.sampled_from([
    "/organization/name", "/organization/country", "/incident/type", "/incident/start_date",
    "/impact/servers_affected", "/impact/services/0/status", "/ransom/status", "/sites/1", "/timeline/0/when", "",
])
pointer = _known_pointers | st.lists(_escaped, min_size=1, max_size=4).map(lambda parts: "/" + "/".join(parts))


@st.composite
def span(draw: st.DrawFn) -> Span:
    """A span with start <= end."""
    a, b = sorted((draw(st.integers(0, 10**7)), draw(st.integers(0, 10**7))))
    return Span(start=a, end=b)


COVERED: dict[type, set[str]] = {}
"""For each model, the fields the strategies draw (a test checks that no model field is left out)."""


def _build(model: type, **fields: st.SearchStrategy) -> st.SearchStrategy:
    COVERED[model] = set(fields)
    return st.builds(model, **fields)


def _opt(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


def _enum(enum: type) -> st.SearchStrategy:
    return st.sampled_from(list(enum))


sources = _build(
    Source, title=opt_text, publisher=opt_text, url=opt_text, published=_opt(iso_date), language=opt_text,
    text=long_text, retrieved=_opt(iso_datetime()), path=opt_text)
organizations = _build(
    Organization, name=opt_text, sector=_opt(_enum(Sector)),
    country=_opt(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=2)), region=opt_text,
    timezone=_opt(st.sampled_from(["Europe/Brussels", "America/New_York", "Asia/Kolkata", "UTC", "Not/AZone"])))
incidents = _build(Incident, type=_opt(_enum(IncidentType)), start_date=_opt(iso_date),
                      detected_at=_opt(iso_datetime()), summary=opt_text)
timeline_events = _build(TimelineEvent, when=_opt(partial_when()), when_text=opt_text, what=text, source=opt_text)
service_impacts = _build(ServiceImpact, service=_enum(ServiceName), status=_enum(ServiceStatus), note=text,
                            label=opt_text, as_of=_opt(iso_date))
impacts = _build(
    Impact, servers_affected=count, workstations_affected=count, appointments_affected=count,
    data_exfiltration=_opt(_enum(DataExfiltration)), services=st.lists(service_impacts, max_size=4),
    network_disconnected=_opt(st.booleans()), patients_diverted=_opt(st.booleans()),
    data_categories=st.lists(text, max_size=3), people_affected=count, records_affected=count)
actions = _build(Action, category=_enum(ActionCategory), description=text, actor=opt_text,
                    when=_opt(partial_when()), status=_opt(_enum(ActionStatus)))
responses = _build(Response, actions=st.lists(actions, max_size=4), restoration_order=st.lists(text, max_size=3))
ransoms = _build(
    Ransom, status=_opt(_enum(RansomStatus)),
    amount=_opt(st.floats(min_value=0, max_value=1e15, allow_nan=False, allow_infinity=False)),
    currency=_opt(st.sampled_from(["EUR", "USD", "GBP", "CHF", "BTC", "XMR"])), threat_actor=opt_text,
    as_of=_opt(iso_date), claimed=_opt(st.booleans()), leak_published=_opt(st.booleans()))
notifications = _build(
    Notification, regime=_enum(Regime), authority=opt_text, awareness=_opt(iso_datetime()), due=_opt(iso_datetime()),
    submitted=_opt(iso_datetime()), reference=opt_text, stage=_opt(_enum(ReportStage)), note=text)
report_metas = _build(
    ReportMeta, title=opt_text, id=opt_text, author=opt_text, author_organization=opt_text, tlp=_enum(TLP),
    stage=_enum(ReportStage), version=text, created=_opt(iso_datetime()), updated=_opt(iso_datetime()),
    language=st.sampled_from(["fr", "en", "nl", "de"]))
lessons = _build(LessonsLearned, text=long_text, items=st.lists(text, max_size=3))
candidates = _build(
    Candidate,
    value=st.none() | st.text(max_size=30) | st.integers(min_value=0, max_value=10**6)
    | st.floats(min_value=0, max_value=1e9, allow_nan=False) | st.booleans(),
    confidence=st.floats(min_value=0, max_value=1, allow_nan=False),
    evidence=st.lists(span(), max_size=2),
)

reports = _build(
    IncidentReport,
    source=sources,
    sources=st.lists(sources, max_size=2),
    organization=organizations,
    sites=st.lists(text, max_size=4),
    incident=incidents,
    timeline=st.lists(timeline_events, max_size=5),
    impact=impacts,
    response=responses,
    ransom=ransoms,
    notifications=st.lists(notifications, max_size=3),
    lessons_learned=lessons,
    report=report_metas,
    evidence=st.dictionaries(pointer, st.lists(span(), max_size=3), max_size=5),
    confidence=st.dictionaries(pointer, st.floats(min_value=0, max_value=1, allow_nan=False), max_size=5),
    candidates=st.dictionaries(pointer, st.lists(candidates, max_size=5), max_size=3),
    confidence_why=st.dictionaries(pointer, st.lists(st.sampled_from(["engine", "context", "early"]), max_size=3),
                                   max_size=3),
    user_edited=st.lists(pointer, max_size=4),
)
"""A valid IncidentReport with every field drawn (lists and dicts may be empty, optionals None)."""
