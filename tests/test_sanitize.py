import pytest

from articles.models import Article
from articles.sanitize import clean_html
from tests.support.factories import ArticleFactory

DANGEROUS = (
    '<p onclick="steal()">Testo <script>alert("x")</script>sicuro</p>'
    '<a href="javascript:alert(1)">link</a>'
    '<img src="/x.jpg" onerror="alert(1)" alt="x">'
    '<iframe src="https://evil.example/"></iframe>'
    "<style>body{display:none}</style>"
)


def test_scripts_handlers_javascript_links_and_iframes_are_removed():
    cleaned = clean_html(DANGEROUS)
    for forbidden in (
        "<script",
        "alert(",
        "onclick",
        "onerror",
        "javascript:",
        "<iframe",
        "<style",
        "display:none",
    ):
        assert forbidden not in cleaned
    assert "Testo sicuro" in cleaned


def test_journalism_markup_survives():
    html = (
        "<h2>Titolo</h2><h3>Sotto</h3><p>Un <strong>grassetto</strong>, un <em>corsivo</em> e "
        '<a href="https://www.polestar.com/it/" title="Polestar">un link</a>.</p>'
        "<ul><li>uno</li></ul><ol><li>due</li></ol>"
        "<blockquote><p>Una citazione</p></blockquote>"
        '<figure><img src="/media/a.jpg" alt="Auto"><figcaption>Didascalia</figcaption></figure>'
    )
    assert clean_html(html) == html


def test_unknown_tags_are_dropped_but_their_text_is_kept():
    assert clean_html('<p><span class="MsoNormal">Parola</span></p>') == "<p>Parola</p>"


@pytest.mark.django_db
def test_body_is_cleaned_on_every_save_even_from_the_shell():
    article = ArticleFactory(body=DANGEROUS)
    article.refresh_from_db()
    assert "<script" not in article.body and "onerror" not in article.body
    article.body = "<p>ok</p><script>x()</script>"
    article.save()
    assert Article.objects.get(pk=article.pk).body == "<p>ok</p>"


@pytest.mark.django_db
def test_body_is_shown_cleaned_on_the_article_page(client):
    article = ArticleFactory(body=DANGEROUS)
    html = client.get(article.get_absolute_url()).content.decode()
    body = html.split('class="article__body', 1)[1].split("</div>", 1)[0]
    assert "alert(" not in body and "onerror" not in body and "<iframe" not in body


def test_images_from_other_hosts_are_dropped_so_readers_fetch_nothing_unconsented():
    html = (
        '<p><img src="https://tracker.example/p.gif" alt="pixel">Testo</p>'
        '<img src="//evil.example/x.png"><img src="/\\evil.example/y.png">'
        '<figure><img src="/media/articles/body/foto.jpg" alt="Foto"><figcaption>Didascalia</figcaption></figure>'
    )
    cleaned = clean_html(html)
    assert "tracker.example" not in cleaned and "evil.example" not in cleaned
    assert cleaned.count("<img") == 1
    assert '<img src="/media/articles/body/foto.jpg" alt="Foto">' in cleaned
