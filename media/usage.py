"""Where a picture or a gallery is used, read from the foreign keys pointing to it.

Whatever uses library media (an article's lead image, a body, a gallery)
holds a protecting foreign key to it (``on_delete=PROTECT``: a cascading key,
like a gallery's own items, is content rather than a use); a row that is only the link between
the media and its real user (a body's picture) names that user in a
``media_owner`` property. So this app lists uses and refuses deletions
without importing any app that uses it.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import models
from django.db.models import Exists, OuterRef, Q


@dataclass(frozen=True)
class Use:
    owner: models.Model  # the article or gallery a reader would see it in
    role: str  # how it is used there, e.g. "lead image"


def _relations(model: type[models.Model]):
    return [
        rel
        for rel in model._meta.related_objects
        if (rel.one_to_many or rel.one_to_one) and rel.on_delete is models.PROTECT
    ]


def unused_q(model: type[models.Model]) -> Q:
    """Rows of ``model`` that nothing points to."""
    q = Q()
    for rel in _relations(model):
        rows = rel.related_model._base_manager.filter(**{rel.field.name: OuterRef("pk")})
        q &= ~Exists(rows)
    return q


def uses(obj: models.Model) -> list[Use]:
    """Every place ``obj`` is used, each user once per role."""
    found: dict[tuple, Use] = {}
    for rel in _relations(type(obj)):
        related = rel.related_model
        has_owner = isinstance(getattr(related, "media_owner", None), property)
        role = str(related._meta.verbose_name if has_owner else rel.field.verbose_name)
        for row in related._base_manager.filter(**{rel.field.name: obj}):
            owner = row.media_owner if has_owner else row
            found.setdefault((owner._meta.label, owner.pk, role), Use(owner, role))
    return list(found.values())
