"""Roles again (newsroom.roles), now that the WordPress import has models."""

from django.db import migrations

from newsroom.roles import sync_roles


def apply_roles(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0003_roles_media"),
        ("importer", "0001_initial"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
