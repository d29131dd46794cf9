"""``{% keep "name" part… %}…{% endkeep %}``: a part of a page rendered once
and shared by every reader, under ``newsroom.fragments.remember``'s rules
(retired when public content changes, never past the next clock moment).

Only for markup that is the same for every request: no consent state, no
request path, no user, no form token. A preview renders it afresh, since it
may show what readers must not see yet. The values it shows should reach the
template lazily (a callable, a lazy object), so a kept part costs neither its
queries nor its rendering.
"""

import hashlib

from django import template

from newsroom.fragments import remember

register = template.Library()


class KeepNode(template.Node):
    def __init__(self, nodelist, parts):
        self.nodelist, self.parts = nodelist, parts

    def render(self, context):
        if context.get("is_preview"):
            return self.nodelist.render(context)
        name = "\x1f".join(str(part.resolve(context)) for part in self.parts)
        # Hashed: parts may be addresses, and cache keys must stay short and plain.
        digest = hashlib.sha256(name.encode()).hexdigest()[:32]
        return remember(f"html:{digest}", lambda: self.nodelist.render(context))


@register.tag
def keep(parser, token):
    parts = token.split_contents()[1:]
    if not parts:
        raise template.TemplateSyntaxError("{% keep %} needs a name")
    nodelist = parser.parse(("endkeep",))
    parser.delete_first_token()
    return KeepNode(nodelist, [parser.compile_filter(part) for part in parts])
