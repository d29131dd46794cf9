"""Roles again (newsroom.roles): the desk keeps the sponsors, and the
publisher's legal data is the Amministratore's alone."""

from django.db import migrations

from newsroom.roles import sync_roles


def apply_roles(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0007_front_home_roles"),
        ("authors", "0002_front_trust_author_role"),
        ("articles", "0017_front_trust_trigram"),
        ("publisher", "0001_front_trust_publisher"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
