"""Delete images uploaded into article bodies that nothing refers to any more.

Body images are files the editor inserts while writing; deleting or rewriting
an article can leave them behind. An image is kept while any article body or
any stored revision mentions it (so restoring an old revision never shows a
broken picture), and for a grace period after upload (it may belong to a piece
that has not been saved yet). Files that became media-library pictures are
the library's: they go only when the desk deletes the picture.
"""

from datetime import timedelta

from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.utils import timezone
from reversion.models import Version

from articles.models import Article
from media.models import Picture
from newsroom.images import BODY_IMAGE_DIR


def _stored_files(storage, folder):
    directories, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}"
    for directory in directories:
        yield from _stored_files(storage, f"{folder}/{directory}")


def referenced_text():
    """Every body and every revision's serialized data, as one searchable blob."""
    bodies = Article.objects.values_list("body", flat=True).iterator()
    versions = Version.objects.get_for_model(Article).values_list("serialized_data", flat=True)
    return "\n".join([*bodies, *versions.iterator()])


class Command(BaseCommand):
    help = "Delete body images that no article or revision refers to."

    def add_arguments(self, parser):
        parser.add_argument("--grace-hours", type=int, default=24)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, grace_hours, dry_run, **options):
        storage = default_storage
        if not storage.exists(BODY_IMAGE_DIR):
            self.stdout.write("Nessuna immagine nel testo degli articoli.")
            return
        text = referenced_text()
        library = set(
            Picture.objects.filter(file__startswith=BODY_IMAGE_DIR).values_list("file", flat=True)
        )
        cutoff = timezone.now() - timedelta(hours=grace_hours)
        pruned = 0
        for name in _stored_files(storage, BODY_IMAGE_DIR):
            if name in library or name in text or storage.get_modified_time(name) > cutoff:
                continue
            pruned += 1
            if not dry_run:
                storage.delete(name)
        verb = "da eliminare" if dry_run else "eliminate"
        self.stdout.write(f"Immagini orfane {verb}: {pruned}.")
