"""``{% keep "name" part… %}…{% endkeep %}``: a part of a page rendered once
and shared by every reader, under ``newsroom.fragments.remember``'s rules
(retired when public content changes, never past the next clock moment).

Only for markup that is the same for every request: no consent state, no
request path, no user, no form token. A preview renders it afresh, since it
may show what readers must not see yet. The values it shows should reach the
template lazily (a callable, a lazy object), so a kept part costs neither its
queries nor its rendering. A value of the request's own inside a kept part
goes in a ``{% hole value %}``: kept as a mark, filled in at each request
(a search's snippet in a kept search result).

``{% consent_banner %}`` is kept the same way, once for each consent state.
"""

import hashlib

from django import template
from django.template.base import render_value_in_context
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from newsroom.fragments import remember, remember_each

register = template.Library()


class HoleNode(template.Node):
    mark = ""  # set by its {% keep %}

    def __init__(self, value):
        self.value = value

    def render(self, context):
        return self.mark

    def fill(self, html: str, context) -> str:
        return html.replace(
            self.mark, render_value_in_context(self.value.resolve(context), context)
        )


class KeepNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist, self.parts = nodelist, parts
        self.holes = nodelist.get_nodes_by_type(HoleNode)
        # Numbered, not named after anything of this process: the kept markup
        # is shared by every worker through the cache, and outlives restarts.
        # A private-use character: escaping leaves the mark as it is.
        for n, hole in enumerate(self.holes):
            hole.mark = f"\ue000hole{n}\ue000"

    def render(self, context):
        return mark_safe(self.kept([None], context)[0])  # noqa: S308 (see kept)

    def kept(self, items, context, var=None, prepare=None) -> list[str]:
        """The part once for each item (``var`` set to it), the kept ones
        read in one go, their holes filled from the item's own context.
        ``prepare`` is told, before, the items whose part is rendered, and
        may answer those it cannot show after all: their part is empty."""

        def each(n):
            return context.push({var: items[n]} if var else {})

        names = []
        for n in range(len(items)):
            with each(n):
                names.append("\x1f".join(str(part.resolve(context)) for part in self.parts))

        skipped = set()

        def prepared(indices):
            skipped.update(prepare(indices) or ())

        def render(n):
            if n in skipped:
                return ""
            with each(n):
                return self.nodelist.render(context)

        if context.get("is_preview"):
            if prepare:
                prepared(list(range(len(items))))
            htmls = [render(n) for n in range(len(items))]
        else:
            # Hashed: parts may be addresses, and cache keys must stay short and plain.
            keys = [f"html:{hashlib.sha256(name.encode()).hexdigest()[:32]}" for name in names]
            htmls = remember_each(keys, render, prepared if prepare else None)
        for n, html in enumerate(htmls):
            with each(n):
                for hole in self.holes:
                    html = hole.fill(html, context)
            htmls[n] = html
        # Rendered by the template engine, holes escaped by render_value_in_context.
        return htmls


class KeepEachNode(KeepNode):
    def __init__(self, nodelist, var, sequence, parts):
        super().__init__(nodelist, parts)
        self.var, self.sequence = var, sequence

    def render(self, context):
        sequence = self.sequence.resolve(context, ignore_failures=True) or ()
        items = list(sequence)
        # A list may read what its items' parts show only for those rendered,
        # and answer those it cannot show after all (gone since): left out.
        ready = getattr(sequence, "prepare_rendered", None)

        def prepare(indices):
            lost = {id(item) for item in ready([items[n] for n in indices]) or ()}
            return [n for n in indices if id(items[n]) in lost]

        htmls = self.kept(items, context, self.var, prepare if ready else None)
        return mark_safe("".join(htmls))  # noqa: S308 (see kept)


@register.tag
def keep(parser, token):
    parts = token.split_contents()[1:]
    if not parts:
        raise template.TemplateSyntaxError("{% keep %} needs a name")
    nodelist = parser.parse(("endkeep",))
    parser.delete_first_token()
    return KeepNode(nodelist, [parser.compile_filter(part) for part in parts])


@register.tag
def keep_each(parser, token):
    """``{% keep_each item in items "name" part… %}…{% endkeep_each %}``: a
    ``{% keep %}`` for each item of a list, all read from the cache at once.
    A list with a ``prepare_rendered(items)`` method is told, before, which
    items' parts must be rendered (not kept)."""
    bits = token.split_contents()
    if len(bits) < 5 or bits[2] != "in":
        raise template.TemplateSyntaxError(
            '{% keep_each %} is written {% keep_each item in items "name" part… %}'
        )
    nodelist = parser.parse(("endkeep_each",))
    parser.delete_first_token()
    parts = [parser.compile_filter(part) for part in bits[4:]]
    return KeepEachNode(nodelist, bits[1], parser.compile_filter(bits[3]), parts)


KEEPS = ("keep", "keep_each")


@register.tag
def hole(parser, token):
    """``{% hole value %}``, inside ``{% keep %}`` or ``{% keep_each %}`` only,
    and filled where the keep stands: not in a loop or a ``{% with %}`` (their
    values are gone by then), nor in a keep inside another (the outer one
    would keep the value)."""
    commands = [command for command, _token in parser.command_stack]
    keeps = [n for n, command in enumerate(commands) if command in KEEPS]
    if len(keeps) != 1:
        raise template.TemplateSyntaxError("{% hole %} belongs inside one {% keep %}")
    if any(command != "if" for command in commands[keeps[0] + 1 : -1]):
        raise template.TemplateSyntaxError(
            "{% hole %} stands in its {% keep %} itself or in an {% if %} there"
        )
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% hole %} takes one value")
    return HoleNode(parser.compile_filter(bits[1]))


# Stands for the address the banner's forms return to; escaping leaves it alone.
_RETURN_ADDRESS = "\ue000next\ue000"


@register.simple_tag(takes_context=True)
def consent_banner(context):
    """The cookie banner and its preferences panel, kept for each consent state.

    Rendering them cost more than the rest of a kept article page. They differ
    between readers only by what the reader's consent shows (the variant the
    page cache keys pages by) and by the page they return to, which is put in
    after; the configuration's token retires them when admins change it."""
    consent, request = context.get("consent"), context.get("request")
    if not consent:
        return ""
    html = remember(
        f"consent-banner:{consent.config_token}:{consent.variant}:{get_language()}",
        lambda: render_to_string(
            "partials/consent_banner.html",
            {
                "show": consent.show_banner,
                "rows": consent.categories_for_form,
                "next": _RETURN_ADDRESS,
            },
        ),
    )
    # The template escaped the address where it stood; so is the one put there.
    address = request.get_full_path() if request else ""
    return mark_safe(html.replace(_RETURN_ADDRESS, escape(address)))  # noqa: S308
