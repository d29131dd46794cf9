"""Users in the newsroom roles created by the roles migration."""

from django.contrib.auth.models import Group

from tests.support.factories import UserFactory


def role_user(role: str | None, username: str | None = None):
    user = UserFactory(username=username or f"utente-{(role or 'nessuno').lower()}", staff=True)
    if role:
        user.groups.add(Group.objects.get(name=role))
    # Permissions are cached per instance: return a fresh one.
    return type(user).objects.get(pk=user.pk)
