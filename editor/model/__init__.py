"""The report model: pydantic v2, no Qt, no I/O."""

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
from editor.model.report import (
    SCHEMA_VERSION,
    Action,
    Impact,
    Incident,
    IncidentReport,
    LessonsLearned,
    Notification,
    Organization,
    Ransom,
    ReportMeta,
    Response,
    ServiceImpact,
    Source,
    Span,
    TimelineEvent,
)

__all__ = [
    "SCHEMA_VERSION", "TLP", "Action", "ActionCategory", "ActionStatus", "DataExfiltration", "Impact",
    "Incident", "IncidentReport", "IncidentType", "LessonsLearned", "Notification", "Organization",
    "Ransom", "RansomStatus", "Regime", "ReportMeta", "ReportStage", "Response", "Sector", "ServiceImpact",
    "ServiceName", "ServiceStatus", "Source", "Span", "TimelineEvent",
]
