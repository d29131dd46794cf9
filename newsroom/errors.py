"""What people get when something fails on our side.

While the database cannot be reached, a reader gets an Italian 503 with
``Retry-After`` instead of a 500, and an editor who was saving also gets back
what they sent, so an outage never loses their text.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.views import defaults

RETRY_AFTER_SECONDS = 30
# Posted fields that are machinery, not an editor's words.
_NOT_TEXT = ("csrfmiddlewaretoken", "password", "_", "credits-", "version")


def _submitted_text(request: HttpRequest) -> list[tuple[str, str]]:
    if request.method != "POST":
        return []
    return [
        (name, value)
        for name, value in request.POST.items()
        if value.strip() and not name.startswith(_NOT_TEXT) and not name.endswith("-TOTAL_FORMS")
    ]


def server_error(request: HttpRequest) -> HttpResponse:
    error = sys.exc_info()[1]
    if not isinstance(error, OperationalError | InterfaceError):
        return defaults.server_error(request)
    # Rendered without a RequestContext: context processors would query the
    # database that just failed.
    html = loader.get_template("503.html").render({"submitted": _submitted_text(request)})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
