"""Roles again (newsroom.roles): the Amministratore only sees gated scripts,
which a superuser alone may add, change or delete."""

from django.db import migrations

from newsroom.roles import sync_roles


def apply_roles(apps, schema_editor):
    sync_roles(apps)


class Migration(migrations.Migration):
    dependencies = [("newsroom", "0005_roles_desk")]

    operations = [migrations.RunPython(apply_roles, migrations.RunPython.noop)]
