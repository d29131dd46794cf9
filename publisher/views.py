"""The transparency pages: generated from the publisher's record and the authors."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from authors.models import Author

from .models import current


class PublisherPage(TemplateView):
    title = ""
    description = ""

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            publisher=current(),
            title=self.title,
            description=self.description % {"site": settings.SITE_NAME},
            **kwargs,
        )


class AboutView(PublisherPage):
    template_name = "publisher/about.html"
    title = _("About us")
    description = _("Who publishes %(site)s, who is responsible for it and how to reach us.")


class MastheadView(PublisherPage):
    template_name = "publisher/masthead.html"
    title = _("Editorial staff")
    description = _("The people who write and edit %(site)s, with their roles.")

    def get_context_data(self, **kwargs):
        people = Author.objects.active().order_by("masthead_order", "name")
        return super().get_context_data(people=people, **kwargs)


class ContactsView(PublisherPage):
    template_name = "publisher/contacts.html"
    title = _("Contacts")
    description = _("How to write to and call the editorial staff of %(site)s.")


class PolicyView(PublisherPage):
    template_name = "publisher/policy.html"
    title = _("Editorial and corrections policy")
    description = _("How %(site)s chooses, checks and corrects what it publishes.")
