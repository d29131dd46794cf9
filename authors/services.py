from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from newsroom import images

from .models import Author


@transaction.atomic
def author_save(*, author: Author) -> Author:
    """Save ``author``; clean a new photo, render it, and drop the replaced one."""
    old_name, old_renditions = (
        Author.objects.filter(pk=author.pk).values_list("photo", "photo_renditions").first()
        if author.pk
        else None
    ) or ("", {})
    images.accept_upload(author.photo)
    author.full_clean(exclude=["photo"])
    if not author.photo:
        author.photo_renditions = {}
    elif author.photo.name != old_name or not author.photo_renditions:
        author.photo_renditions = images.build_renditions(author.photo.name, only=("portrait",))
    author.save()
    images.discard_on_commit(old_name, old_renditions, keep=author.photo.name)
    return author


@transaction.atomic
def author_reassign(*, source: Author, target: Author) -> int:
    """Move every byline credit of ``source`` to ``target``; returns how many moved.

    Works through the reverse ``credits`` relation, so this app still knows
    nothing about articles. An article already signed by ``target`` simply
    loses the duplicate credit.
    """
    if source.pk == target.pk:
        raise ValidationError(_("Choose a different author to take over the articles."))
    if not target.is_active:
        raise ValidationError(_("Choose an active author to take over the articles."))
    moved = 0
    already = set(target.credits.values_list("article_id", flat=True))
    for credit in source.credits.all():
        if credit.article_id in already:
            credit.delete()
            continue
        credit.author = target
        credit.save(update_fields=["author"])
        moved += 1
    return moved
