"""A sample of the XSS corpus in a real browser: nothing runs, nothing trips the CSP.

Every page of the context gets a trap before any of its own scripts:
``alert``/``confirm``/``prompt``/``print`` report to the test, and so does any
script element the page did not load from our static files. The conftest's
watch fails the test on any Content-Security-Policy violation as well.
"""

import json
from urllib.parse import urlencode

import pytest

from tests.support.xss import VECTORS

# The vectors that call something when they run, every fourth one.
SAMPLE = [v for v in VECTORS if "alert(" in v][::4]

TRAP = """
(() => {
  const report = (what) => window.__xssRan(String(what));
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    window[name] = (...args) => report(name + "(" + args.join(",") + ")");
  }
  new MutationObserver((changes) => {
    for (const change of changes) for (const node of change.addedNodes) {
      if (node.tagName === "SCRIPT" && !(node.src || "").includes("/static/")
          && !/json/.test(node.type)) report("script element: " + node.outerHTML.slice(0, 80));
    }
  }).observe(document, {childList: true, subtree: true});
})();
"""

CREATE = """
import json
from datetime import timedelta
from django.utils import timezone
from articles.models import Tag
from articles import services
from articles.models import Article, Correction, Section
from authors.models import Author
from consent.models import ConsentCategory, ConsentService
from newsroom.text import clean_text

vectors = json.loads({vectors!r})
category = ConsentCategory.objects.get(key="statistics")
for i, v in enumerate(vectors):
    section = Section.objects.create(name=f"X{{i}} " + v[:70], slug=f"xss-{{i}}", description=v)
    author = Author.objects.create(name=v[:120], slug=f"xss-{{i}}", bio=v)
    tag = Tag.objects.create(name=clean_text(f"x{{i}} {{v}}")[:100], slug=f"xss-{{i}}")
    article = services.article_save(article=Article(
        title=v[:200], slug=f"xss-{{i}}", kicker=v[:80], standfirst=v[:400], body=v,
        section=section, status="published",
        published_at=timezone.now() - timedelta(minutes=5),
    ), tags=[tag])
    article.credits.create(author=author, position=0)
    Correction.objects.create(article=article, text=v)
    ConsentService.objects.create(
        category=category, name=v[:120], provider=v[:120], purpose=v, duration=v[:80]
    )
    print(article.get_absolute_url())
"""

REMOVE = """
from articles.models import Tag
from articles.models import Article, Section
from authors.models import Author
from consent.models import ConsentService
Article.objects.filter(slug__startswith="xss-").delete()
Section.objects.filter(slug__startswith="xss-").delete()
Author.objects.filter(slug__startswith="xss-").delete()
Tag.objects.filter(slug__startswith="xss-").delete()
ConsentService.objects.filter(name__in={names!r}).delete()
"""


@pytest.fixture(scope="module")
def hostile_urls(site):
    urls = site.shell(CREATE.format(vectors=json.dumps(SAMPLE))).split()
    yield urls
    site.shell(REMOVE.format(names=[v[:120] for v in SAMPLE]))


@pytest.fixture
def trapped(browser, browser_context_args):
    context = browser.new_context(**browser_context_args)
    ran = []
    context.expose_function("__xssRan", lambda what: ran.append(what))
    context.add_init_script(TRAP)
    page = context.new_page()
    page.ran = ran
    yield page
    context.close()


def test_the_trap_records_a_script_that_runs(site, trapped):
    trapped.goto(site.url + "/")
    trapped.evaluate("alert('prova')")
    assert trapped.ran == ["alert(prova)"]


def test_no_sampled_vector_runs_on_the_pages_that_carry_it(site, trapped, hostile_urls):
    assert len(SAMPLE) >= 20 and len(hostile_urls) == len(SAMPLE)
    pages = ["/", "/cookie-policy/", "/privacy/", "/sezione/xss-0/", "/autore/xss-1/"]
    pages += ["/tag/xss-2/", *hostile_urls]
    for path in pages:
        trapped.goto(site.url + path)
        trapped.mouse.move(200, 300)
        trapped.mouse.move(400, 500)
    for vector in SAMPLE[:8]:
        trapped.goto(f"{site.url}/cerca/?{urlencode({'q': vector})}")
    trapped.wait_for_timeout(500)  # late onerror/onload handlers
    assert trapped.ran == []
