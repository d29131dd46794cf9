"""Form widgets that choose from the library in an in-page dialog.

Each renders a plain input holding the chosen row's id (usable as is, if
scripts fail) and what the desk needs to see of the choice; the chooser
script (static/js/media-chooser.js) turns it into buttons and a dialog.
"""

from django import forms
from django.urls import reverse_lazy

from .models import Gallery, Picture
from .services import ensure_renditions

CHOOSER_MEDIA = forms.Media(
    css={"all": ["css/media-admin.css"]}, js=["js/media-chooser.js", "js/media-fields.js"]
)


class _Chooser(forms.TextInput):
    template_name = "media/widgets/chooser.html"
    mode = ""
    model = None

    @property
    def media(self):
        return CHOOSER_MEDIA

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        chosen = None
        if str(value or "").strip().isdigit():
            chosen = self.model._default_manager.filter(pk=int(value)).first()
        if isinstance(chosen, Picture):
            ensure_renditions(chosen, ("thumb",))
        context["widget"].update(
            mode=self.mode,
            chosen=chosen,
            chooser_url=reverse_lazy("admin:media_picture_chooser"),
        )
        return context

    def format_value(self, value):
        return "" if value in (None, "") else str(value)


class PictureChooser(_Chooser):
    mode = "picture"
    model = Picture


class GalleryChooser(_Chooser):
    mode = "gallery"
    model = Gallery


class GalleryPicturesWidget(forms.TextInput):
    """The gallery's pictures in order (ids, comma separated): thumbnails to
    drag or move with buttons, remove, and more added from the chooser."""

    template_name = "media/widgets/gallery_pictures.html"

    @property
    def media(self):
        return CHOOSER_MEDIA

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        ids = [int(v) for v in str(value or "").split(",") if v.strip().isdigit()]
        by_id = Picture.objects.in_bulk(ids)
        for picture in by_id.values():
            ensure_renditions(picture, ("thumb",))
        context["widget"].update(
            pictures=[by_id[i] for i in ids if i in by_id],
            chooser_url=reverse_lazy("admin:media_picture_chooser"),
        )
        return context

    def format_value(self, value):
        if isinstance(value, list | tuple):
            return ",".join(str(getattr(v, "pk", v)) for v in value)
        return super().format_value(value)
