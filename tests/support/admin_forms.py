"""What the article change form posts, for tests that drive the admin over HTTP."""

from django.urls import reverse

# The "Leggi anche" inline, empty unless a test fills it.
NO_READ_ALSO = {
    "read_also-TOTAL_FORMS": "0",
    "read_also-INITIAL_FORMS": "0",
    "read_also-MIN_NUM_FORMS": "0",
    "read_also-MAX_NUM_FORMS": "1000",
}


def change_form_data(client, article, **changes):
    """What the admin form of ``article`` posts back, as opened now, plus changes."""
    page = client.get(reverse("admin:articles_article_change", args=[article.pk]))
    form = page.context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if name == "tags":
            data[name] = ", ".join(t.name for t in article.tags.all())
        elif value is not None:
            data[name] = value
    credits = list(article.credits.all())
    picks = list(article.read_also.all())
    data.update(
        {
            "read_also-TOTAL_FORMS": str(len(picks)),
            "read_also-INITIAL_FORMS": str(len(picks)),
            "read_also-MIN_NUM_FORMS": "0",
            "read_also-MAX_NUM_FORMS": "1000",
            "credits-TOTAL_FORMS": str(len(credits)),
            "credits-INITIAL_FORMS": str(len(credits)),
            "credits-MIN_NUM_FORMS": "1",
            "credits-MAX_NUM_FORMS": "1000",
        }
    )
    for i, credit in enumerate(credits):
        data.update(
            {
                f"credits-{i}-id": credit.pk,
                f"credits-{i}-article": article.pk,
                f"credits-{i}-author": credit.author_id,
                f"credits-{i}-position": credit.position,
            }
        )
    for i, pick in enumerate(picks):
        data.update(
            {
                f"read_also-{i}-id": pick.pk,
                f"read_also-{i}-article": article.pk,
                f"read_also-{i}-target": pick.target_id,
                f"read_also-{i}-position": pick.position,
            }
        )
    data.update(changes)
    return data


def article_add_data(section, author, **extra):
    """What the add form of an article posts: a complete draft, plus ``extra``."""
    data = {
        "kicker": "Prove",
        "title": "Prova su strada della nuova utilitaria",
        "slug": "prova-utilitaria",
        "standfirst": "Il sommario che non deve andare perso.",
        "body": "<p>Il testo che non deve andare perso.</p>",
        "lead_picture": "",
        "gallery": "",
        "kind": "news",
        "section": section.pk,
        "tags": "Prove, Utilitarie",
        "credits-TOTAL_FORMS": "1",
        "credits-INITIAL_FORMS": "0",
        "credits-MIN_NUM_FORMS": "1",
        "credits-MAX_NUM_FORMS": "1000",
        "credits-0-author": author.pk,
        "credits-0-position": "0",
        **NO_READ_ALSO,
    }
    data.update(extra)
    return data
