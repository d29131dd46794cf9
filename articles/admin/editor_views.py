"""What the body editor calls: the search of our articles to link to."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, JsonResponse

from ..models import Article
from ..seo import canonical_url

LINK_RESULTS = 10


def link_search(request: HttpRequest) -> JsonResponse:
    """Our published articles whose title matches ``q``, to link from the body.

    Only published ones: a link to a draft would be a 404 for readers (and
    the pre-publish checks refuse it)."""
    if not request.user.has_perm("articles.view_article"):
        raise PermissionDenied
    words = (request.GET.get("q") or "").split()[:6]
    results = Article.objects.published().select_related("section")
    for word in words:
        results = results.filter(title__icontains=word[:50])
    items = [
        {
            "title": article.title,
            "url": canonical_url(article),
            "section": article.section.name,
            "date": article.published_at.date().isoformat(),
        }
        for article in results.order_by("-published_at")[:LINK_RESULTS]
    ]
    return JsonResponse({"results": items})
