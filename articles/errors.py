"""Refusals of operations on articles, each with a message fit for the editor."""

from django.core.exceptions import PermissionDenied, ValidationError


class ArticleError(ValidationError):
    """A refused operation on an article, with a message fit for the editor."""


class NotAllowed(ArticleError, PermissionDenied):
    """The actor's role does not allow this operation."""


class EditConflict(ArticleError):
    """Someone else saved the article after this editor opened it."""
