"""Admin pages around an article: workflow buttons, previews, revisions, images.

Each view checks the same rules as the services (which check them again):
hiding a button is never the only protection.
"""

from __future__ import annotations

import io
from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from PIL import Image

from newsroom import images

from . import preview as preview_tokens
from . import revisions, services
from .models import Article
from .views import render_preview
from .workflow import Perm

BODY_IMAGE_WIDTH = 1600
BODY_IMAGE_DIR = "articles/body"
PREVIEW_LIFETIMES = {"1": timedelta(hours=1), "24": timedelta(days=1), "168": timedelta(days=7)}


def _article(request, pk) -> Article:
    article = get_object_or_404(Article.objects.for_detail(), pk=pk)
    user = request.user
    if not (user.has_perm(Perm.REVIEW) or services.is_owner(user, article)):
        raise PermissionDenied
    return article


def _change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def workflow_context(request, article) -> dict:
    transitions = services.available_transitions(article=article, by=request.user)
    return {
        "workflow_transitions": transitions,
        "workflow_needs_note": any(t.needs_note for t in transitions),
        "workflow_needs_date": any(t.needs_date for t in transitions),
        "can_share_preview": request.user.has_perm(Perm.PREVIEW_LINK),
        "preview_lifetimes": [("1", _("1 hour")), ("24", _("1 day")), ("168", _("7 days"))],
        "shared_preview_url": request.session.pop(f"preview-link-{article.pk}", ""),
    }


@require_POST
def transition(request, pk):
    article = _article(request, pk)
    when = None
    if raw := request.POST.get("when"):
        try:
            when = parse_datetime(raw)
        except ValueError:  # well-formed but impossible, e.g. month 13
            when = None
        if when is not None and timezone.is_naive(when):
            when = timezone.make_aware(when)
    name = request.POST.get("transition", "")
    try:
        services.article_transition(
            article=article,
            name=name,
            by=request.user,
            note=request.POST.get("note", ""),
            when=when,
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request, _("Done: “%(action)s”.") % {"action": services.TRANSITIONS[name].label}
        )
    if services.can_edit(request.user, article) or request.user.has_perm("articles.view_article"):
        return redirect(_change_url(article))
    return redirect("admin:articles_article_changelist")


def preview(request, pk):
    """The article, or one of its revisions, exactly as readers will see it."""
    article = _article(request, pk)
    if "versione" in request.GET:
        version_id = _int(request.GET["versione"])
        if version_id is None:
            raise Http404
        version = get_object_or_404(revisions.history(article), pk=version_id)
        renditions = article.lead_image_renditions
        article = version._object_version.object
        article.lead_image_renditions = renditions
    return render_preview(request, article)


@require_POST
def share_preview(request, pk):
    article = _article(request, pk)
    if not request.user.has_perm(Perm.PREVIEW_LINK):
        raise PermissionDenied
    lifetime = PREVIEW_LIFETIMES.get(request.POST.get("lifetime", ""), timedelta(days=1))
    token = preview_tokens.make_token(article.pk, lifetime)
    url = request.build_absolute_uri(reverse("articles:preview", args=[token]))
    request.session[f"preview-link-{article.pk}"] = url
    messages.success(request, _("Preview link created: share it with whoever needs it."))
    return redirect(_change_url(article))


def revisions_view(request, pk):
    article = _article(request, pk)
    versions = list(revisions.history(article))
    by_id = {v.pk: v for v in versions}
    old, new = by_id.get(_int(request.GET.get("da"))), by_id.get(_int(request.GET.get("a")))
    if old is None and new is None and len(versions) >= 2:
        new, old = versions[0], versions[1]
    context = {
        **_admin_context(request, article),
        "title": _("Revisions of “%(title)s”") % {"title": article.title},
        "versions": versions,
        "old": old,
        "new": new,
        "changes": revisions.diff(old, new) if old and new else None,
        "can_restore": services.can_edit(request.user, article),
    }
    return TemplateResponse(request, "admin/articles/article/revisions.html", context)


@require_POST
def restore(request, pk, version_id):
    article = _article(request, pk)
    version = get_object_or_404(revisions.history(article), pk=version_id)
    try:
        services.article_restore(article=article, version=version, by=request.user)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, _("The old revision was restored as a new revision."))
    return redirect(_change_url(article))


def image_upload(request):
    """Picker for images inside the body: the same pipeline as the lead image.

    The editor opens this page in a small window (CKEditor's file-browser
    protocol, which django-prose-editor speaks); after upload the page hands
    the image URL, alt text and caption back to the editor.
    """
    if not request.user.has_perm("articles.add_article"):
        raise PermissionDenied
    context = {**_admin_context(request), "title": _("Insert an image"), "errors": []}
    context["func_num"] = request.GET.get("CKEditorFuncNum", "")
    if request.method == "POST":
        upload, alt = request.FILES.get("image"), request.POST.get("alt", "").strip()
        context.update(alt=alt, caption=request.POST.get("caption", "").strip())
        if not alt:
            context["errors"].append(_("Describe the image: alternative text is required."))
        if upload is None:
            context["errors"].append(_("Choose an image file."))
        else:
            try:
                images.validate_image(upload)
            except ValidationError as error:
                context["errors"].extend(error.messages)
        if not context["errors"]:
            context["image_url"] = _store_body_image(upload)
    return TemplateResponse(request, "admin/articles/article/image_upload.html", context)


def _store_body_image(upload) -> str:
    """Clean (no EXIF/GPS, upright) and cap the width, so a 40 MP photo is not served."""
    cleaned = images.clean_upload(upload, upload.name)
    with Image.open(cleaned) as img:
        if img.width > BODY_IMAGE_WIDTH:
            img.thumbnail((BODY_IMAGE_WIDTH, BODY_IMAGE_WIDTH * 4), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            img.convert("RGB").save(out, "JPEG", quality=85, optimize=True, progressive=True)
            stem = cleaned.name.rsplit(".", 1)[0]
            cleaned = ContentFile(out.getvalue(), name=f"{stem}.jpg")
    name = default_storage.save(f"{BODY_IMAGE_DIR}/{timezone.now():%Y/%m}/{cleaned.name}", cleaned)
    return default_storage.url(name)


def _admin_context(request, article=None) -> dict:
    from django.contrib import admin

    context = admin.site.each_context(request)
    context["opts"] = Article._meta
    if article is not None:
        context["original"] = article
    return context


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def edit_refused(request, article, site_context):
    """A save that arrived after the article left this person's hands."""
    submitted = [
        (Article._meta.get_field(name).verbose_name, request.POST.get(name, ""))
        for name in ("title", "standfirst", "body")
    ]
    context = {
        **site_context,
        "article": article,
        "state": article.state_label,
        "submitted": submitted,
        "title": _("Edit not saved"),
        "opts": Article._meta,
    }
    return render(request, "admin/articles/article/edit_refused.html", context, status=409)
