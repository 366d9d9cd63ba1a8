"""Incident Report Editor: article → structured incident → Word report. Never imports Qt."""

__version__ = "0.1.0"
