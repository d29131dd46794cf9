"""The workflow inside the article form: a transition button saves the
pending edit and runs the step together, or refuses both with the text kept.

Steps the table marks ``confirm`` first come back as a confirmation (naming
the article, with the pre-publish checks when it goes live) that the editor
confirms with a second click; a refused edit (someone saved meanwhile)
comes back with what the other person changed.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import checks, revisions, services
from ..errors import ArticleError
from ..workflow import TRANSITIONS, Transition

WHEN_FORMAT = "%Y-%m-%dT%H:%M"


class WorkflowFields(forms.Form):
    """Fields of the workflow panel; the pressed button (``_transition``) names the step."""

    workflow_note = forms.CharField(
        label=gettext_lazy("Private note (for the author or the desk)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    workflow_when = forms.DateTimeField(
        label=gettext_lazy("Publication date and time"),
        required=False,
        input_formats=[WHEN_FORMAT],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=WHEN_FORMAT),
    )
    correction = forms.CharField(
        label=gettext_lazy("Public correction (readers will see it)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    override = forms.CharField(
        label=gettext_lazy("Why it goes out anyway (recorded in the log)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    confirmed = forms.CharField(required=False, widget=forms.HiddenInput)


class WorkflowStep(WorkflowFields):
    """In the article form: validates the step with the pending edit applied."""

    user = None  # set per request by the admin's get_form

    def _post_clean(self):
        super()._post_clean()
        self.workflow, self.confirmation, self.asking = None, None, False
        name = self.data.get("_transition")
        if not name or self.errors:
            return
        transition = TRANSITIONS.get(name)
        if transition is None:
            self.add_error(None, _("Unknown action."))
            return
        data = self.cleaned_data
        step = {
            "name": name,
            "note": data.get("workflow_note", ""),
            "when": data.get("workflow_when"),
            "correction": data.get("correction", ""),
            "override": data.get("override", ""),
        }
        try:
            services.check_transition(
                transition,
                article=self.instance,
                by=self.user,
                note=step["note"],
                when=step["when"],
                correction=step["correction"],
            )
        except ArticleError as error:
            self.add_error(None, error)
            return
        if transition.confirm and data.get("confirmed") != name:
            # Not an error: the question, asked above the form (nothing saved yet).
            self.confirmation = confirmation(transition, self.instance, step["when"])
            self.asking = True
            self.add_error(
                None, _("Check and confirm: “%(action)s”.") % {"action": transition.label}
            )
            return
        if transition.goes_live:
            try:
                checks.check_ready(self.instance, override=step["override"])
            except ArticleError as error:
                if transition.confirm:  # asked again, with the field for the override note
                    self.confirmation = confirmation(transition, self.instance, step["when"])
                self.add_error(None, error)
                return
        self.workflow = step


def confirmation(transition: Transition, article, when) -> dict:
    results = checks.prepublish_checks(article) if transition.goes_live else []
    return {
        "transition": transition,
        "title": article.title,
        "when": when,
        "checks": results,
        "hard_failed": bool(checks.failing(results, hard=True)),
        "soft_failed": bool(checks.failing(results, hard=False)),
    }


def conflict(stored, opened_version: int, form) -> dict:
    """What the other person changed since this form was opened, with their
    values to copy into the form."""
    opened = revisions.version_of(stored, opened_version)
    changes = (
        revisions.changes(revisions.snapshot(opened), revisions.current(stored)) if opened else []
    )
    for change in changes:
        if change["name"] in form.fields:
            change["theirs"] = getattr(stored, change["name"])
    return {
        "by": services.user_label(stored.updated_by),
        "at": stored.updated_at,
        "version": stored.version,
        "changes": changes,
    }
