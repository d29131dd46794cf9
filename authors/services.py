from django.db import transaction

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
