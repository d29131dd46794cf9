"""Roles again (newsroom.roles): the desk keeps the sponsors, and the
publisher's legal data is the Amministratore's alone."""

from django.db import migrations

from newsroom.roles import sync_roles


def apply_roles(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0005_roles_desk"),
        ("articles", "0015_front_trust_trigram"),
        ("publisher", "0001_front_trust_publisher"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
