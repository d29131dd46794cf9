"""The library's own admin pages: bulk upload, the caption table, the chooser
(an in-page dialog, not a popup of the whole admin), and the small JSON
answers the editor and the chooser ask for.

Each view checks the permission it needs; the services check the rules again.
"""

from __future__ import annotations

import json

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Case, Prefetch, When
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from newsroom.embeds import PROVIDERS, recognise

from .. import services
from ..models import Gallery, GalleryItem, Picture
from .forms import CaptionFormSet, CommonValuesForm

PER_PAGE = 24
MAX_BATCH = 200  # pictures in one caption table


def _require(request: HttpRequest, *perms: str) -> None:
    if not all(request.user.has_perm(p) for p in perms):
        raise PermissionDenied


def _url(renditions: dict, name: str, index: int = -1) -> str:
    sizes = (renditions or {}).get(name) or []
    return default_storage.url(sizes[index]["jpg"]) if sizes else ""


def picture_data(picture: Picture) -> dict:
    """What the chooser, the gallery builder and the editor need of a picture."""
    renditions = services.ensure_renditions(picture, services.INGEST_RENDITIONS)
    return {
        "id": picture.pk,
        "title": str(picture),
        "alt": picture.alt,
        "caption": picture.caption,
        "credit": picture.credit,
        "width": picture.width,
        "height": picture.height,
        "thumb": _url(renditions, "thumb", 0),
        "src": _url(renditions, "full", min(1, len(renditions.get("full") or [1]) - 1)),
        "complete": picture.is_complete,
        "expired": picture.is_expired,
        "changeUrl": reverse("admin:media_picture_change", args=[picture.pk]),
        "completeUrl": reverse("admin:media_picture_complete", args=[picture.pk]),
    }


def gallery_data(gallery: Gallery) -> dict:
    items = list(gallery.items.all())
    cover = picture_data(items[0].picture) if items else None
    return {
        "id": gallery.pk,
        "title": gallery.title,
        "count": len(items),
        "thumb": cover["thumb"] if cover else "",
        "changeUrl": reverse("admin:media_gallery_change", args=[gallery.pk]),
    }


def _context(request: HttpRequest, title: str, **extra) -> dict:
    return {**admin.site.each_context(request), "opts": Picture._meta, "title": title, **extra}


def _wants_json(request: HttpRequest) -> bool:
    return "application/json" in request.headers.get("Accept", "")


def upload(request: HttpRequest) -> HttpResponse:
    """Bulk upload of a press kit. The script sends one file per request (with
    progress); without it, the form posts every file at once. Then the
    caption table."""
    _require(request, "media.add_picture")
    if request.method != "POST":
        return TemplateResponse(
            request,
            "admin/media/picture/upload.html",
            _context(
                request, _("Upload pictures"), captions_url=reverse("admin:media_picture_captions")
            ),
        )
    files = request.FILES.getlist("file")
    if _wants_json(request):
        if len(files) != 1:
            return JsonResponse({"error": _("Send one picture at a time.")}, status=400)
        try:
            picture = services.picture_ingest(upload=files[0], by=request.user)
        except ValidationError as error:
            return JsonResponse({"error": " ".join(error.messages)}, status=400)
        return JsonResponse({"picture": picture_data(picture)}, status=201)
    done = []
    for upload_file in files:
        try:
            done.append(services.picture_ingest(upload=upload_file, by=request.user).pk)
        except ValidationError as error:
            messages.error(request, f"{upload_file.name}: {' '.join(error.messages)}")
    if not done:
        if not files:
            messages.error(request, _("Choose one or more pictures to upload."))
        return redirect("admin:media_picture_upload")
    return redirect(_captions_url(done))


def _captions_url(ids) -> str:
    return reverse("admin:media_picture_captions") + "?ids=" + ",".join(map(str, ids))


def _ids(raw: str) -> list[int]:
    return [int(part) for part in raw.split(",") if part.strip().isdigit()][:MAX_BATCH]


def captions(request: HttpRequest) -> HttpResponse:
    """Captions, alt texts, credits and rights of a batch, in one table."""
    _require(request, "media.change_picture")
    ids = _ids(request.GET.get("ids", ""))
    # Rows in the order the files were uploaded: the order of the press kit.
    upload_order = Case(*(When(pk=pk, then=i) for i, pk in enumerate(ids)), default=len(ids))
    queryset = Picture.objects.filter(pk__in=ids).order_by(upload_order)
    data = request.POST.copy() if request.method == "POST" else None
    common = CommonValuesForm(data, prefix="all")
    if data is not None and common.is_valid():
        _fill_empty_rows(data, common.cleaned_data)
    formset = CaptionFormSet(data, queryset=queryset)
    if data is not None and common.is_valid() and formset.is_valid():
        return _save_captions(request, formset, common.cleaned_data)
    title = ngettext("Caption %(count)d picture", "Caption %(count)d pictures", len(ids)) % {
        "count": len(ids)
    }
    return TemplateResponse(
        request,
        "admin/media/picture/captions.html",
        _context(request, title, formset=formset, common=common),
    )


