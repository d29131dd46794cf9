"""``static()`` resolved when used, not when imported: settings can name a
static file whose final URL (hashed by the manifest storage) is known only
once the apps are ready."""

from django.utils.functional import lazy


def _static(path: str) -> str:
    from django.templatetags.static import static

    return static(path)


static_lazy = lazy(_static, str)
