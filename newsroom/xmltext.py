"""Text that can go into XML 1.0, whatever was stored.

Control characters (a vertical tab pasted from Word, an escape code) are not
allowed in XML 1.0 at all, not even escaped: one of them makes a whole feed or
sitemap unreadable. Everything written into XML passes through here.
"""

import re

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value) -> str:
    return _NOT_XML.sub("", str(value)) if value is not None else ""
