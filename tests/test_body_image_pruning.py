import os
import time

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from articles import services
from media.models import Picture
from tests.support.factories import ArticleFactory, jpeg_bytes

pytestmark = pytest.mark.django_db


def _upload(name, age_hours=48):
    path = default_storage.save(f"articles/body/2026/03/{name}", ContentFile(jpeg_bytes(64, 36)))
    old = time.time() - age_hours * 3600
    os.utime(default_storage.path(path), (old, old))
    return path


def _figure(path):
    return f'<figure><img src="{default_storage.url(path)}" alt="x"><figcaption>c</figcaption></figure>'


def test_prune_deletes_only_body_images_nobody_refers_to():
    in_body = _upload("in-uso.jpg")
    in_old_revision = _upload("vecchia-revisione.jpg")
    orphan = _upload("orfana.jpg")
    fresh = _upload("appena-caricata.jpg", age_hours=1)

    article = ArticleFactory(body=_figure(in_old_revision))
    article.body = _figure(in_body)
    services.article_save(article=article)  # the old image survives in the first revision

    call_command("prune_body_images", verbosity=0)

    assert default_storage.exists(in_body)
    assert default_storage.exists(in_old_revision)
    assert default_storage.exists(fresh)  # may belong to a piece not saved yet
    assert not default_storage.exists(orphan)


def test_dry_run_deletes_nothing():
    orphan = _upload("orfana.jpg")
    call_command("prune_body_images", "--dry-run", verbosity=0)
    assert default_storage.exists(orphan)


def test_a_body_image_that_became_a_library_picture_is_never_pruned():
    kept = _upload("nella-libreria.jpg")
    Picture.objects.create(file=kept, width=64, height=36, alt="x", credit="y")
    call_command("prune_body_images", verbosity=0)
    assert default_storage.exists(kept)
