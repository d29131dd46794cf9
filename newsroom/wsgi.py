"""The WSGI application gunicorn serves (``gunicorn newsroom.wsgi``), its
long-lived objects kept out of the garbage collector (newsroom.collector)."""

import os

from django.core.wsgi import get_wsgi_application

from newsroom.collector import FreezingAfterWarmUp, freeze_long_lived

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

application = get_wsgi_application()
freeze_long_lived()
application = FreezingAfterWarmUp(application)
