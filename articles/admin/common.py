"""Small helpers shared by the article admin's own pages."""

from __future__ import annotations

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse

from .. import services
from ..models import Article
from ..workflow import Perm


def article_or_403(request: HttpRequest, pk: int) -> Article:
    """The article, if this person may see it: the desk all, others their own."""
    article = get_object_or_404(Article.objects.for_detail(), pk=pk)
    user = request.user
    if not (user.has_perm(Perm.REVIEW) or services.is_owner(user, article)):
        raise PermissionDenied
    return article


def change_url(article: Article) -> str:
    return reverse("admin:articles_article_change", args=[article.pk])


def admin_context(request: HttpRequest, article: Article | None = None) -> dict:
    context = admin.site.each_context(request)
    context["opts"] = Article._meta
    if article is not None:
        context["original"] = article
    return context


def to_int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
