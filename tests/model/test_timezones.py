"""The organisation's time zone: derived from its country, stored when set, and the clocks computed in it."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from editor import storage
from editor.model.enums import Regime
from editor.model.regulatory import deadlines
from editor.model.report import IncidentReport, Notification
from editor.model.timezones import offset_label, report_zone, report_zone_name, zone_for_country, zone_label


def test_a_countrys_main_zone():
    assert zone_for_country("BE") == "Europe/Brussels"
    assert zone_for_country("es") == "Europe/Madrid"  # not the Canaries nor Ceuta
    assert zone_for_country("US") == "America/New_York"
    assert zone_for_country(None) is None and zone_for_country("XX") is None


def test_the_users_zone_wins_over_the_countrys_and_a_bad_name_falls_back():
    report = IncidentReport.from_json_dict({"organization": {"country": "FR"}})
    assert report_zone_name(report) == ("Europe/Paris", True)
    report.organization.timezone = "America/Martinique"
    assert report_zone_name(report) == ("America/Martinique", False)
    report.organization.timezone = "Not/AZone"
    assert report_zone_name(report) == ("Europe/Paris", True)
    assert report_zone(IncidentReport()) == timezone.utc and zone_label(IncidentReport()) == "UTC"
    report.organization.timezone = None
    assert zone_label(report) == "Europe/Paris"  # the offset depends on the moment: only with one
    assert (zone_label(report, "2023-01-10T08:00"), zone_label(report, "2023-07-10T08:00")) == (
        "Europe/Paris (UTC+1)", "Europe/Paris (UTC+2)")
    report.organization.timezone = "America/Port_of_Spain"
    assert zone_label(report, "2023-01-10T08:00", short=True) == "Port of Spain (UTC-4)"


def test_local_awareness_gives_clocks_in_local_time_across_the_change_to_winter_time():
    # Aware at noon in Brussels the day before clocks go back: 24 elapsed hours end at 11:00 local time.
    report = IncidentReport.from_json_dict({"organization": {"country": "BE"}})
    n = Notification(regime=Regime.NIS2, awareness="2023-10-28T12:00")
    due = {d.key: d.due for d in deadlines(n, report_zone(report))}
    assert due["nis2_early_warning"] == datetime(2023, 10, 29, 10, 0, tzinfo=timezone.utc)
    local = due["nis2_early_warning"].astimezone(report_zone(report))
    assert (local.hour, offset_label(local)) == (11, "UTC+1")
    # One month after the 72-hour notification is the same local time a calendar month on.
    final = due["nis2_final_report"].astimezone(report_zone(report))
    assert (final.month, final.day, final.hour) == (11, 30, 11)
    # Without a zone the same text is read as UTC, as before.
    assert deadlines(n)[0].due == datetime(2023, 10, 29, 12, 0, tzinfo=timezone.utc)


def test_the_zone_is_stored_and_an_old_project_without_it_still_loads(tmp_path: Path):
    old = {"schema_version": 1, "organization": {"name": "Clinique", "country": "BE", "region": None}}
    path = tmp_path / "old.incident.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    report = storage.load_project(path)
    assert report.organization.timezone is None and report_zone_name(report) == ("Europe/Brussels", True)
    report.organization.timezone = "Europe/Luxembourg"
    storage.save_project(report, path)
    assert json.loads(path.read_text(encoding="utf-8"))["organization"]["timezone"] == "Europe/Luxembourg"
    assert storage.load_project(path).organization.timezone == "Europe/Luxembourg"
