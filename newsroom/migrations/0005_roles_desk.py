"""Roles again (newsroom.roles): the Amministratore holds the permissions of
articles' new models too (corrections, preview links)."""

from django.db import migrations

from newsroom.roles import sync_roles


def apply_roles(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0004_roles_importer"),
        ("articles", "0013_desk_drop_correction_note"),
        ("desk", "0001_initial"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
