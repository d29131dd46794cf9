"""Roles again (newsroom.roles), now that tags are articles' own model."""

from django.db import migrations

from newsroom.roles import sync_roles


def apply_roles(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0001_roles"),
        ("articles", "0006_own_tag_model"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
