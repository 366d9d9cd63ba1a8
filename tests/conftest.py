"""Test-wide set-up: offscreen Qt, private settings/data folders, and a socket guard.

The guard blocks every network connection for the whole suite; only tests marked
``allow_loopback`` may connect, and then only to 127.0.0.1/::1 (the URL loader's local server).
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_create_connection = socket.create_connection
_LOOPBACK = {"127.0.0.1", "::1", "localhost"}


class NetworkBlocked(RuntimeError):
    """A test tried to open a network connection."""


def _host_of(address) -> str:
    if isinstance(address, tuple) and address:
        return str(address[0])
    return str(address)


def _guard_state() -> dict:
    return _guard_state.__dict__.setdefault("state", {"loopback": False})


def _guarded_connect(self, address):
    if self.family == socket.AF_UNIX:
        return _real_connect(self, address)
    if _guard_state()["loopback"] and _host_of(address) in _LOOPBACK:
        return _real_connect(self, address)
    raise NetworkBlocked(f"network connection blocked in tests: {address!r}")


def _guarded_connect_ex(self, address):
    if self.family == socket.AF_UNIX:
        return _real_connect_ex(self, address)
    if _guard_state()["loopback"] and _host_of(address) in _LOOPBACK:
        return _real_connect_ex(self, address)
    raise NetworkBlocked(f"network connection blocked in tests: {address!r}")


def pytest_configure(config):
    config.addinivalue_line("markers", "allow_loopback: the test may connect to 127.0.0.1 / ::1 only")
    socket.socket.connect = _guarded_connect
    socket.socket.connect_ex = _guarded_connect_ex
    # Should any code under test write to the user's cache folder, it writes to a temporary one.
    import tempfile

    os.environ["INCIDENT_EDITOR_CACHE_DIR"] = tempfile.mkdtemp(prefix="incident-editor-cache-")


@pytest.fixture(autouse=True)
def _loopback_only_when_marked(request):
    state = _guard_state()
    state["loopback"] = request.node.get_closest_marker("allow_loopback") is not None
    yield
    state["loopback"] = False


@pytest.fixture(autouse=True)
def _private_dirs(tmp_path_factory, monkeypatch):
    """Each test gets its own data folder and QSettings location; nothing touches the real home."""
    base = tmp_path_factory.mktemp("userdirs")
    monkeypatch.setenv("INCIDENT_EDITOR_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("INCIDENT_EDITOR_SETTINGS_DIR", str(base / "settings"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))
    yield


@pytest.fixture
def corpus() -> Path:
    """The shared dev corpus folder (read-only)."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus/dev is not beside the checkout")
    return CORPUS


@pytest.fixture
def seed_article(corpus) -> Path:
    return corpus / "vivalia-seed.txt"
