"""Fixtures for the exporter tests (the sample reports live in export_samples.py, importable by name)."""

from __future__ import annotations

import os

import pytest
from export_samples import hospital_report, soffice_path

from editor.model import IncidentReport


@pytest.fixture
def report() -> IncidentReport:
    """The realistic hospital ransomware report."""
    return hospital_report()


@pytest.fixture
def soffice() -> str:
    """soffice, skipped when absent — except in CI, where its absence fails the test."""
    path = soffice_path()
    if path is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("soffice (LibreOffice) is required in CI but not installed")
        pytest.skip("soffice (LibreOffice) not installed")
    return path
