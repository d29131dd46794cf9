"""The desk's "Leggi anche": articles an editor picks for an article, in order,
shown before the automatic related ones (only those readers may see)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import Article


class ReadAlso(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="read_also")
    target = models.ForeignKey(
        Article,
        verbose_name=_("article to read"),
        on_delete=models.CASCADE,
        related_name="picked_by",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("“Read also” article")
        verbose_name_plural = _("Read also (in order)")
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["article", "target"], name="unique_read_also"),
            models.CheckConstraint(
                condition=~models.Q(article=models.F("target")), name="read_also_not_itself"
            ),
        ]

    def __str__(self):
        return str(self.target)


def read_also_for(article: Article, *, at=None) -> list[Article]:
    """The picks readers may see, in the desk's order."""
    return list(
        Article.objects.published(at=at)
        .for_cards()
        .filter(picked_by__article=article)
        .order_by("picked_by__position", "picked_by__pk")
    )
