"""Forms of the library's admin: a picture with its focal point, the caption
table after a bulk upload, and a gallery's ordered pictures."""

from __future__ import annotations

from django import forms
from django.core.files.storage import default_storage
from django.forms import modelformset_factory
from django.utils.translation import gettext_lazy as _

from ..models import Gallery, Picture
from ..services import ensure_renditions
from ..widgets import GalleryPicturesWidget

REQUIRED = {
    "alt": _("Describe the picture: alternative text is required for readers who cannot see it."),
    "credit": _("Write the credit: who took the picture or which agency it comes from."),
}
RIGHTS_FIELDS = ["source", "copyright_holder", "usage_terms", "rights_expire_on"]
CAPTION_FIELDS = ["title", "caption", "alt", "credit", *RIGHTS_FIELDS]


def _require_text(form: forms.ModelForm) -> None:
    for name, message in REQUIRED.items():
        if name in form.fields:
            form.fields[name].required = True
            form.fields[name].error_messages["required"] = message


class FocalPointWidget(forms.TextInput):
    """The point as "x,y" fractions; the script makes the picture the place to click."""

    template_name = "media/widgets/focal_point.html"

    def __init__(self, picture: Picture | None = None, attrs=None):
        super().__init__(attrs)
        self.picture = picture

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        sizes = []
        if self.picture is not None and self.picture.pk:
            sizes = ensure_renditions(self.picture, ("full",)).get("full") or []
        context["widget"].update(
            picture=self.picture,
            src=default_storage.url(sizes[-1]["jpg"]) if sizes else "",
        )
        return context


class PictureForm(forms.ModelForm):
    focal_point = forms.CharField(
        label=_("Focal point"),
        required=False,
        help_text=_(
            "Click what must stay in every crop (a car's face, a person): the 16:9, 4:3, "
            "square and social-card versions are cut around it."
        ),
    )

    class Meta:
        model = Picture
        fields = ["title", "caption", "alt", "credit", *RIGHTS_FIELDS]
        widgets = {"caption": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _require_text(self)
        self.fields["focal_point"].widget = FocalPointWidget(self.instance)
        self.fields[
            "focal_point"
        ].initial = f"{self.instance.focus_x:.3f},{self.instance.focus_y:.3f}"

    def clean_focal_point(self):
        raw = (self.cleaned_data.get("focal_point") or "").strip()
        if not raw:
            return self.instance.focus
        try:
            x, y = (float(part) for part in raw.split(","))
        except ValueError:
            raise forms.ValidationError(
                _("Click on the picture to choose the focal point.")
            ) from None
        if not (0 <= x <= 1 and 0 <= y <= 1):
            raise forms.ValidationError(_("The focal point must lie inside the picture."))
        return (x, y)

    def save(self, commit=True):
        self.instance.focus_x, self.instance.focus_y = self.cleaned_data["focal_point"]
        return super().save(commit=commit)


class CaptionForm(forms.ModelForm):
    class Meta:
        model = Picture
        fields = CAPTION_FIELDS
        widgets = {
            "caption": forms.Textarea(attrs={"rows": 2}),
            "rights_expire_on": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _require_text(self)


CaptionFormSet = modelformset_factory(Picture, form=CaptionForm, extra=0)


class CommonValuesForm(forms.Form):
    """Values for every picture of the press kit, used where a row is left empty."""

    credit = forms.CharField(label=_("Credit"), max_length=120, required=False)
    source = forms.CharField(label=_("Source"), max_length=200, required=False)
    copyright_holder = forms.CharField(label=_("Copyright holder"), max_length=200, required=False)
    usage_terms = forms.CharField(label=_("Usage terms"), max_length=300, required=False)
    rights_expire_on = forms.DateField(
        label=_("Rights expire on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    make_gallery = forms.BooleanField(label=_("Make a gallery of these pictures"), required=False)
    gallery_title = forms.CharField(label=_("Gallery title"), max_length=200, required=False)

    def rights_fields(self):
        return [self[name] for name in ("credit", *RIGHTS_FIELDS)]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("make_gallery") and not (cleaned.get("gallery_title") or "").strip():
            self.add_error("gallery_title", _("Give the gallery a title."))
        return cleaned


class GalleryForm(forms.ModelForm):
    pictures = forms.CharField(
        label=_("Pictures"),
        required=False,
        widget=GalleryPicturesWidget,
        help_text=_("Drag the pictures (or use the arrows) to set their order."),
    )

    class Meta:
        model = Gallery
        fields = ["title"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            ids = self.instance.items.values_list("picture_id", flat=True)
            self.fields["pictures"].initial = ",".join(str(pk) for pk in ids)

    def clean_pictures(self) -> list[Picture]:
        raw = self.cleaned_data.get("pictures") or ""
        try:
            ids = list(dict.fromkeys(int(part) for part in raw.split(",") if part.strip()))
        except ValueError:
            raise forms.ValidationError(_("The list of pictures is not valid.")) from None
        if not ids:
            raise forms.ValidationError(_("Add at least one picture to the gallery."))
        found = Picture.objects.in_bulk(ids)
        if missing := [pk for pk in ids if pk not in found]:
            raise forms.ValidationError(
                _("Some pictures are no longer in the library: %(ids)s.")
                % {"ids": ", ".join(map(str, missing))}
            )
        return [found[pk] for pk in ids]
