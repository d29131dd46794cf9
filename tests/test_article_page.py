from datetime import datetime, timedelta

import pytest
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import override

from tests.support.factories import (
    ArticleFactory,
    AuthorFactory,
    PictureFactory,
    SectionFactory,
    image_file,
)

pytestmark = pytest.mark.django_db


def test_italian_dates_have_no_leading_zero_and_lowercase_month():
    when = timezone.make_aware(datetime(2026, 3, 5, 14, 7, 9))
    with override("it"):
        assert date_format(when, "DATETIME_FORMAT") == "5 marzo 2026, 14:07"
        assert date_format(when, "DATE_FORMAT") == "5 marzo 2026"
        assert date_format(when, "SHORT_DATETIME_FORMAT") == "05/03/2026 14:07"


def test_our_own_named_date_formats_are_found_by_name():
    when = timezone.make_aware(datetime(2026, 3, 5, 14, 7, 9))
    with override("it"):
        assert date_format(when, "WEEKDAY_DATETIME_FORMAT") == "giovedì 5 marzo 2026, 14:07"
        assert date_format(when, "SECONDS_DATETIME_FORMAT") == "5 marzo 2026, 14:07:09"


def test_article_page_is_italian_with_every_part(client):
    writer = AuthorFactory(name="digitalvoice", bio="La redazione digitale.")
    article = ArticleFactory(
        kicker="Industria",
        title="La Polestar 4 si farà a Busan",
        standfirst="Accordo tra Polestar, Geely e Renault Korea.",
        authors=[writer],
        tags=["Polestar", "Corea del Sud"],
        published_at=timezone.make_aware(datetime(2026, 3, 5, 14, 7)),
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<html lang="it">' in html
    assert "5 marzo 2026, 14:07" in html
    assert "giovedì" in html
    for part in (
        "Industria",
        "La Polestar 4 si farà a Busan",
        "Accordo tra Polestar",
        "Polestar",
        "Corea del Sud",
    ):
        assert part in html
    assert "L'autore" in html
    assert "La redazione digitale." in html
    assert 'href="/tag/corea-del-sud/"' in html


def test_article_page_shows_an_author_box_per_author_in_byline_order(client):
    first, second = AuthorFactory(name="Giulia Ferri"), AuthorFactory(name="Marco Lenti")
    article = ArticleFactory(authors=[second, first])
    html = client.get(article.get_absolute_url()).content.decode()
    assert html.count('class="author-box"') == 2
    assert html.index("Marco Lenti") < html.index("Giulia Ferri")


def test_related_articles_share_tags_and_exclude_the_article(client):
    article = ArticleFactory(tags=["Polestar", "Geely"])
    closest = ArticleFactory(title="Molto vicino", tags=["Polestar", "Geely"])
    near = ArticleFactory(title="Vicino", tags=["Polestar"])
    ArticleFactory(title="Lontano", tags=["Fiat"])
    ArticleFactory(draft=True, title="Bozza vicina", tags=["Polestar", "Geely"])
    related = list(client.get(article.get_absolute_url()).context["related"])
    assert related == [closest, near]


def test_an_article_with_a_rare_tag_finds_its_older_siblings_beyond_the_newest_window(
    client, monkeypatch
):
    from articles import models

    monkeypatch.setattr(models, "RELATED_WINDOW", 3)
    long_ago = timezone.now() - timedelta(days=900)
    sibling = ArticleFactory(
        title="Vecchia sorella", tags=["Rara", "Rarissima"], published_at=long_ago
    )
    article = ArticleFactory(tags=["Rara", "Rarissima", "Comune"])
    newer = [ArticleFactory(title=f"Recente {n}", tags=["Comune"]) for n in range(5)]
    related = list(client.get(article.get_absolute_url()).context["related"])
    # Two shared tags rank first however old; then the newest sharing one.
    assert related[0] == sibling
    assert related[1:] == sorted(newer, key=lambda a: a.published_at, reverse=True)[:3]


def _article_with(n):
    section = SectionFactory()
    authors = [AuthorFactory() for _ in range(n)]
    tags = [f"tag{n}-{i}" for i in range(n)]
    article = ArticleFactory(
        section=section, authors=authors, tags=tags, lead_picture=PictureFactory()
    )
    for i in range(n):
        ArticleFactory(section=section, authors=authors, tags=tags[: i + 1])
    return article


@pytest.mark.parametrize("n", [1, 6])
def test_article_page_query_count_does_not_grow_with_tags_authors_or_related(
    client, django_assert_max_num_queries, n
):
    article = _article_with(n)
    client.get(article.get_absolute_url())  # warm the navigation cache
    # 8, plus one each for "Leggi anche", "I più letti" and the Ultim'ora bar.
    with django_assert_max_num_queries(11):
        assert client.get(article.get_absolute_url()).status_code == 200


def test_home_lead_is_the_featured_article_then_latest_and_section_blocks(client):
    featured = ArticleFactory(
        title="Storia principale", featured=True, published_at=timezone.now() - timedelta(days=2)
    )
    newest = ArticleFactory(title="Ultima notizia")
    response = client.get("/")
    assert response.context["lead"] == featured
    assert newest in response.context["home"].secondary
    html = response.content.decode()
    assert html.index("Storia principale") < html.index("Ultima notizia")


def test_home_query_count_is_constant(client, django_assert_max_num_queries):
    for _ in range(3):
        section = SectionFactory()
        ArticleFactory.create_batch(6, section=section)
    client.get("/")
    # 9 (sections, then a bounded query per section block), plus the desk's
    # pins, "I più letti" and the Ultim'ora bar (one query each), and the lead
    # (no "lead story" marked here: a second indexed read finds the newest).
    with django_assert_max_num_queries(13):
        client.get("/")


def test_cards_use_a_rendition_not_the_original(client):
    ArticleFactory(
        featured=True, lead_picture=PictureFactory(image=image_file(width=4000, height=2250))
    )
    article = ArticleFactory(lead_picture=PictureFactory(image=image_file(width=4000, height=2250)))
    html = client.get("/").content.decode()
    assert article.lead_picture.file.url not in html
    assert "-lead-1600.webp 1600w" in html  # the lead story's slot
    assert "-card-400.webp 400w" in html
    assert 'width="800" height="450"' in html
