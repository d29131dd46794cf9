"""The body editor speaks Italian: every label its library writes in English
has an Italian translation in our JavaScript catalog, so an update that
adds or renames one fails here (the browser suite checks the toolbar itself)."""

import re
from pathlib import Path

import django_prose_editor

from articles.admin.forms import BODY_EDITOR_EXTENSIONS

EDITOR_JS = Path(django_prose_editor.__file__).parent / "static/django_prose_editor/editor.js"
CATALOG = Path(__file__).resolve().parents[1] / "locale/it/LC_MESSAGES/djangojs.po"

# Labels of extensions the article form does not load (code, alignment,
# class and style pickers): nobody sees them.
NOT_LOADED = {"Code", "Code block", "Block style", "Reset all classes", "Styles"}


def _catalog() -> dict[str, str]:
    entries = {}
    for block in CATALOG.read_text().split("\n\n"):
        msgid = re.search(r'^msgid "(.*)"$', block, re.M)
        msgstr = re.search(r'^msgstr(?:\[0\])? "(.*)"$', block, re.M)
        if msgid and msgid.group(1):
            entries[msgid.group(1)] = msgstr.group(1) if msgstr else ""
    return entries


def _library_labels() -> set[str]:
    source = EDITOR_JS.read_text()
    labels = set(re.findall(r'\.material\("[^"]*","([^"]+)"\)', source))
    labels |= set(re.findall(r'\.svg\(`.*?`,"([^"]+)"\)', source, re.S))
    labels |= set(re.findall(r'option:\w+\("\w+",\{textContent:"([^"]+)"\}\)', source))
    labels |= set(re.findall(r'gettext[^(]*\("([^"]+)"\)', source))
    labels |= set(re.findall(r'\bp[A-Z]\("([^"]+)"\)', source))  # its gettext alias
    return labels - NOT_LOADED


def test_the_library_still_writes_the_labels_we_know():
    labels = _library_labels()
    assert {"bold", "insert link", "Insert table", "Paragraph"} <= labels


def test_every_editor_label_has_an_italian_translation():
    catalog = _catalog()
    missing = sorted(label for label in _library_labels() if not catalog.get(label))
    assert missing == []


def test_headings_are_translated_for_each_level_offered():
    assert _catalog().get("Heading %s", "").startswith("Titoletto")
    assert BODY_EDITOR_EXTENSIONS["Heading"]["levels"] == [2, 3, 4]
