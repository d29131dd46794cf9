"""The XSS corpus and a checker that reads pages the way a browser does.

``VECTORS`` come from ``tests/data/xss_vectors.txt``. ``injections(html)``
parses a page with html5lib (the WHATWG algorithm, so a fragment that only a
browser would read as a tag is seen as one) and lists every element, attribute
or address that could run code, and that the site's own templates never write.
"""

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import html5lib

from newsroom.embeds import frame_provider
from newsroom.weburl import browser_url, is_local_path

_FILE = Path(__file__).resolve().parents[1] / "data" / "xss_vectors.txt"
_ESCAPE = re.compile(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[tnrf0\\])")
_SIMPLE = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "0": "\x00", "\\": "\\"}


def _decode(line: str) -> str:
    def one(match):
        code = match.group(1)
        return _SIMPLE.get(code) or chr(int(code[1:], 16))

    return _ESCAPE.sub(one, line)


VECTORS = [
    _decode(line)
    for line in _FILE.read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]

SVG = "http://www.w3.org/2000/svg"
# Elements that load or run something, which the templates never write
# (iframes are checked apart: the consent app writes the embed table's ones).
_FORBIDDEN = {
    "object", "embed", "applet", "base", "frame", "frameset", "portal", "math",
    "foreignObject", "animate", "set", "handler", "listener",
}  # fmt: skip
_URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "data", "poster", "background", "cite",
    "xlink:href", "codebase", "dynsrc", "lowsrc", "ping", "manifest", "icon",
}  # fmt: skip
_RUNNABLE_SCHEMES = re.compile(r"\s*(javascript|vbscript|livescript|data)\s*:", re.I)
_DATA_TYPES = {"application/json", "application/ld+json"}


def parse(html_text: str):
    return html5lib.parse(html_text, treebuilder="etree", namespaceHTMLElements=False)


def _tree(html):
    return parse(html) if isinstance(html, str) else html


def _name(element) -> tuple[str | None, str]:
    tag = element.tag
    if not isinstance(tag, str):  # comments
        return None, ""
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return None, tag


def injections(html, *, static_url: str = "/static/") -> list[str]:
    """Everything in ``html`` (text or a ``parse`` tree) a browser could run that the site did not put there."""
    found = []
    for element in _tree(html).iter():
        namespace, name = _name(element)
        if not name:
            continue
        found += _check_element(element, namespace, name, static_url)
        for attribute, value in element.attrib.items():
            found += _check_attribute(name, attribute, value)
    return found


def _check_element(element, namespace, name, static_url) -> list[str]:
    where = f"<{name}>"
    if name in _FORBIDDEN or (namespace and namespace != SVG):
        return [f"forbidden element {where}"]
    if namespace == SVG and name not in ("svg", "use", "title", "path", "symbol"):
        return [f"SVG element {where}"]
    if name == "script":
        return _check_script(element, static_url)
    if name == "iframe":
        src = element.get("src", "")
        return [] if frame_provider(src) else [f"iframe from {src!r}"]
    if name == "meta" and element.get("http-equiv", "").lower() == "refresh":
        return ["meta refresh"]
    loads = element.get("rel", "") in ("stylesheet", "import", "preload", "modulepreload")
    if name == "link" and loads and not is_local_path(element.get("href", "")):
        return [f"stylesheet from {element.get('href')!r}"]
    if name == "style" and "".join(element.itertext()).strip():
        return ["inline <style>"]
    return []


def _check_script(element, static_url) -> list[str]:
    src = element.get("src")
    if src is not None:
        ours = is_local_path(src) and browser_url(src).startswith(static_url)
        return [] if ours else [f"script from {src!r}"]
    if element.get("type") in _DATA_TYPES:
        try:
            json.loads("".join(element.itertext()))
        except ValueError:
            return ["data script that is not JSON"]
        return []
    return [f"inline script {''.join(element.itertext())[:60]!r}"]


def _check_attribute(element_name, attribute, value) -> list[str]:
    name = attribute.split("}")[-1].lower()
    if name.startswith("on"):
        return [f"event handler {name}= on <{element_name}>"]
    if name in ("srcdoc", "style"):
        return [f"{name}= on <{element_name}>"]
    if (name in _URL_ATTRIBUTES or attribute.endswith("}href")) and _RUNNABLE_SCHEMES.match(
        browser_url(value)
    ):
        return [f"{name}={value[:40]!r} on <{element_name}>"]
    if name == "srcset" and _RUNNABLE_SCHEMES.search(browser_url(value)):
        return [f"srcset={value[:40]!r}"]
    return []


def json_ld(html) -> list:
    """Every JSON-LD block of a page (text or tree), decoded (a block that is not JSON raises)."""
    return [
        json.loads("".join(element.itertext()))
        for element in _tree(html).iter("script")
        if element.get("type") == "application/ld+json"
    ]


def xml_injections(xml_text: bytes | str, allowed: set[str]) -> list[str]:
    """Parse a feed or sitemap as XML; list elements and attributes outside ``allowed``.

    ``allowed`` holds local names (``item``, ``loc``…) and attribute names.
    """
    root = ET.fromstring(xml_text)
    found = []
    for element in root.iter():
        local = element.tag.split("}")[-1]
        if local not in allowed:
            found.append(f"element <{local}>")
        found += [f"attribute {a}" for a in element.attrib if a.split("}")[-1] not in allowed]
    return found
