"""Addresses read as a browser reads them before anyone calls them local (issue 10, point 8)."""

import pytest

from newsroom.weburl import browser_url, https_origin, is_local_path, is_web_address

LOCAL = [
    "/media/a.jpg",
    "/static/js/a.js",
    " /media/a.jpg ",
    "/media/a\t.jpg",  # a tab inside a path is dropped, the path stays ours
    "/media/%2F%2Fevil.example/a.jpg",  # encoded slashes are a path, not a host
    "/",
]
FOREIGN = [
    "//evil.example/x.png",
    "/\\evil.example/x.png",
    "\\/evil.example/x.png",
    "\\\\evil.example/x.png",
    "/\t/evil.example/x.png",
    "/\n/evil.example/x.png",
    "/\r/evil.example/x.png",
    "/\t\n\r/evil.example/x.png",
    " //evil.example/x.png",
    "\x00//evil.example/x.png",
    "\x1f//evil.example/x.png",
    "\x01/\\evil.example/x.png",
    "https://evil.example/x.png",
    "http:/\\evil.example/x.png",
    "javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:image/png;base64,AAAA",
    "evil.example/x.png",
    "",
]


@pytest.mark.parametrize("url", LOCAL)
def test_paths_on_this_site_are_local(url):
    assert is_local_path(url)


@pytest.mark.parametrize("url", FOREIGN)
def test_addresses_a_browser_reads_elsewhere_are_not_local(url):
    assert not is_local_path(url)


def test_backslashes_are_slashes_only_where_browsers_read_them_so():
    assert browser_url("https:\\\\cdn.example\\a.js") == "https://cdn.example/a.js"
    assert browser_url("/\\evil.example") == "//evil.example"
    assert browser_url("mailto:a\\b@example.com") == "mailto:a\\b@example.com"
    assert browser_url("\tjava\nscript:alert(1) ") == "javascript:alert(1)"


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://cdn.example/a.js", "https://cdn.example"),
        ("https://CDN.example:8443/a.js", "https://cdn.example:8443"),
        ("https://user@cdn.example/a.js", "https://cdn.example"),
        ("https://evil.example\\@cdn.example/a.js", "https://evil.example"),
        (" https://cdn.example/a.js", "https://cdn.example"),
        ("http://cdn.example/a.js", None),
        ("/static/a.js", None),
        ("https://cdn.example:99999/a.js", None),
        ("https:///a.js", None),
    ],
)
def test_the_https_origin_is_the_host_the_browser_loads_from(url, origin):
    assert https_origin(url) == origin


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.com/", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("java\nscript:alert(1)", False),
        ("data:text/html,x", False),
        ("//example.com/", False),
        ("https:/", False),
    ],
)
def test_only_absolute_http_addresses_are_web_addresses(url, ok):
    assert is_web_address(url) is ok
