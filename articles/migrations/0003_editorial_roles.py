"""Create the three newsroom roles as groups, so an admin only assigns people."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ARTICLE_CONTRIBUTOR = [
    "articles.add_article",
    "articles.change_article",
    "articles.view_article",
    "articles.submit_article",
    "articles.add_articleauthor",
    "articles.change_articleauthor",
    "articles.delete_articleauthor",
    "articles.view_articleauthor",
    "articles.view_section",
    "authors.view_author",
    "taggit.view_tag",
]
ARTICLE_DESK = ARTICLE_CONTRIBUTOR + [
    "articles.delete_article",
    "articles.review_article",
    "articles.publish_article",
    "articles.correct_article",
    "articles.share_preview_article",
    "articles.view_articletransition",
    "articles.view_articleredirect",
]
ADMIN_APPS = ["articles", "authors", "taggit"]
ADMIN_EXTRA = [
    "auth.add_user",
    "auth.change_user",
    "auth.view_user",
    "auth.view_group",
    "axes.view_accessattempt",
    "axes.delete_accessattempt",
    "axes.view_accesslog",
]

ROLES = {"Redattore": ARTICLE_CONTRIBUTOR, "Caporedattore": ARTICLE_DESK}


def _perm(Permission, dotted):
    app_label, codename = dotted.split(".")
    return Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()


def create_roles(apps, schema_editor):
    # Permissions are normally made after migrate; make them now so the
    # groups can be filled on a fresh database.
    for config in apps.get_app_configs():
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, perms in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*[p for p in (_perm(Permission, d) for d in perms) if p])
    admin, _ = Group.objects.get_or_create(name="Amministratore")
    admin.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=ADMIN_APPS),
        *[p for p in (_perm(Permission, d) for d in ADMIN_EXTRA) if p],
    )


def drop_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Redattore", "Caporedattore", "Amministratore"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_workflow_versioning_transitions_redirects"),
        ("authors", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("axes", "0010_accessattemptexpiration"),
    ]

    operations = [migrations.RunPython(create_roles, drop_roles)]
