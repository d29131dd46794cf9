import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _check(env_overrides):
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG", "DATABASE_URL")}
    env.update(env_overrides, DJANGO_SETTINGS_MODULE="newsroom.settings")
    code = "import django; django.setup(); from django.conf import settings as s; print(s.DATABASES['default']['ENGINE'], s.DEBUG)"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_production_without_secret_key_fails_fast_with_a_clear_error():
    result = _check({})
    assert result.returncode != 0
    assert "SECRET_KEY is required when DEBUG is off" in result.stderr


def test_production_without_site_url_fails_fast_with_a_clear_error():
    result = _check({"SECRET_KEY": "x", "SITE_URL": ""})
    assert result.returncode != 0
    assert "SITE_URL is required when DEBUG is off" in result.stderr


def test_deploy_check_is_clean_with_debug_off_and_only_the_required_settings():
    skipped = ("SECURE_", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")  # the browser suite sets the last
    env = {k: v for k, v in os.environ.items() if not k.startswith(skipped)}
    env.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        SECRET_KEY="k7#Qv9!x2Lp0@Zr8^Mw4&Tn6*Hb1(Jc3)Fd5-Gs7+Ye9=Ua2;Oi4",
        SITE_URL="https://news.example.it",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_debug_gives_a_dev_secret_and_sqlite_under_var():
    result = _check({"DEBUG": "true"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.sqlite3", "True"]


def test_database_url_selects_postgresql():
    result = _check({"SECRET_KEY": "x", "DATABASE_URL": "postgres://u@127.0.0.1:5432/db"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["newsroom.postgresql", "False"]


def test_content_security_policy_is_enforced_and_allows_a_media_host():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("CSP_ENFORCE",)}
    env.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        SECRET_KEY="x",
        MEDIA_URL="https://media.example-cdn.it/newsroom/",
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "https://media.example-cdn.it" in result.stdout and "'self'" in result.stdout
