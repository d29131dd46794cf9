"""Make the renditions the library will need, ahead of the first reader.

Each size is otherwise made the first time a page needs it (then kept).
After migrating an existing site into the library, run this once so no
reader waits for a picture to be rendered.
"""

from django.core.management.base import BaseCommand

from media.models import Picture
from media.services import INGEST_RENDITIONS, ensure_renditions
from newsroom.images import ARTICLE_RENDITIONS


class Command(BaseCommand):
    help = "Render the sizes every library picture needs (skips those already made)."

    def handle(self, *args, **options):
        made = 0
        used = set(Picture.objects.used().values_list("pk", flat=True))
        for picture in Picture.objects.order_by("pk").iterator():
            # A used picture may be a lead image: its cropped slots too.
            names = (
                (*INGEST_RENDITIONS, *ARTICLE_RENDITIONS)
                if picture.pk in used
                else INGEST_RENDITIONS
            )
            before = set(picture.renditions or {})
            after = set(ensure_renditions(picture, names))
            made += len(after - before)
        self.stdout.write(f"Formati creati: {made}.")
