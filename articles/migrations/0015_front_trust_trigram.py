"""pg_trgm for search that forgives typos ("polestr" finds Polestar).

Django's TrigramExtension (CreateExtension) does nothing on other databases,
so SQLite migrates the same way and searches without typo tolerance.
"""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("articles", "0014_front_trust_sponsors")]

    operations = [TrigramExtension()]
