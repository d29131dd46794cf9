from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject, empty

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
        return response
