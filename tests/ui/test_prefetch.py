"""Start-up prefetch: the child process gives exactly what in-process opening gives, and fails the same way."""

from __future__ import annotations

import os
import sys

import pytest

from editor import resources
from editor.errors import EditorError
from editor.ui import prefetch
from editor.ui.files import open_target


def _result(target: str) -> tuple[str, dict]:
    kind, report = prefetch.start(target).result(timeout=120)
    return kind, report.to_json_dict()


@pytest.fixture
def two_cores(monkeypatch):
    monkeypatch.setattr(prefetch, "_usable_cores", lambda: 2)
    monkeypatch.delenv("INCIDENT_EDITOR_PREFETCH", raising=False)


def test_child_process_extraction_equals_in_process(two_cores):
    sample = str(resources.sample_article("fr"))
    assert prefetch.wants_process(sample)
    kind, report = open_target(sample)
    assert _result(sample) == (kind, report.to_json_dict())
    assert report.organization.name  # the sample is really extracted, not an empty report


def test_bad_article_gives_the_one_line_message(two_cores, tmp_path):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(EditorError) as child:
        prefetch.start(str(bad)).result(timeout=120)
    with pytest.raises(EditorError) as here:
        open_target(str(bad))
    assert str(child.value) == str(here.value)
    assert str(bad) in str(child.value) and "\n" not in str(child.value)


def test_a_broken_child_falls_back_to_extracting_here(two_cores, monkeypatch):
    sample = str(resources.sample_article("en"))
    monkeypatch.setattr(sys, "executable", "/bin/false")  # the child exits 1 without a message
    kind, report = prefetch.start(sample).result(timeout=120)
    assert kind == "article" and report.to_json_dict() == open_target(sample)[1].to_json_dict()


def test_one_core_urls_and_projects_use_a_thread(monkeypatch, tmp_path):
    monkeypatch.setattr(prefetch, "_usable_cores", lambda: 1)
    assert not prefetch.wants_process(str(resources.sample_article("fr")))
    monkeypatch.setattr(prefetch, "_usable_cores", lambda: 2)
    assert not prefetch.wants_process("https://example.invalid/a.html")
    project = tmp_path / "a.incident.json"
    project.write_text("{}")
    assert not prefetch.wants_process(str(project))
    assert not prefetch.wants_process(str(tmp_path / "missing.txt"))
    monkeypatch.setenv("INCIDENT_EDITOR_PREFETCH", "thread")
    assert not prefetch.wants_process(str(resources.sample_article("fr")))


def _fake_python(tmp_path, body: str) -> str:
    script = tmp_path / "fake-python"
    script.write_text("#!/bin/sh\n" + body + "\n")
    script.chmod(0o755)
    return str(script)


def test_a_hung_child_is_killed_and_the_article_extracted_here(two_cores, monkeypatch, tmp_path):
    sample = str(resources.sample_article("en"))
    monkeypatch.setattr(sys, "executable", _fake_python(tmp_path, "exec sleep 60"))
    monkeypatch.setattr(prefetch, "CHILD_TIMEOUT", 0.5)
    handle = prefetch.start(sample)
    pid = handle.pid
    kind, report = handle.result()
    assert kind == "article" and report.to_json_dict() == open_target(sample)[1].to_json_dict()
    assert handle.pid is None
    with pytest.raises(ChildProcessError):  # killed and reaped: no zombie left behind
        os.waitpid(pid, os.WNOHANG)


def test_a_child_flooding_both_pipes_does_not_block(two_cores, monkeypatch, tmp_path):
    # 1 MB on each pipe, more than a pipe buffer holds: both must be read as they fill.
    sample = str(resources.sample_article("en"))
    flood = "head -c 1000000 /dev/zero | tr '\\0' x >&2; head -c 1000000 /dev/zero | tr '\\0' y; exit 3"
    monkeypatch.setattr(sys, "executable", _fake_python(tmp_path, flood))
    seen = []
    handle = prefetch.start(sample)
    handle.add_done_callback(lambda h: seen.append(h))
    kind, report = handle.result()
    assert kind == "article" and report.organization.name
    assert seen == [handle]


def test_the_result_is_kept_and_an_error_raised_again(two_cores, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    handle = prefetch.start(str(bad))
    for _ in range(2):
        with pytest.raises(EditorError):
            handle.result()
    late = []
    handle.add_done_callback(late.append)
    assert late == [handle]


def _wait_ready(handle, seconds: float = 60.0) -> None:
    import time

    deadline = time.monotonic() + seconds
    while not handle.ready():
        assert time.monotonic() < deadline, "the child never finished"
        time.sleep(0.02)


def test_a_finished_child_fills_the_window_before_it_is_shown(two_cores, qtbot):
    from editor.ui.app import create_application
    from editor.ui.main_window import MainWindow
    from editor.ui.prompts import FakePrompts

    create_application()
    sample = str(resources.sample_article("fr"))
    handle = prefetch.start(sample)
    window = MainWindow(prompts=FakePrompts(), lazy_form=True)
    qtbot.addWidget(window)
    _wait_ready(handle)
    assert window.open_prefetched_now(sample, handle)  # no event loop turn needed
    assert not window.isVisible()
    assert window.focus_widget_for("/organization/name").text() == open_target(sample)[1].organization.name
    assert not window.runner.busy
    window.doc.stack.setClean()


def test_a_failed_child_is_left_to_open_path_which_reports_it(two_cores, make_window, qtbot, tmp_path):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(bytes(range(256)) * 64)
    handle = prefetch.start(str(bad))
    _wait_ready(handle)
    window = make_window()
    assert not window.open_prefetched_now(str(bad), handle)
    assert window.open_path(str(bad), prefetched=handle)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=15000)
    errors = [message for kind, message in window.prompts.asked if kind == "error"]
    assert len(errors) == 1 and str(bad) in errors[0] and "\n" not in errors[0]


def test_a_running_child_is_not_waited_for(two_cores, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "executable", _fake_python(tmp_path, "exec sleep 60"))
    handle = prefetch.start(str(resources.sample_article("en")))
    try:
        assert not handle.ready()
    finally:
        handle.stop()


def test_a_finished_thread_prefetch_also_fills_before_showing(monkeypatch, qtbot, tmp_path):
    from editor.ui.app import create_application
    from editor.ui.main_window import MainWindow
    from editor.ui.prompts import FakePrompts

    monkeypatch.setattr(prefetch, "_usable_cores", lambda: 1)  # a thread, as on one core
    create_application()
    sample = str(resources.sample_article("en"))
    future = prefetch.start(sample)
    future.result(timeout=120)
    window = MainWindow(prompts=FakePrompts(), lazy_form=True)
    qtbot.addWidget(window)
    assert window.open_prefetched_now(sample, future)
    assert window.focus_widget_for("/organization/name").text() == open_target(sample)[1].organization.name
    window.doc.stack.setClean()
