"""Tags move to articles' own Tag model, whose slugs are always ASCII.

taggit kept accents in slugs ("città-30"), which the /tag/<slug>/ route cannot
match. Every tag is copied with its id (so article links stay valid), given
an ASCII slug, and its former slug is kept in TagRedirect for a 301.
"""

import django.db.models.deletion
import taggit.managers
from django.core.management.color import no_style
from django.db import migrations, models

from newsroom.slugs import slugify


def copy_tags(apps, schema_editor):
    OldTag = apps.get_model("taggit", "Tag")
    Tag = apps.get_model("articles", "Tag")
    TagRedirect = apps.get_model("articles", "TagRedirect")
    taken = set()
    for old in OldTag.objects.order_by("pk"):
        base = slugify(old.name, max_length=90, fallback="tag")
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        tag = Tag.objects.create(pk=old.pk, name=old.name, slug=slug)
        if old.slug != slug:
            TagRedirect.objects.create(old_slug=old.slug, tag=tag)
    if schema_editor.connection.vendor == "postgresql":
        # Rows came with their ids: move the sequence past them.
        with schema_editor.connection.cursor() as cursor:
            for sql in schema_editor.connection.ops.sequence_reset_sql(no_style(), [Tag]):
                cursor.execute(sql)


def drop_old_tags(apps, schema_editor):
    # Only once no article points at them any more (a delete before the
    # foreign key moved would have cascaded to every article's tags).
    apps.get_model("taggit", "Tag").objects.all().delete()


def copy_tags_back(apps, schema_editor):
    OldTag = apps.get_model("taggit", "Tag")
    for tag in apps.get_model("articles", "Tag").objects.all():
        OldTag.objects.get_or_create(pk=tag.pk, defaults={"name": tag.name, "slug": tag.slug})


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_amministratore_manages_consent"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.CreateModel(
            name="Tag",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("name", models.CharField(max_length=100, unique=True, verbose_name="name")),
                ("slug", models.SlugField(allow_unicode=True, max_length=100, unique=True, verbose_name="slug")),
            ],
            options={"verbose_name": "tag", "verbose_name_plural": "tags", "ordering": ["name"]},
        ),
        migrations.CreateModel(
            name="TagRedirect",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("old_slug", models.CharField(max_length=100, unique=True, verbose_name="old slug")),
                ("tag", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="redirects", to="articles.tag")),
            ],
            options={"verbose_name": "tag redirect", "verbose_name_plural": "tag redirects"},
        ),
        migrations.RunPython(copy_tags, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="taggedarticle",
            name="tag",
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="tagged_articles", to="articles.tag"),
        ),
        migrations.RunPython(drop_old_tags, copy_tags_back),
        migrations.AlterField(
            model_name="article",
            name="tags",
            field=taggit.managers.TaggableManager(blank=True, help_text="A comma-separated list of tags.", through="articles.TaggedArticle", to="articles.Tag", verbose_name="tags"),
        ),
    ]
