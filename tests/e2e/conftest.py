"""Real-browser tests: Debian's Chromium driven by Playwright.

The site under test is a ``tests.support.served_site.ServedSite``: gunicorn with
production settings on a free loopback port, its own database (SQLite, or a
fresh PostgreSQL database when the suite runs on PostgreSQL) seeded once per
session with the demo. Tests reach that database only through
``site.manage``/``site.shell``, as an operator would.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.support.served_site import ROOT, ServedSite

# Playwright's sync API keeps an asyncio loop in the test thread; after a
# failed browser test it can make later ORM tests in the same session raise
# SynchronousOnlyOperation. The toolchain notes' recipe: allow it for tests.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
SKIP_REASON = (
    f"browser tests skipped: Chromium not found at {CHROMIUM_PATH}. "
    "Install it with `apt-get install -y chromium` (or set CHROMIUM_PATH) and run `make test` again."
)
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}
# The demo's lead story (the seed article), as the home page links it.
SEED_TITLE = "Renault Korea produrrà la Polestar 4 a Busan"
# Wide enough for the phone and desktop screenshots, small enough to seed fast.
DEMO_IMAGE_WIDTH = 640


def csp_refusals(page) -> list[str]:
    """What the Content-Security-Policy refuses on ``page``, as it happens."""
    refused = []
    # Playwright's own polling evaluates strings ('unsafe-eval'); the site never does.
    page.on(
        "console",
        lambda msg: (
            refused.append(msg.text)
            if "Content Security Policy" in msg.text and "unsafe-eval" not in msg.text
            else None
        ),
    )
    return refused


def chromium_available() -> bool:
    return os.path.exists(CHROMIUM_PATH) and os.access(CHROMIUM_PATH, os.X_OK)


# First: pytest-xdist reads the group while it collects.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    e2e = [item for item in items if "tests/e2e/" in str(item.fspath).replace(os.sep, "/")]
    for item in e2e:
        item.add_marker(pytest.mark.e2e)
        # Under pytest-xdist (`--dist loadgroup`) every browser flow runs in one
        # worker, against one served site, one after the other.
        item.add_marker(pytest.mark.xdist_group("browser"))
    if e2e and not chromium_available():
        if os.environ.get("CI"):
            raise pytest.UsageError(f"CI requires the browser tests, but {SKIP_REASON}")
        for item in e2e:
            item.add_marker(pytest.mark.skip(reason=SKIP_REASON))
        config._e2e_skipped = True


def pytest_terminal_summary(terminalreporter, config):
    if getattr(config, "_e2e_skipped", False):
        terminalreporter.write_line(f"NOTE: {SKIP_REASON}", yellow=True, bold=True)
    shots = getattr(config, "_e2e_screenshots", None)
    if shots:
        terminalreporter.write_line(f"Screenshots for people to look at: {shots}", bold=True)


def _site_database(base: Path) -> str:
    """The served site's own database, on the backend the suite runs against.

    With a PostgreSQL ``DATABASE_URL`` the site gets a fresh ``<name>_e2e``
    database on that server (pytest-django's test database is not visible to
    another process); otherwise an SQLite file.
    """
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{base / 'e2e.sqlite3'}"
    import psycopg

    parts = urlsplit(url)
    # A test worker's own (pytest-xdist): should the browser flows ever be
    # spread over workers, their sites still never share a database.
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    name = f"{parts.path.lstrip('/') or 'newsroom'}_e2e{'_' + worker if worker else ''}"
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return urlunsplit(parts._replace(path=f"/{name}"))


def _drop_site_database(url: str) -> None:
    if not url.startswith(("postgres://", "postgresql://")):
        return
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{parts.path.lstrip("/")}" WITH (FORCE)')


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    if not chromium_available():
        pytest.skip(SKIP_REASON)
    base = tmp_path_factory.mktemp("e2e-site")
    s = ServedSite(
        base,
        _site_database(base),
        workers=2,
        threads=4,
        env={
            "DEMO_IMAGE_WIDTH": str(DEMO_IMAGE_WIDTH),
            # The site's outbox: one file per connection, read by ``mail_outbox``.
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": str(base / "mail"),
            # Open article forms report in quickly: presence shows within a test.
            "DESK_HEARTBEAT_SECONDS": "2",
        },
    ).start()
    yield s
    s.stop()
    _drop_site_database(s.env["DATABASE_URL"])


class ConsoleWatch:
    """Console messages of every page of every context: CSP violations fail the test.

    Chromium reports each blocked script, style, frame or connection as a
    console error naming the Content Security Policy; admin pages, popups and
    contexts a test opens itself are all covered, since every context is
    watched from its creation.
    """

    def __init__(self):
        self.violations: list[str] = []

    def attach(self, context) -> None:
        context.on("console", self._seen)

    def _seen(self, message) -> None:
        text = message.text
        # Playwright's own polling evaluates strings ('unsafe-eval'); the site never does.
        if (
            "Content Security Policy" in text
            and "unsafe-eval" not in text
            or "Permissions-Policy" in text
        ):
            self.violations.append(f"{message.page.url if message.page else '?'}: {text}")


@pytest.fixture(scope="session")
def console_watch():
    return ConsoleWatch()


@pytest.fixture(scope="session")
def browser(browser, console_watch):
    opened = browser.new_context

    def new_context(*args, **kwargs):
        context = opened(*args, **kwargs)
        console_watch.attach(context)
        return context

    browser.new_context = new_context
    return browser


@pytest.fixture(autouse=True)
def _no_csp_violation(console_watch):
    console_watch.violations.clear()
    yield
    assert console_watch.violations == [], "Content-Security-Policy violations"


def article_url(site, slug: str) -> str:
    """The public address of a published demo article, looked up on the site."""
    return site.shell(
        "from articles.models import Article; "
        f"print(Article.objects.published().get(slug={slug!r}).get_absolute_url())"
    ).strip()


@pytest.fixture
def mail_outbox(site):
    """The e-mails the served site sent during this test, as text."""
    folder = Path(site.env["EMAIL_FILE_PATH"])
    before = set(folder.glob("*.log")) if folder.exists() else set()

    def read() -> str:
        files = sorted(set(folder.glob("*.log")) - before) if folder.exists() else []
        return "\n".join(f.read_text() for f in files)

    return read


@pytest.fixture(scope="session")
def signed_in():
    """Each person's session cookie, once they logged in: a login costs a
    production password hash (about a second here), and the flows log in
    dozens of times. Only that cookie: not their consent choice, nor what
    their browser kept."""
    return {}


@pytest.fixture
def login(browser, browser_context_args, site, signed_in):
    """A person of the demo newsroom logged in, in a browser context of their own."""
    contexts = []

    def open_as(username: str, viewport=DESKTOP):
        context = browser.new_context(**browser_context_args, viewport=viewport)
        contexts.append(context)
        page = context.new_page()
        if username in signed_in:
            context.add_cookies([signed_in[username]])
            page.goto(site.url + "/admin/")
            if page.locator("#user-tools").count():
                return page
            context.clear_cookies()  # logged out, or the account changed since
        page.goto(site.url + "/admin/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", f"{username}-demo-2026")
        page.click("input[type=submit]")
        page.wait_for_selector("#user-tools")
        signed_in[username] = next(c for c in context.cookies() if c["name"] == "sessionid")
        return page

    yield open_as
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def seed_url(site):
    return site.shell(
        "from articles.models import Article; "
        "print(Article.objects.published().get(featured=True).get_absolute_url())"
    ).strip()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": CHROMIUM_PATH, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "locale": "it-IT", "timezone_id": "Europe/Rome"}


@pytest.fixture(scope="session")
def screenshot_dir(pytestconfig):
    path = Path(os.environ.get("E2E_SCREENSHOTS", ROOT / "var" / "screenshots"))
    path.mkdir(parents=True, exist_ok=True)
    pytestconfig._e2e_screenshots = path
    return path


@pytest.fixture
def phone_page(browser, browser_context_args):
    context = browser.new_context(
        **browser_context_args, viewport=PHONE, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    yield page
    context.close()
