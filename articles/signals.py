"""What articles tell the apps built on top of them, without knowing them.

``articles`` must not import ``desk`` (apps depend downward), yet the desk
notifies people when a piece moves through the workflow. One signal, sent
by ``services.article_transition`` only and only once the transaction has
committed (``on_commit(robust=True)``): a listener never sees a step that
was rolled back, and a failing listener (a mail server down) is logged and
never undoes or breaks the step itself. No business rule lives in a
listener: it only reports what already happened.
"""

from django.dispatch import Signal

# Sent with ``article`` (the Article as saved) and ``step`` (its ArticleTransition).
article_transitioned = Signal()
