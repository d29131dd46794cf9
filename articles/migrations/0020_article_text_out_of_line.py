"""An article row's long text (body, search vector, standfirst) kept out of
its table page, in PostgreSQL's TOAST table.

Search gathers the publication dates of every article matching a word from
the table itself: with the text inline a row took about 3 KB, and a word in
5,000 of 100,000 articles read 5,000 pages (about 10 ms); out of line a row
takes about 250 bytes and the table a tenth of its pages. The text is read
only for the rows shown.

The setting applies to rows written from now on, and only to rows longer
than about 2 KB (shorter ones PostgreSQL never moves out); an existing
archive moves when its rows are next saved, or at once (README,
"Deployment").
PostgreSQL only: other databases keep rows their own way.
"""

from django.db import migrations


def text_out_of_line(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE articles_article SET (toast_tuple_target = 128)")


def text_where_postgresql_chooses(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE articles_article RESET (toast_tuple_target)")


class Migration(migrations.Migration):
    dependencies = [("articles", "0019_search_vectors_between_paragraphs")]

    operations = [migrations.RunPython(text_out_of_line, text_where_postgresql_chooses)]
