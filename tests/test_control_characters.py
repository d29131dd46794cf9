"""Control characters never reach stored text, whichever way it is written (issue 10, point 2).

Word pastes a vertical tab for a soft line break; one of them in a published
title used to make every feed answer 500 and the news sitemap invalid XML.
"""

import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from articles import services
from articles.models import Article, Correction, Section, Tag
from authors.models import Author
from authors.services import author_save
from consent.models import ConsentCategory, ConsentPolicy, ConsentService
from newsroom.text import clean_text
from tests.support.admin_forms import change_form_data
from tests.support.factories import ArticleFactory, AuthorFactory, PictureFactory, SectionFactory

pytestmark = pytest.mark.django_db

# C0 (but tab, newline, CR), DEL, C1 and a lone surrogate, around ordinary words.
DIRTY = "Prima\x0briga\x00 \x01Città\x7f\x1f \x85fine\x9f\ud800 \t tab"
CLEAN_LINE = "Prima riga Città  fine \t tab"
CLEAN_TEXT = "Prima\nriga Città \nfine \t tab"
# A browser cannot send a lone surrogate (UTF-8 has none): forms get the rest.
POSTED = DIRTY.replace("\ud800", "")

ARTICLE_LINES = ["title", "kicker"]
PICTURE_LINES = ["title", "caption", "alt", "credit", "source", "copyright_holder", "usage_terms"]
ARTICLE_TEXTS = ["standfirst"]


def test_clean_text_keeps_tab_newline_and_accents_and_drops_the_rest():
    assert clean_text(DIRTY) == CLEAN_TEXT
    assert clean_text(DIRTY, line_break=" ") == CLEAN_LINE
    assert clean_text("a\r\nb") == "a\r\nb"
    assert clean_text(None) is None
    breaks = {0x0B, 0x0C, 0x85}  # line-break controls: a newline, or a space on one line
    controls = [*range(9), *range(14, 32), *range(127, 160)]
    assert all(clean_text(chr(c)) == ("\n" if c in breaks else "") for c in controls)
    assert clean_text("a\udfffb\ud800") == "ab"


def _assert_article_clean(article, texts=ARTICLE_TEXTS):
    article = Article.objects.get(pk=article.pk)
    for name in ARTICLE_LINES:
        assert getattr(article, name) == CLEAN_LINE, name
    for name in texts:
        assert getattr(article, name) == CLEAN_TEXT, name
    assert article.body == f"<p>{CLEAN_TEXT}</p>"


def _dirty_fields(dirty=DIRTY):
    return dict.fromkeys(ARTICLE_LINES + ARTICLE_TEXTS, dirty) | {"body": f"<p>{dirty}</p>"}


def test_article_text_is_cleaned_through_the_service():
    _assert_article_clean(ArticleFactory(**_dirty_fields()))


def test_article_text_is_cleaned_by_a_plain_create_and_save_in_the_shell():
    section = SectionFactory()
    article = Article.objects.create(slug="dal-shell", section=section, **_dirty_fields())
    _assert_article_clean(article)
    article.title = "Di nuovo\x0bsporco"
    article.save()
    assert Article.objects.get(pk=article.pk).title == "Di nuovo sporco"
    assert article.title == "Di nuovo sporco"  # the instance in hand, too


def test_library_picture_texts_are_cleaned():
    picture = PictureFactory(**dict.fromkeys(PICTURE_LINES, DIRTY))
    picture.refresh_from_db()
    for name in PICTURE_LINES:
        assert getattr(picture, name) == CLEAN_LINE, name


def test_a_queryset_update_is_cleaned_too():
    article = ArticleFactory()
    Article.objects.filter(pk=article.pk).update(title=DIRTY, standfirst=DIRTY)
    article.refresh_from_db()
    assert (article.title, article.standfirst) == (CLEAN_LINE, CLEAN_TEXT)


