"""Roles again (newsroom.roles): the Caporedattore and the Amministratore
arrange the home page (slots, Ultim'ora, "Leggi anche") and see the reads."""

from django.db import migrations

from newsroom.roles import sync_roles


def apply_roles(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("newsroom", "0006_roles_consent_scripts"),
        ("articles", "0015_front_home_read_also"),
        ("frontpage", "0001_front_home_initial"),
    ]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
