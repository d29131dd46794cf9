"""What a locked-out editor sees: a plain Italian page, not axes' English one."""

from django.http import HttpResponse
from django.template.loader import render_to_string


def locked_out(request, credentials=None, *args, **kwargs):
    return HttpResponse(render_to_string("admin/locked_out.html", request=request), status=429)
