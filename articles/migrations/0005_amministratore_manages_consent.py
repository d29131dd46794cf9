"""The Amministratore role also manages cookie-consent settings and reads the
proof-of-consent log (the consent app arrived after the roles were made)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONSENT_SETTINGS = ["consentcategory", "consentservice", "consentscript", "consentpolicy"]


def grant(apps, schema_editor):
    config = apps.get_app_config("consent")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    admin, _ = Group.objects.get_or_create(name="Amministratore")
    codenames = [f"{action}_{model}" for model in CONSENT_SETTINGS for action in ("add", "change", "delete", "view")]
    codenames.append("view_consentrecord")  # proof of consent: read and export, never edit
    admin.permissions.add(
        *Permission.objects.filter(content_type__app_label="consent", codename__in=codenames)
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Amministratore"):
        group.permissions.remove(*group.permissions.filter(content_type__app_label="consent"))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0004_article_search_vector"),
        ("consent", "0002_default_categories"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
