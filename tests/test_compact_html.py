"""Public pages travel without the templates' indentation; what whitespace
means (a <pre> in an article, a form's textarea) travels untouched."""

import pytest

from newsroom.compact import compact_html
from tests.support.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_indentation_and_blank_lines_go_but_pre_and_textarea_keep_theirs():
    html = "<div>\n    <p>Uno</p>\n\n\n      <pre>a\n    b\n\n c</pre>\n  <textarea>\n  x\n</textarea>\n</div>"
    assert compact_html(html) == (
        "<div>\n<p>Uno</p>\n<pre>a\n    b\n\n c</pre>\n<textarea>\n  x\n</textarea>\n</div>"
    )


def test_an_article_page_has_no_indented_line_and_keeps_the_body_s_preformatted_text(client):
    article = ArticleFactory(body="<p>Dati:</p><pre>km   0-100\n  3,2 s</pre>")
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    assert "<pre>km   0-100\n  3,2 s</pre>" in html
    outside = html.replace("<pre>km   0-100\n  3,2 s</pre>", "")
    assert "\n " not in outside and "\n\n" not in outside
    if response.has_header("Content-Length"):
        assert int(response["Content-Length"]) == len(response.content)


def test_the_admin_is_left_as_it_is(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "\n  " in html
