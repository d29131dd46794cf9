"""What readers download: our stylesheets and scripts minified at collectstatic
(before their names are hashed and they are compressed), everything else as
its authors shipped it."""

import gzip
import json
from pathlib import Path

import brotli
import django
import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent
# Under pytest-xdist the whole module runs in one worker: its collectstatic runs once.
pytestmark = pytest.mark.xdist_group("test_static_minified")


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    target = tmp_path_factory.mktemp("static")
    from django.test import override_settings

    with override_settings(
        STATIC_ROOT=str(target),
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {"BACKEND": "newsroom.staticstorage.MinifiedStaticFilesStorage"},
        },
    ):
        call_command("collectstatic", "--noinput", "-v0")
    manifest = json.loads((target / "staticfiles.json").read_text())["paths"]
    return target, manifest


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("css/site.css", ".skip-link"),
        ("js/consent.js", "consent-open"),
        ("js/share.js", "navigator.share"),
    ],
)
def test_our_css_and_js_are_served_minified_under_a_name_of_their_minified_content(
    collected, name, kept
):
    target, manifest = collected
    source = (ROOT / "static" / name).read_text()
    served = (target / manifest[name]).read_text()
    assert len(served) < 0.85 * len(source)
    assert "\n  " not in served  # no indentation left
    assert "/*" not in served and "\n//" not in served  # nor comments
    assert kept in served  # what matters survives
    assert (target / (manifest[name] + ".gz")).exists()  # then compressed, as before


def test_template_literals_and_strings_keep_their_spaces(collected):
    target, manifest = collected
    served = (target / manifest["js/editor-media.js"]).read_text()
    assert "`immagine-incollata-${index + 1}.${ext}`" in served


def test_the_admins_and_other_apps_files_are_left_as_shipped(collected):
    target, manifest = collected
    admin = Path(django.__file__).parent / "contrib" / "admin" / "static" / "admin"
    shipped = (admin / "js" / "core.js").read_text()
    assert "\n    " in shipped  # indented as shipped…
    assert (target / manifest["admin/js/core.js"]).read_text() == shipped  # …and served so


def test_every_served_file_has_compressed_copies_of_its_own_bytes(collected):
    target, manifest = collected
    # Twins (a name and its hashed name) share one compression; a stylesheet
    # whose urls were rewritten differs from its twin and gets its own.
    for name in ("admin/js/core.js", "css/site.css", "admin/css/base.css"):
        for served in (name, manifest[name]):
            content = (target / served).read_bytes()
            assert gzip.decompress((target / f"{served}.gz").read_bytes()) == content
            assert brotli.decompress((target / f"{served}.br").read_bytes()) == content
    original, hashed = (target / "admin/css/base.css"), (target / manifest["admin/css/base.css"])
    assert original.read_bytes() != hashed.read_bytes()