def _fill_empty_rows(data, common: dict) -> None:
    total = int(data.get("form-TOTAL_FORMS") or 0)
    for field in ("credit", "source", "copyright_holder", "usage_terms", "rights_expire_on"):
        value = common.get(field)
        if not value:
            continue
        for i in range(min(total, MAX_BATCH)):
            if not (data.get(f"form-{i}-{field}") or "").strip():
                data[f"form-{i}-{field}"] = (
                    value.isoformat() if hasattr(value, "isoformat") else value
                )


@transaction.atomic
def _save_captions(request: HttpRequest, formset, common: dict) -> HttpResponse:
    pictures = []
    for form in formset.forms:
        picture = form.save(commit=False)
        pictures.append(services.picture_save(picture=picture))
    messages.success(
        request,
        ngettext("%(count)d picture saved.", "%(count)d pictures saved.", len(pictures))
        % {"count": len(pictures)},
    )
    if common.get("make_gallery"):
        _require(request, "media.add_gallery")
        gallery = services.gallery_save(
            gallery=Gallery(title=common["gallery_title"].strip()),
            pictures=pictures,
            by=request.user,
        )
        messages.success(request, _("Gallery created: set the order and save it."))
        return redirect("admin:media_gallery_change", gallery.pk)
    return redirect("admin:media_picture_changelist")


def chooser(request: HttpRequest) -> HttpResponse:
    """The chooser dialog's content (or only its results, for a search or a next page)."""
    mode = "gallery" if request.GET.get("mode") == "gallery" else "picture"
    _require(request, f"media.view_{mode}")
    query = request.GET.get("q", "").strip()[:200]
    if mode == "gallery":
        items = Prefetch("items", queryset=GalleryItem.objects.select_related("picture"))
        rows = Gallery.objects.prefetch_related(items)
        rows = rows.filter(title__icontains=query) if query else rows
    else:
        rows = Picture.objects.search(query)
    page = Paginator(rows, PER_PAGE).get_page(request.GET.get("page"))
    to_data = gallery_data if mode == "gallery" else picture_data
    template = "chooser_results.html" if request.GET.get("part") == "results" else "chooser.html"
    context = {
        "mode": mode,
        "query": query,
        "page": page,
        "choices": [(data, json.dumps(data)) for data in map(to_data, page.object_list)],
        "multiple": request.GET.get("multiple") == "1",
        "can_upload": mode == "picture" and request.user.has_perm("media.add_picture"),
        "upload_url": reverse("admin:media_picture_upload"),
        "gallery_add_url": reverse("admin:media_gallery_add"),
    }
    return TemplateResponse(request, f"admin/media/{template}", context)


@require_POST
def complete(request: HttpRequest, pk: int) -> JsonResponse:
    """Alt text, credit and caption filled in from the chooser, before a picture is used."""
    _require(request, "media.change_picture")
    picture = get_object_or_404(Picture, pk=pk)
    for field in ("alt", "credit", "caption"):
        if field in request.POST:
            setattr(picture, field, " ".join(request.POST[field].split()))
    errors = {
        field: str(message)
        for field, message in (
            ("alt", _("Describe the picture: alternative text is required.")),
            ("credit", _("Write the credit: who took the picture.")),
        )
        if not getattr(picture, field)
    }
    if not errors:
        try:
            services.picture_save(picture=picture)
        except ValidationError as error:
            errors = {k: " ".join(v) for k, v in error.message_dict.items()}
    if errors:
        return JsonResponse({"errors": errors}, status=400)
    return JsonResponse({"picture": picture_data(picture)})


def embed(request: HttpRequest) -> JsonResponse:
    """Whether a pasted address is an embed the site can show, and its placeholder."""
    _require(request, "articles.add_article")
    found = recognise(request.GET.get("url", ""))
    if found is None:
        names = ", ".join(p.name for p in PROVIDERS.values())
        return JsonResponse(
            {
                "error": _(
                    "This address cannot be embedded: paste the address of a post or video on %(names)s."
                )
                % {"names": names}
            },
            status=400,
        )
    return JsonResponse(
        {
            "provider": found.provider,
            "name": PROVIDERS[found.provider].name,
            "src": found.src,
            "original": found.original,
        }
    )
