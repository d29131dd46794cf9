from datetime import timedelta

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from articles import services
from articles.models import Article, ArticleAuthor, Section
from articles.workflow import Status
from authors.models import Author
from media import services as media_services
from media.models import Gallery, Picture
from tests.support.images import image_file, jpeg_bytes  # noqa: F401 (re-exported for tests)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]

    username = factory.Sequence(lambda n: f"utente{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.django.Password("password-di-prova")

    class Params:
        staff = factory.Trait(is_staff=True)
        superuser = factory.Trait(is_staff=True, is_superuser=True)


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Sezione {n}")
    slug = factory.Sequence(lambda n: f"sezione-{n}")
    description = "Notizie di prova."


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Giornalista {n}")
    slug = factory.Sequence(lambda n: f"giornalista-{n}")
    bio = "Scrive di automobili da vent'anni."


class PictureFactory(factory.django.DjangoModelFactory):
    """A library picture, uploaded through the service like the desk's (``image``:
    the file; a 960x540 JPEG unless given: small enough to render fast)."""

    class Meta:
        model = Picture

    title = factory.Sequence(lambda n: f"Foto di prova {n}")
    caption = "La nuova berlina in prova su strada"
    alt = "Una berlina rossa su una strada di collina"
    credit = "Ufficio stampa"

    @classmethod
    def _create(cls, model_class, *args, image=None, **kwargs):
        picture = media_services.picture_ingest(upload=image or image_file(width=960, height=540))
        for field, value in kwargs.items():
            setattr(picture, field, value)
        return media_services.picture_save(picture=picture)


class GalleryFactory(factory.django.DjangoModelFactory):
    """A gallery of ``size`` new pictures (or of ``pictures``)."""

    class Meta:
        model = Gallery

    title = factory.Sequence(lambda n: f"Galleria {n}")

    @classmethod
    def _create(cls, model_class, *args, pictures=None, size=3, **kwargs):
        pictures = pictures if pictures is not None else PictureFactory.create_batch(size)
        return media_services.gallery_save(gallery=model_class(**kwargs), pictures=pictures)


class ArticleFactory(factory.django.DjangoModelFactory):
    """Articles are published an hour ago unless a trait says otherwise."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Notizia numero {n} sul mercato dell'auto")
    slug = factory.Sequence(lambda n: f"notizia-{n}")
    kicker = "Mercato"
    standfirst = "Un sommario di prova in italiano."
    body = "<p>Il testo dell'articolo, in italiano.</p>"
    section = factory.SubFactory(SectionFactory)
    status = Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))

    class Params:
        draft = factory.Trait(status=Status.DRAFT, published_at=None)
        scheduled = factory.Trait(
            status=Status.PUBLISHED,
            published_at=factory.LazyFunction(lambda: timezone.now() + timedelta(days=1)),
        )
        published = factory.Trait(status=Status.PUBLISHED)
        # Passes every pre-publish check (articles.checks): a wide lead image
        # with alt text and credit, a standfirst long enough for search engines.
        ready = factory.Trait(
            lead_picture=factory.LazyFunction(
                lambda: PictureFactory(
                    image=image_file("pronta.jpg", width=1280, height=720),
                    alt="Un'auto di prova ferma davanti alla redazione",
                    credit="Foto della redazione",
                )
            ),
            standfirst="Un sommario di prova in italiano, lungo abbastanza per i motori di ricerca.",
        )

    tags = None  # tag names, saved with the article by the service

    @classmethod
    def _create(cls, model_class, *args, tags=None, **kwargs):
        # Through the service, like the admin: images get cleaned and rendered,
        # tags and the search vector saved together.
        return services.article_save(article=model_class(*args, **kwargs), tags=tags)

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if not create:
            return
        for position, author in enumerate(extracted or [AuthorFactory()]):
            ArticleAuthor.objects.create(article=self, author=author, position=position)


def write_raw(instance, **values) -> None:
    """Store ``values`` exactly, past every field's cleaning: what a raw SQL fix
    or an old import leaves in the database."""
    from django.db import connection

    quote = connection.ops.quote_name
    assignments = ", ".join(
        f"{quote(instance._meta.get_field(name).column)} = %s" for name in values
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {quote(instance._meta.db_table)} SET {assignments} WHERE id = %s",
            [*values.values(), instance.pk],
        )
