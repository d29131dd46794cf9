"""What the article form's tag field suggests while the editor types.

Matching is on the name and on the ASCII slug, so "citta" finds "Città 30"
and "CITTÀ" does too on SQLite (whose LIKE folds ASCII letters only); the
slug is the accent-free spelling every tag already has. One or two letters
match the start of a word only: anywhere, they would match nearly every tag.
"""

from __future__ import annotations

from django.db.models import Case, IntegerField, OuterRef, Q, QuerySet, Subquery, Value, When

from newsroom.slugs import slugify
from newsroom.text import ONE_LINE, clean_text

from ..models import TaggedArticle

SUGGESTIONS = 10
# A tag name is at most 100 characters: a longer query matches nothing.
QUERY_LENGTH = 100
ANYWHERE_FROM = 3  # characters
# Past this many articles a tag is simply "much used": counting further would
# read the whole tag index for a one-letter query.
USES_COUNTED = 500


class _Count(Subquery):
    """How many rows ``queryset`` has (it may be sliced to cap the count)."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) _rows)"
    output_field = IntegerField()


def slug_key(text: str) -> str:
    """``text`` spelled as slugs are ("Città 3" → ``citta-3``); empty when no
    letter or digit survives (slugify's fallback then starts with "-")."""
    key = slugify(text, max_length=QUERY_LENGTH, fallback="")
    return "" if key.startswith("-") else key


def suggest(tags: QuerySet, text: str, *, limit: int = SUGGESTIONS) -> list[str]:
    """Names of ``tags`` matching ``text``: names starting with it first, then
    those with a word starting with it, then the rest, each by how many
    articles wear them; at most ``limit``."""
    text = clean_text(text or "", line_break=ONE_LINE).strip()[:QUERY_LENGTH]
    if not text:
        return []
    key = slug_key(text)
    starts = Q(name__istartswith=text) | (Q(slug__startswith=key) if key else Q())
    word_starts = Q(name__icontains=f" {text}") | (Q(slug__contains=f"-{key}") if key else Q())
    anywhere = Q(name__icontains=text) | (Q(slug__contains=key) if key else Q())
    match = anywhere if len(text) >= ANYWHERE_FROM else starts | word_starts
    uses = _Count(TaggedArticle.objects.filter(tag=OuterRef("pk")).values("tag")[:USES_COUNTED])

    ranked = (
        tags.model._default_manager.filter(match)
        .annotate(
            rank=Case(
                When(starts, then=Value(0)),
                When(word_starts, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            ),
            uses=uses,
        )
        .order_by("rank", "-uses", "name")
        .values_list("pk", "name")
    )
    if not tags.query.has_filters():  # every tag (the desk): one query
        return [name for _, name in ranked[:limit]]
    # The best few of all matching tags, then which of those this person may
    # see: asked of every matching tag in the same query, "worn by a published
    # article" makes PostgreSQL hash the tag links of the whole archive. Tags
    # hidden from a contributor are few: five times the list is plenty to fill it.
    best = list(ranked[: limit * 5])
    seen = set(tags.filter(pk__in=[pk for pk, _ in best]).values_list("pk", flat=True))
    return [name for pk, name in best if pk in seen][:limit]
