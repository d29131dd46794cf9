from django.http import HttpResponsePermanentRedirect

from . import permalinks


class OldPermalinkMiddleware:
    """Answer the old WordPress addresses of imported articles with a 301.

    Consulted only for a request that would get a 404, or one carrying
    WordPress's ``?p=`` / ``?amp`` (the home page would otherwise ignore them),
    so it never hides a real page and costs nothing on ordinary requests.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if permalinks.worth_a_look(request.META.get("QUERY_STRING", "")):
            moved = self._moved(request)
            if moved is not None:
                return moved
        response = self.get_response(request)
        if response.status_code == 404:
            return self._moved(request) or response
        return response

    def _moved(self, request):
        if request.method not in ("GET", "HEAD"):
            return None
        article = permalinks.target(request.path, request.GET)
        if article is None:
            return None
        url = article.get_absolute_url()
        return None if url == request.get_full_path() else HttpResponsePermanentRedirect(url)
