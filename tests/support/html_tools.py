"""Small HTML helpers for tests: collect tags and attributes with the stdlib parser."""

from html.parser import HTMLParser


class TagCollector(HTMLParser):
    """Every start tag as (tag, attrs, inside_share_bar)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.scripts = []  # (attrs, text)
        self._stack = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        in_share = any("share" in (a.get("class") or "").split() for _, a in self._stack)
        self.tags.append((tag, attrs, in_share))
        if tag not in ("meta", "link", "img", "source", "input", "br", "hr", "path"):
            self._stack.append((tag, attrs))
        if tag == "script":
            self._script = (attrs, [])

    def handle_endtag(self, tag):
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script[1].append(data)


def parse(html: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(html)
    return collector


def meta(html: str) -> dict[str, list[str]]:
    """``<meta property|name=... content=...>`` values, by key."""
    found: dict[str, list[str]] = {}
    for tag, attrs, _ in parse(html).tags:
        if tag == "meta" and "content" in attrs:
            key = attrs.get("property") or attrs.get("name")
            if key:
                found.setdefault(key, []).append(attrs["content"])
    return found


def links(html: str, rel: str) -> list[dict]:
    return [
        attrs
        for tag, attrs, _ in parse(html).tags
        if tag == "link" and rel in (attrs.get("rel") or "").split()
    ]