def test_article_text_is_cleaned_through_the_admin_and_a_nul_is_not_refused(admin_user_client):
    article = ArticleFactory()
    url = reverse("admin:articles_article_change", args=[article.pk])
    fields = _dirty_fields(POSTED)
    response = admin_user_client.post(url, change_form_data(admin_user_client, article, **fields))
    assert response.status_code == 302, response.context["adminform"].form.errors
    _assert_article_clean(article, texts=["standfirst"])


def test_a_public_correction_is_cleaned_too():
    correction = Correction.objects.create(article=ArticleFactory(), text=DIRTY)
    correction.refresh_from_db()
    assert correction.text == CLEAN_TEXT


def test_author_section_and_consent_texts_are_cleaned_on_every_save():
    author = author_save(author=Author(name=DIRTY, slug="sporco", bio=DIRTY))
    section = Section.objects.create(name=DIRTY, slug="sporca", description=DIRTY)
    category = ConsentCategory.objects.get(key="statistics")
    category.name, category.description = DIRTY, DIRTY
    category.save()
    service = ConsentService.objects.create(
        category=category, name=DIRTY, provider=DIRTY, purpose=DIRTY, duration=DIRTY
    )
    policy = ConsentPolicy.load()
    policy.privacy_policy = DIRTY
    policy.save()
    for obj, lines, texts in [
        (author, ["name"], ["bio"]),
        (section, ["name"], ["description"]),
        (category, ["name"], ["description"]),
        (service, ["name", "provider", "duration"], ["purpose"]),
        (policy, [], ["privacy_policy"]),
    ]:
        obj.refresh_from_db()
        assert [getattr(obj, f) for f in lines] == [CLEAN_LINE] * len(lines), obj
        assert [getattr(obj, f) for f in texts] == [CLEAN_TEXT] * len(texts), obj


def test_author_and_section_admin_forms_store_clean_text(admin_user_client):
    author = AuthorFactory()
    admin_user_client.post(
        reverse("admin:articles_section_add"),
        {"name": POSTED, "slug": "dal-form", "description": POSTED, "order": 0, "tone": "red"},
    )
    section = Section.objects.get(slug="dal-form")
    assert (section.name, section.description) == (CLEAN_LINE, CLEAN_TEXT)
    author.name = DIRTY
    author.save()
    assert Author.objects.get(pk=author.pk).name == CLEAN_LINE


def test_tag_names_are_cleaned():
    article = ArticleFactory(tags=["Città\x0b30"])
    assert list(article.tags.values_list("name", flat=True)) == ["Città 30"]
    assert Tag.objects.get().name == "Città 30"


def test_feeds_and_the_news_sitemap_stay_valid_xml_after_a_dirty_shell_save(client):
    article = ArticleFactory()
    Article.objects.filter(pk=article.pk).update(title=DIRTY, standfirst=DIRTY)
    article = Article.objects.get(pk=article.pk)
    article.kicker = DIRTY
    article.save()
    for name in ("feed", "feed_atom", "news_sitemap"):
        response = client.get(reverse(f"articles:{name}"))
        assert response.status_code == 200, name
        ET.fromstring(response.content)
    assert CLEAN_LINE in client.get(reverse("articles:feed")).content.decode()


def test_search_vector_and_revisions_hold_the_clean_text():
    article = services.article_save(
        article=ArticleFactory.build(section=SectionFactory(), title=DIRTY, slug="rev")
    )
    from reversion.models import Version

    stored = Version.objects.get_for_object(article).first().field_dict["title"]
    assert stored == CLEAN_LINE


def test_author_links_are_cleaned_and_their_form_fields_still_check_the_address():
    author = Author.objects.create(name="A", slug="link", website="https://example.com/\x00a\x0b")
    assert Author.objects.get(pk=author.pk).website == "https://example.com/a"
    field = Author._meta.get_field("website").formfield()
    assert field.clean("https://example.com/b\x00") == "https://example.com/b"
    with pytest.raises(ValidationError):
        field.clean("javascript:alert(1)")
