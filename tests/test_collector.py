"""The served application keeps long-lived objects out of the garbage
collector's full collections (newsroom.wsgi, newsroom.collector)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_a_worker_freezes_what_django_built_at_start():
    # In a process of its own: freezing here would freeze the test run's objects.
    script = (
        "import gc, newsroom.wsgi as w; "
        "print(gc.get_freeze_count(), len(gc.get_objects()), callable(w.application))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "newsroom.settings"}
    out = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    frozen, still_collected = int(out[0]), int(out[1])
    assert frozen > 10_000  # settings, models, the admin…
    assert still_collected < frozen / 10
    assert out[2] == "True"


def test_what_the_first_requests_built_is_frozen_once(monkeypatch):
    from newsroom import collector

    freezes = []
    monkeypatch.setattr(collector, "freeze_long_lived", lambda: freezes.append(len(served)))
    served = []

    def app(environ, start_response):
        served.append(environ["PATH_INFO"])
        if environ["PATH_INFO"] == "/boom/":
            raise RuntimeError("a failing request counts too")
        return [b"ok"]

    application = collector.FreezingAfterWarmUp(app, after=3)
    assert application({"PATH_INFO": "/"}, None) == [b"ok"]
    with pytest.raises(RuntimeError):
        application({"PATH_INFO": "/boom/"}, None)
    assert application({"PATH_INFO": "/"}, None) == [b"ok"]
    assert freezes == []
    for _ in range(5):
        assert application({"PATH_INFO": "/"}, None) == [b"ok"]
    # Before the fourth request, once the third one's objects were released.
    assert freezes == [3]
