"""Stored search vector for Italian full-text search.

The column exists on every database (NULL outside PostgreSQL) so the model is
the same everywhere; the GIN index and the initial fill are PostgreSQL-only.
"""

import django.contrib.postgres.search
from django.db import migrations

FILL = """
UPDATE articles_article a SET search_vector =
    setweight(to_tsvector('italian', coalesce(a.title, '')), 'A')
    || setweight(to_tsvector('italian', coalesce(a.standfirst, '')), 'B')
    || setweight(to_tsvector('italian', coalesce((
        SELECT string_agg(t.name, ' ') FROM articles_taggedarticle ta
        JOIN taggit_tag t ON t.id = ta.tag_id WHERE ta.content_object_id = a.id
    ), '')), 'B')
    || setweight(to_tsvector('italian',
        regexp_replace(coalesce(a.body, ''), '<[^>]+>', ' ', 'g')), 'C')
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS article_search_gin ON articles_article USING gin (search_vector)"
    )
    schema_editor.execute(FILL)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS article_search_gin")


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_editorial_roles"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(forwards, backwards),
    ]
