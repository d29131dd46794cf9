"""The framework floor: the least a Django page can cost on this machine.

Two views served by gunicorn exactly like newsroom (same workers, production
mode): fixed bytes of a newsroom page's size, and a small template rendered
to that size. Benchmarks report newsroom's pages as a ratio of these.
"""

import os

SECRET_KEY = "bench-floor-only"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
ROOT_URLCONF = "floor.urls"
INSTALLED_APPS = []
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.common.CommonMiddleware",
]
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [os.path.join(os.path.dirname(__file__), "templates")],
        "OPTIONS": {"loaders": [("django.template.loaders.cached.Loader", [
            "django.template.loaders.filesystem.Loader"])]},
    }
]  # fmt: skip
USE_TZ = True
PAGE_BYTES = int(os.environ.get("FLOOR_PAGE_BYTES", 30_000))
