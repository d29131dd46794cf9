"""Refill the search vectors: saved articles had the last word of each
paragraph glued to the next one's first ("fine.Inizio"), so neither was found.

The SQL is a copy of what articles.search.FILL_SEARCH_VECTORS was when this
migration was written (a migration must not change with the code)."""

from django.db import migrations

FILL = r"""
UPDATE articles_article AS a SET search_vector =
    setweight(to_tsvector('italian', coalesce(a.title, '')), 'A')
 || setweight(to_tsvector('italian', coalesce(a.standfirst, '')), 'B')
 || setweight(to_tsvector('italian', coalesce((
        SELECT string_agg(t.name, ' ') FROM articles_taggedarticle ta
        JOIN articles_tag t ON t.id = ta.tag_id WHERE ta.content_object_id = a.id), '')), 'B')
 || setweight(to_tsvector('italian', regexp_replace(regexp_replace(coalesce(a.body, ''),
        '</?(a|abbr|b|cite|code|em|i|mark|q|s|small|span|strong|sub|sup|u)(\s[^>]*)?>', '', 'gi'),
        '<[^>]*>', ' ', 'g')), 'C')
"""


# Each statement stays well within the site's per-query time limit.
BATCH = 2000


def refill(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT min(id), max(id) FROM articles_article")
        first, last = cursor.fetchone()
        for start in range(first or 0, (last or -1) + 1, BATCH):
            cursor.execute(FILL + " WHERE a.id BETWEEN %s AND %s", [start, start + BATCH - 1])


class Migration(migrations.Migration):
    dependencies = [("articles", "0018_sitemap_updated_index")]

    operations = [migrations.RunPython(refill, migrations.RunPython.noop)]
