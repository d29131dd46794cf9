from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path

PARAGRAPH = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.</p>\n"
FIXED = ("<!doctype html><title>floor</title>" + PARAGRAPH * 2000)[: settings.PAGE_BYTES].encode()
TEXT = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."
# Each row renders as <div class="row">…</div> and a newline: 20 bytes around the text.
ROWS = [f"{n:05d} {TEXT}" for n in range(settings.PAGE_BYTES // (len(TEXT) + 26))]


def fixed(request):
    return HttpResponse(FIXED)


def template(request):
    return render(request, "floor.html", {"rows": ROWS, "title": "floor"})


urlpatterns = [path("fixed/", fixed), path("template/", template)]
