"""The report model: msgspec structs, no Qt, no I/O."""

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
    Candidate,
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
    ValidationError,
)

__all__ = [
    "SCHEMA_VERSION", "TLP", "Action", "Candidate", "ActionCategory", "ActionStatus", "DataExfiltration", "Impact",
    "Incident", "IncidentReport", "IncidentType", "LessonsLearned", "Notification", "Organization",
    "Ransom", "RansomStatus", "Regime", "ReportMeta", "ReportStage", "Response", "Sector", "ServiceImpact",
    "ServiceName", "ServiceStatus", "Source", "Span", "TimelineEvent", "ValidationError",
]
