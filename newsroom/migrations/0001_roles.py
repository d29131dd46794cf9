"""Roles from ``newsroom.roles``; earlier role migrations in articles stay as history."""

from django.db import migrations

from newsroom.roles import sync_roles


def apply_roles(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0005_amministratore_manages_consent"),
        ("authors", "0001_initial"),
        ("consent", "0002_default_categories"),
        ("axes", "0010_accessattemptexpiration"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
