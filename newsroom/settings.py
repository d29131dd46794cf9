"""Settings for newsroom: one module, every knob read from the environment.

Development needs nothing: no DATABASE_URL means an SQLite file under var/.
Production sets DEBUG off (the default) and must provide SECRET_KEY.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _
from django_prose_editor.config import html_tags

from newsroom.embeds import frame_origins as embed_frame_origins
from newsroom.lazystatic import static_lazy

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# ---------------------------------------------------------------------------
# Core
# ---------------------------------------------------------------------------
DEBUG = env.bool("DEBUG", default=False)
_DEV_SECRET = "dev-only-insecure-secret-key-do-not-use-in-production"
SECRET_KEY = env.str("SECRET_KEY", default=_DEV_SECRET if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY is required when DEBUG is off. Set it in the environment "
        "(or in .env), or set DEBUG=true for local development."
    )
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
# The public base URL of every canonical, share, feed and sitemap link.
SITE_URL = env.str("SITE_URL", default="").rstrip("/")
if not SITE_URL:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SITE_URL is required when DEBUG is off: set it to the public address "
            "of the site, e.g. SITE_URL=https://news.example.it"
        )
    SITE_URL = f"http://{env.str('HOST', default='127.0.0.1')}:{env.int('PORT', default=8000)}"
SITE_NAME = env.str("SITE_NAME", default="Newsroom Motori")

INSTALLED_APPS = [
    # The admin, with the desk's dashboard as its home page (desk.sites).
    "desk.apps.DeskAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django.forms",
    "taggit",
    "reversion",
    "newsroom.apps.AxesConfig",
    "django_prose_editor",
    "newsroom",
    "authors",
    "articles",
    "consent",
    "media",
    "importer",
    "desk",
    "frontpage",
    "publisher",
]
# The demo app (demo content, seed_demo, seed_consent_demo, the demo statistics
# script) is development and test tooling: installed only with DEMO on, which
# DEBUG implies. The browser suite and the benchmarks set DEMO=true to seed
# their production-settings site.
DEMO = env.bool("DEMO", default=DEBUG)
if DEMO:
    INSTALLED_APPS.append("demo")
# Width in pixels of the pictures seed_demo draws (16:9); tests make them small.
DEMO_IMAGE_WIDTH = env.int("DEMO_IMAGE_WIDTH", default=1600)

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Right after the HTTPS redirect: a hit skips everything below, and a
    # stored page keeps the headers they added (CSP, consent's Vary).
    "newsroom.pagecache.PageCacheMiddleware",
    # Inside the page cache, so pages are stored without the templates' indentation.
    "newsroom.compact.CompactHtmlMiddleware",
    "csp.middleware.CSPMiddleware",
    # Inside django-csp, outside everything else: Permissions-Policy on every
    # response (static files too) and the admin's own CSP, set last.
    "newsroom.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "consent.middleware.ConsentMiddleware",
    # Old WordPress addresses of imported articles: consulted only on a 404.
    "importer.middleware.OldPermalinkMiddleware",
    # Last, as django-axes asks: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.context_processors.site",
                "consent.context_processors.consent",
                "desk.context_processors.desk",
                "frontpage.context_processors.breaking",
            ],
        },
    },
]

# Form widgets may use templates/ like every other template (the media
# library's chooser widgets do); Django's own widgets come from django.forms.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# ---------------------------------------------------------------------------
# Database: embedded SQLite by default, PostgreSQL through DATABASE_URL
# ---------------------------------------------------------------------------
VAR_DIR.mkdir(exist_ok=True)
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'newsroom.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers continue while the admin writes; busy timeout avoids
    # "database is locked" under the dev server's threads.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
else:
    DATABASES["default"].setdefault("CONN_MAX_AGE", env.int("CONN_MAX_AGE", default=60))
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # No request waits long for a database that does not answer: the server
    # cancels slow statements, and newsroom.postgresql gives up on a server
    # that stopped answering altogether (readers then get the 503 page).
    _STATEMENT_TIMEOUT = env.float("DATABASE_STATEMENT_TIMEOUT", default=10)
    DATABASES["default"]["ENGINE"] = "newsroom.postgresql"
    DATABASES["default"]["OPTIONS"] = {
        "connect_timeout": env.int("DATABASE_CONNECT_TIMEOUT", default=5),
        "options": f"-c statement_timeout={int(_STATEMENT_TIMEOUT * 1000)}",
        "client_timeout": _STATEMENT_TIMEOUT + 1,
        **DATABASES["default"].get("OPTIONS", {}),
    }

# ---------------------------------------------------------------------------
# Cache: local memory unless REDIS_URL is set
# ---------------------------------------------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    # Down or frozen, Redis costs at most one short timeout, then the site runs
    # without a cache until it is back (newsroom.cache).
    _REDIS_TIMEOUT = env.float("REDIS_TIMEOUT", default=0.5)
    CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "newsroom",
            "OPTIONS": {
                "socket_connect_timeout": _REDIS_TIMEOUT,
                "socket_timeout": _REDIS_TIMEOUT,
            },
        }
    }
else:
    # Per worker: stored pages and the day's read fingerprints share it, so it
    # holds far more than Django's default 300 entries.
    CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.LocalMemoryCache",
            "OPTIONS": {"MAX_ENTRIES": env.int("LOCAL_CACHE_ENTRIES", default=20000)},
        }
    }

# Whole public pages for anonymous readers (newsroom.pagecache): kept at most
# this long, less when something scheduled is due sooner; 0 turns it off
# (the default in development, so template edits show at once).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0 if DEBUG else 300)
PAGE_COMPRESSION = env.bool("PAGE_COMPRESSION", default=True)
# Shared parts of pages (Ultim'ora, "I più letti", a page's article lists),
# kept under the same rules as whole pages (newsroom.fragments); 0 turns it off.
FRAGMENT_CACHE_SECONDS = env.int("FRAGMENT_CACHE_SECONDS", default=0 if DEBUG else 300)
# Without a shared cache each worker keeps its own pages: a file's mtime tells
# them all at once that content changed.
PAGE_CACHE_GENERATION_FILE = (
    None
    if REDIS_URL
    else env.str("PAGE_CACHE_GENERATION_FILE", default=str(VAR_DIR / "pagecache.generation"))
)
# Saving or deleting any of these retires every stored page (newsroom.signals).
PAGE_CACHE_INVALIDATED_BY = [
    "articles.Section",
    "articles.Article",
    "articles.ArticleAuthor",
    "articles.Tag",
    "articles.TaggedArticle",
    "articles.TagRedirect",
    "articles.ArticleRedirect",
    "articles.ArticleMedia",
    "articles.Correction",
    "articles.ReadAlso",
    "frontpage.Pin",
    "frontpage.BreakingNews",
    "articles.Sponsor",
    "media.Picture",
    "media.Gallery",
    "media.GalleryItem",
    "authors.Author",
    "consent.ConsentCategory",
    "consent.ConsentService",
    "consent.ConsentScript",
    "consent.ConsentPolicy",
    "publisher.Publisher",
]

# ---------------------------------------------------------------------------
# Authentication
# ---------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "admin:login"
# django-axes first: it refuses a locked-out login before any password check.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=0.5)  # hours
AXES_RESET_ON_SUCCESS = True
# One person guessing one account's password, and one address trying many
# accounts (password spraying): newsroom.lockout decides which applies.
AXES_LOCKOUT_PARAMETERS = "newsroom.lockout.lockout_parameters"
AXES_SPRAY_USERNAMES = env.int("AXES_SPRAY_USERNAMES", default=10)
AXES_CLIENT_IP_CALLABLE = "newsroom.http.client_ip"
AXES_LOCKOUT_CALLABLE = "newsroom.lockout.locked_out"

# ---------------------------------------------------------------------------
# Internationalisation: Italian, Rome time, Italian date style
# ---------------------------------------------------------------------------
LANGUAGE_CODE = "it"
LANGUAGES = [("it", _("Italian"))]
TIME_ZONE = "Europe/Rome"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["newsroom.formats"]

# ---------------------------------------------------------------------------
# Static and media files
# ---------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env.str("MEDIA_URL", default="/media/")
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
STORAGES = {
    "default": {
        "BACKEND": env.str("MEDIA_STORAGE", default="django.core.files.storage.FileSystemStorage")
    },
    "staticfiles": {
        "BACKEND": "newsroom.staticstorage.MinifiedStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG)
# Uploads: refuse oversize images before Pillow ever opens them.
IMAGE_MAX_BYTES = env.int("IMAGE_MAX_BYTES", default=15 * 1024 * 1024)
IMAGE_MAX_PIXELS = env.int("IMAGE_MAX_PIXELS", default=40_000_000)
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# ---------------------------------------------------------------------------
# Security
# ---------------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Secure by default in production (`check --deploy` is clean with nothing set);
# a local production-mode run over plain HTTP turns these off explicitly:
# SECURE_SSL_REDIRECT=false SECURE_COOKIES=false SECURE_HSTS_SECONDS=0.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SESSION_COOKIE_SECURE = env.bool("SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
# Behind a reverse proxy (TLS ends there): trust its X-Forwarded-Proto, and take
# the client address from X-Forwarded-For as written by the last
# TRUSTED_PROXY_COUNT proxies. Without a proxy these headers are the client's
# own words and are never read (newsroom.http.client_ip).
BEHIND_PROXY = env.bool("BEHIND_PROXY", default=False)
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1) if BEHIND_PROXY else 0
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None


# Content-Security-Policy (django-csp 4, dict-style). No inline script or style
# anywhere on public pages, nothing from another host but the gated scripts a
# superuser configures in the consent app (added per response by consent's
# middleware) and the embed providers' frames. Enforced (the browser suite fails
# on any violation, admin pages included); CSP_ENFORCE=false makes both policies
# report-only.
def _origin(url: str) -> list[str]:
    """The host of an absolute STATIC_URL/MEDIA_URL (a CDN or bucket), if any."""
    parts = url.split("/")
    return ["/".join(parts[:3])] if url.startswith(("https://", "http://")) else []


_FILE_HOSTS = sorted(set(_origin(STATIC_URL) + _origin(MEDIA_URL)))
_CSP = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", *_origin(STATIC_URL)],
        "style-src": ["'self'", *_origin(STATIC_URL)],
        "img-src": ["'self'", "data:", *_FILE_HOSTS],
        "frame-src": embed_frame_origins(),
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The admin's own policy (newsroom.headers applies it, whole): no third-party
# host at all, no frames in or around it, no eval. What it cannot forbid, and why:
# - one inline script: django-prose-editor loads its modules through an inline
#   <script type="importmap">; newsroom.headers adds the hash of its exact text.
# - one inline style: Tiptap (inside the editor) injects its base CSS as a
#   <style data-tiptap-style> element; its hash is below (Tiptap's text for
#   django-prose-editor 0.28; after an upgrade the browser suite names the new
#   hash, because it fails on any violation).
# - img-src data: and blob:: the editor and the image picker show images
#   before upload. Images cannot run script.
# Django 5.2's admin itself needs nothing inline.
_TIPTAP_STYLE = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"
CSP_ADMIN_DIRECTIVES = {
    "default-src": ["'self'"],
    "script-src": ["'self'", *_origin(STATIC_URL)],
    "style-src": ["'self'", *_origin(STATIC_URL), _TIPTAP_STYLE],
    "img-src": ["'self'", "data:", "blob:", *_FILE_HOSTS],
    "font-src": ["'self'", *_origin(STATIC_URL)],
    "connect-src": ["'self'"],
    "frame-src": ["'none'"],
    "worker-src": ["'none'"],
    "manifest-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
if env.bool("CSP_ENFORCE", default=True):
    CONTENT_SECURITY_POLICY = _CSP
else:
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP

# ---------------------------------------------------------------------------
# Third-party apps
# ---------------------------------------------------------------------------
TAGGIT_CASE_INSENSITIVE = True
# The body editor's extensions of our own, where the editor finds their
# scripts; what HTML they may produce is decided by our own sanitizer
# (articles.sanitize) anyway. The desk's (articles/admin/editor.py): Italian
# toolbar, article links, captions; the media library's (media/editor.py):
# pictures, galleries, embeds.
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {
        "js": [static_lazy("js/editor/newsroom-editor.js")],
        "extensions": {"NewsroomEditor": html_tags([]), "TrailingNode": html_tags([])},
    },
    {
        "js": [static_lazy("js/editor-media.js")],
        "extensions": {
            "MediaPicture": "media.editor.allow_picture",
            "MediaGallery": "media.editor.allow_gallery",
            "MediaEmbed": "media.editor.allow_embed",
        },
    },
]
ARTICLES_PER_PAGE = 12
# URLs per sitemap file; the sitemap index lists every page (the protocol's
# limit is 50,000; smaller files are cheaper to build for every crawl).
SITEMAP_PAGE_SIZE = env.int("SITEMAP_PAGE_SIZE", default=5000)
# Proof of consent is kept this long, then `manage.py consent_purge` deletes it.
CONSENT_RETENTION_DAYS = env.int("CONSENT_RETENTION_DAYS", default=2 * 365)

# ---------------------------------------------------------------------------
# The desk: publication rules and notifications by e-mail
# ---------------------------------------------------------------------------
# A lead image narrower than this cannot be published (pre-publish checks).
PUBLISH_MIN_IMAGE_WIDTH = env.int("PUBLISH_MIN_IMAGE_WIDTH", default=1200)
# Notifications go out through Django's mail settings: printed to the console
# in development, SMTP in production (EMAIL_HOST and friends), or files in
# EMAIL_FILE_PATH with the file-based backend (the browser suite reads them).
EMAIL_BACKEND = env.str(
    "EMAIL_BACKEND",
    default="django.core.mail.backends.console.EmailBackend"
    if DEBUG
    else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_FILE_PATH = env.str("EMAIL_FILE_PATH", default=str(VAR_DIR / "mail"))
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env.int("EMAIL_PORT", default=25)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=False)
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="redazione@localhost")
# An open change form reports in every DESK_HEARTBEAT_SECONDS; its editor is
# shown as present until DESK_PRESENCE_SECONDS after the last report.
DESK_HEARTBEAT_SECONDS = env.int("DESK_HEARTBEAT_SECONDS", default=20)
DESK_PRESENCE_SECONDS = env.int("DESK_PRESENCE_SECONDS", default=60)

# ---------------------------------------------------------------------------
# Logging: everything to stderr, as 12-factor apps do
# ---------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}
