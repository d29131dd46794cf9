from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject, empty

from newsroom.weburl import https_origin

from . import config
from .state import ConsentState


class ConsentMiddleware:
    """Attach the reader's consent to the request, lazily.

    A page that looked at it differs by the consent cookie and the GPC header
    only: ``Vary`` says so, so shared caches keep one copy per choice and never
    serve one reader's choice to another, while pages stay public and cacheable.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.consent = SimpleLazyObject(lambda: ConsentState(request))
        response = self.get_response(request)
        if request.consent._wrapped is not empty:
            patch_vary_headers(response, ("Cookie", "Sec-GPC"))
        hosts = script_origins(config.load())
        if hosts:
            # Every configured host, not only the granted ones: consent.js adds a
            # script right after a "yes" without reloading, under this same policy.
            response._csp_update = response._csp_update_ro = {"script-src": hosts}
        return response


def script_origins(conf) -> list[str]:
    # The host the browser will load from, read the way it reads the address.
    return sorted({origin for s in conf.scripts if (origin := https_origin(s["src"]))})
