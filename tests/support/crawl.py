"""Follow every link a reader can reach, and every URL the sitemaps list.

Used by the crawl tests (demo data, hostile data, an imported WordPress
archive): each page answers without a server error, and every feed and
sitemap is well-formed XML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit
from xml.etree import ElementTree

from django.conf import settings

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# Not reader pages: the admin, and static files (served by WhiteNoise in production).
SKIPPED_PREFIXES = ("/admin/", "/static/")
XML_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("a", "link") and attrs.get("href"):
            self.found.append(attrs["href"])
        elif tag in ("img", "source") and attrs.get("src"):
            self.found.append(attrs["src"])


@dataclass
class Crawl:
    statuses: dict[str, int] = field(default_factory=dict)
    xml_errors: dict[str, str] = field(default_factory=dict)
    # Pages found but never opened: the limit was reached. A site whose links
    # nest without end (an address carrying the page's own address) gets here.
    unvisited: list[str] = field(default_factory=list)

    @property
    def server_errors(self) -> dict[str, int]:
        return {url: status for url, status in self.statuses.items() if status >= 500}

    @property
    def not_found(self) -> dict[str, int]:
        return {url: status for url, status in self.statuses.items() if status == 404}


def assert_clean(result: Crawl) -> None:
    """No server error, no broken link, every XML document well formed, and
    every page found was opened."""
    assert not result.server_errors, result.server_errors
    assert not result.xml_errors, result.xml_errors
    assert not result.not_found, f"broken links: {result.not_found}"
    assert not result.unvisited, f"{len(result.unvisited)} pages left: {result.unvisited[:20]}"


def _local_path(url: str, base: str) -> str | None:
    """The path (with query) of a same-site URL, or None for another site."""
    url = urldefrag(urljoin(base, url.strip())).url
    for origin in (settings.SITE_URL, "http://testserver"):
        if url.startswith(origin + "/"):
            url = url.removeprefix(origin)
            break
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None
    if parts.path.startswith(SKIPPED_PREFIXES):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(client, start: tuple[str, ...] = ("/", "/sitemap.xml"), limit: int = 3000) -> Crawl:
    result = Crawl()
    queue = list(start)
    while queue and len(result.statuses) < limit:
        path = queue.pop(0)
        if path in result.statuses:
            continue
        response = client.get(path)
        result.statuses[path] = response.status_code
        if response.status_code in (301, 302):
            target = _local_path(response["Location"], path)
            if target:
                queue.append(target)
            continue
        if response.status_code != 200:
            continue
        content_type = response.get("Content-Type", "")
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if content_type.startswith(XML_TYPES):
            queue += _from_xml(path, body, result)
        elif content_type.startswith("text/html"):
            parser = _Links()
            parser.feed(body.decode("utf-8", "replace"))
            queue += [p for p in (_local_path(href, path) for href in parser.found) if p]
    result.unvisited = sorted({p for p in queue if p not in result.statuses})
    return result


def _from_xml(path: str, body: bytes, result: Crawl) -> list[str]:
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as error:
        result.xml_errors[path] = str(error)
        return []
    locations = [loc.text or "" for loc in root.iter(f"{SITEMAP_NS}loc")]
    # Feeds: each item's link, and Atom's <link href>.
    locations += [link.text or "" for link in root.iter("link") if link.text]
    locations += [link.get("href", "") for link in root.iter("{http://www.w3.org/2005/Atom}link")]
    return [p for p in (_local_path(url, path) for url in locations) if p]
