"""Bylines across articles: handing one author's credits to another."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from authors.models import Author

from .errors import ArticleError
from .models import ArticleAuthor


@transaction.atomic
def bylines_move(*, source: Author, target: Author) -> int:
    """Move every byline credit of ``source`` to ``target``; returns how many moved.

    An article already signed by ``target`` simply loses the duplicate credit.
    """
    if source.pk == target.pk:
        raise ArticleError(_("Choose a different author to take over the articles."))
    if not target.is_active:
        raise ArticleError(_("Choose an active author to take over the articles."))
    credits = ArticleAuthor.objects.filter(author=source)
    already = ArticleAuthor.objects.filter(author=target).values("article_id")
    credits.filter(article_id__in=already).delete()
    return credits.update(author=target)
