"""Test settings: production settings plus what only a test run needs."""

import os
import tempfile

os.environ.setdefault("SECRET_KEY", "tests-only-not-secret")
os.environ.setdefault("SITE_URL", "https://www.newsroom-prova.it")

from newsroom.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="newsroom-test-media-")
STATIC_ROOT = tempfile.mkdtemp(prefix="newsroom-test-static-")
STORAGES = {
    **STORAGES,  # noqa: F405
    # No collectstatic in tests: serve from the finders, no manifest needed.
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
SERVE_MEDIA = True
# The test client speaks plain HTTP; production's HTTPS redirect would answer
# every request with a 301.
SECURE_SSL_REDIRECT = False
# The suite seeds the demo (seed_demo, seed_consent_demo) on production settings,
# with small pictures: rendering 33 full-size lead images is most of a seed.
if "demo" not in INSTALLED_APPS:  # noqa: F405
    INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
DEMO_IMAGE_WIDTH = 320
# Most tests change data and read pages inside one transaction that never
# commits, so stored pages would never be retired: the page cache has tests of
# its own (tests/test_page_cache.py), which switch it on.
PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE_SECONDS = 0
PAGE_CACHE_GENERATION_FILE = os.path.join(tempfile.mkdtemp(prefix="newsroom-test-"), "pages")

# Under pytest-xdist each worker (gw0, gw1, ...) empties the cache around
# every test, and emptying a Redis cache empties its whole database: each
# worker gets a database of its own.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _WORKER.startswith("gw"):  # noqa: F405
    from urllib.parse import urlsplit

    _url = urlsplit(REDIS_URL)  # noqa: F405
    _db = (int(_url.path.strip("/") or 0) + int(_WORKER[2:])) % 16
    CACHES["default"]["LOCATION"] = _url._replace(path=f"/{_db}").geturl()  # noqa: F405
