import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# What the settings read here; `make` exports some of them (DEBUG, HOST, PORT).
DECIDING = ("SECRET_KEY", "DEBUG", "DATABASE_URL", "DEMO", "HOST", "PORT", "SITE_URL")
# What production must be given.
PRODUCTION = {"SECRET_KEY": "x", "SITE_URL": "https://news.example.it"}


def _check(env_overrides, printed="s.DATABASES['default']['ENGINE'], s.DEBUG"):
    env = {k: v for k, v in os.environ.items() if k not in DECIDING}
    env.update(env_overrides, DJANGO_SETTINGS_MODULE="newsroom.settings")
    code = f"import django; django.setup(); from django.conf import settings as s; print({printed})"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )


def _demo_installed(env_overrides):
    result = _check(env_overrides, printed="'demo' in s.INSTALLED_APPS")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip() == "True"


def test_production_without_secret_key_fails_fast_with_a_clear_error():
    result = _check({})
    assert result.returncode != 0
    assert "SECRET_KEY is required when DEBUG is off" in result.stderr


def test_production_without_site_url_fails_fast_with_a_clear_error():
    result = _check({"SECRET_KEY": "x", "SITE_URL": ""})
    assert result.returncode != 0
    assert "SITE_URL is required when DEBUG is off" in result.stderr


def test_deploy_check_is_clean_with_debug_off_and_only_the_required_settings(tmp_path):
    skipped = ("SECURE_", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")  # the browser suite sets the last
    env = {k: v for k, v in os.environ.items() if not k.startswith(skipped)}
    env.update(
        DJANGO_SETTINGS_MODULE="newsroom.settings",
        SECRET_KEY="k7#Qv9!x2Lp0@Zr8^Mw4&Tn6*Hb1(Jc3)Fd5-Gs7+Ye9=Ua2;Oi4",
        SITE_URL="https://news.example.it",
        # A site not yet installed: whatever database this checkout has (with
        # or without the publisher's data) is not the settings' business.
        DATABASE_URL=f"sqlite:///{tmp_path / 'not-installed.sqlite3'}",
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
    result = _check({**PRODUCTION, "DATABASE_URL": "postgres://u@127.0.0.1:5432/db"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["newsroom.postgresql", "False"]


def test_the_demo_app_is_installed_in_development_or_when_asked_for_only():
    assert not _demo_installed(PRODUCTION)
    assert _demo_installed({**PRODUCTION, "DEMO": "true"})
    assert _demo_installed({"DEBUG": "true"})
    assert not _demo_installed({"DEBUG": "true", "DEMO": "false"})


def test_in_development_site_url_follows_host_and_port():
    result = _check({"DEBUG": "true", "HOST": "0.0.0.0", "PORT": "8123"}, printed="s.SITE_URL")
    assert result.stdout.strip() == "http://0.0.0.0:8123", result.stderr
    result = _check({"DEBUG": "true"}, printed="s.SITE_URL")
    assert result.stdout.strip() == "http://127.0.0.1:8000", result.stderr
    explicit = {"DEBUG": "true", "PORT": "8123", "SITE_URL": "https://motori.example.it/"}
    assert _check(explicit, printed="s.SITE_URL").stdout.strip() == "https://motori.example.it"


def test_content_security_policy_is_enforced_and_allows_a_media_host():
    result = _check(
        {
            **PRODUCTION,
            "MEDIA_URL": "https://media.example-cdn.it/newsroom/",
            "CSP_ENFORCE": "true",
        },
        printed="s.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src']",
    )
    assert result.returncode == 0, result.stderr
    assert "https://media.example-cdn.it" in result.stdout and "'self'" in result.stdout
