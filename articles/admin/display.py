"""How the article admin shows things it does not edit: state, byline, log."""

from django.contrib import admin
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from .. import services
from ..workflow import transition_label


def _when(value) -> str:
    return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


class ArticleDisplay:
    """Read-only columns and fields of ``ArticleAdmin``."""

    @admin.display(description=_("status"), ordering="status")
    def state(self, obj):
        if obj.is_scheduled:
            return f"{obj.state_label} ({_when(obj.published_at)})"
        return obj.state_label

    @admin.display(description=_("authors"))
    def byline_names(self, obj):
        return ", ".join(author.name for author in obj.byline) or "—"

    @admin.display(description=_("corrections"))
    def corrections(self, obj):
        rows = obj.corrections.select_related("created_by")
        if not rows:
            return "—"
        return format_html(
            '<ol class="workflow-corrections">{}</ol>',
            format_html_join(
                "",
                "<li>{} ({}): {}</li>",
                ((_when(c.created_at), services.user_label(c.created_by), c.text) for c in rows),
            ),
        )

    @admin.display(description=_("workflow history"))
    def transition_log(self, obj):
        steps = obj.transitions.select_related("by")[:30]
        if not steps:
            return "—"
        rows = format_html_join(
            "",
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{} → {}</td><td>{}</td></tr>",
            (
                (
                    _when(s.at),
                    services.user_label(s.by),
                    transition_label(s.name),
                    s.get_from_status_display(),
                    s.get_to_status_display(),
                    s.note,
                )
                for s in steps
            ),
        )
        return format_html('<table class="workflow-log">{}</table>', rows)
