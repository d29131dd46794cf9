from django import template

from ..models import current
from ..structured import organization

register = template.Library()


@register.inclusion_tag("partials/legal_line.html")
def legal_line():
    """The footer's legal line: testata, editore, P.IVA, registration, direttore."""
    return {"publisher": current()}


@register.simple_tag
def organization_data():
    """The publisher as a NewsMediaOrganization, for ``|ld_json``."""
    return organization(context=True)
