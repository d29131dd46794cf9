"""The newsroom's roles, defined once: which permissions each group holds.

A data migration in ``newsroom/migrations`` applies this table; when it
changes, add a migration that calls ``sync_roles`` again (after the
migrations that create any new permission), so every database follows it.
"""

from __future__ import annotations

CONTRIBUTOR = "Redattore"
DESK = "Caporedattore"
ADMINISTRATOR = "Amministratore"

_WRITE = (
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
    "articles.view_tag",
    # The media library: upload, caption, set focal points, build galleries.
    *(
        f"media.{action}_{model}"
        for model in ("picture", "gallery")
        for action in ("add", "change", "view")
    ),
    *(f"media.{action}_galleryitem" for action in ("add", "change", "delete", "view")),
)
_REVIEW = (
    "articles.delete_article",
    "articles.review_article",
    "articles.publish_article",
    "articles.correct_article",
    "articles.share_preview_article",
    "articles.view_articletransition",
    "articles.view_articleredirect",
    # Unused pictures and galleries only: a used one is protected.
    "media.delete_picture",
    "media.delete_gallery",
    # Sponsors of branded content: the desk keeps them.
    *(f"articles.{action}_sponsor" for action in ("add", "change", "delete", "view")),
    "importer.view_importedpost",
    "importer.view_oldpermalink",
    # The home page: slots and their times, Ultim'ora, the "Leggi anche" picks
    # and the reading figures.
    *(
        f"frontpage.{action}_{model}"
        for model in ("pin", "breakingnews")
        for action in ("add", "change", "delete", "view")
    ),
    "frontpage.view_articlereadership",
    *(f"articles.{action}_readalso" for action in ("add", "change", "delete", "view")),
)
_CONSENT_SETTINGS = (
    *(
        f"consent.{action}_{model}"
        for model in ("consentcategory", "consentservice", "consentpolicy")
        for action in ("add", "change", "delete", "view")
    ),
    # A gated script runs on every reader's page, the superuser's too: only a
    # superuser may set one (consent.admin), the Amministratore sees them.
    "consent.view_consentscript",
)
_MANAGE = (
    "auth.add_user",
    "auth.change_user",
    "auth.view_user",
    "auth.view_group",
    "axes.view_accessattempt",
    "axes.delete_accessattempt",
    "axes.view_accesslog",
    *_CONSENT_SETTINGS,
    # Proof of consent: read and export, never edit.
    "consent.view_consentrecord",
)
# The Amministratore holds every permission of these apps, whatever models they add.
# The publisher's legal data (publisher app) is the Amministratore's alone.
ADMINISTRATOR_APPS = ("articles", "authors", "media", "importer", "frontpage", "publisher")

ROLES: dict[str, tuple[str, ...]] = {
    CONTRIBUTOR: _WRITE,
    DESK: _WRITE + _REVIEW,
    ADMINISTRATOR: _MANAGE,
}


def sync_roles(apps) -> None:
    """Make each role's group hold exactly its permissions (``apps``: a migration's)."""
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after migrate; make them now so the groups
    # can be filled on a fresh database.
    for config in apps.get_app_configs():
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, dotted in ROLES.items():
        wanted = Permission.objects.none()
        for item in dotted:
            app_label, codename = item.split(".")
            wanted |= Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            )
        if name == ADMINISTRATOR:
            wanted |= Permission.objects.filter(content_type__app_label__in=ADMINISTRATOR_APPS)
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.set(wanted.distinct())
