"""Roles again (newsroom.roles), now that the media library exists."""

from django.db import migrations

from newsroom.roles import sync_roles


def apply_roles(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0002_roles_own_tags"),
        ("media", "0001_initial"),
        ("articles", "0010_media_drop_lead_image_fields"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
