"""Public HTML without the templates' indentation.

Templates are indented for people; readers' phones need not download it
(about a tenth of an article page). Every newline with the spaces and blank
lines after it becomes one newline, which a browser renders exactly alike,
except inside ``<pre>`` and ``<textarea>``, whose whitespace is their content.
The admin is left as it is.
"""

from __future__ import annotations

import re

from django.http import HttpRequest, HttpResponse

_KEPT_OR_INDENT = re.compile(
    r"(<pre\b.*?</pre\s*>|<textarea\b.*?</textarea\s*>)|\n\s+", re.S | re.I
)


def compact_html(html: str) -> str:
    return _KEPT_OR_INDENT.sub(lambda m: m.group(1) or "\n", html)


class CompactHtmlMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            response.streaming
            or request.path.startswith("/admin/")
            or not response.get("Content-Type", "").startswith("text/html")
            or response.has_header("Content-Encoding")
        ):
            return response
        charset = response.charset or "utf-8"
        response.content = compact_html(response.content.decode(charset)).encode(charset)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response
