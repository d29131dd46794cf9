"""Control characters pasted from Word make a file unreadable as XML 1.0: the
parser stops at the first one, raw or written as ``&#11;``. They are turned
into spaces of the same length on the way in, so the line and column of any
real error stay exact.
"""

import re

_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_CONTROL_REFS = re.compile(
    rb"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01])|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]));"
)
_LONGEST_REF = 12


class XmlSafeReader:
    """A binary file whose control characters (raw or as ``&#11;``) read as spaces."""

    def __init__(self, raw):
        self.raw = raw
        self.pending = b""

    def read(self, size: int = -1) -> bytes:
        while True:
            chunk = self.raw.read(size if size and size > 0 else -1)
            data, self.pending = self.pending + chunk, b""
            if chunk:  # a character reference may be cut at the chunk's end
                cut = data.rfind(b"&", max(0, len(data) - _LONGEST_REF))
                if cut != -1 and b";" not in data[cut:]:
                    data, self.pending = data[:cut], data[cut:]
            if data or not chunk:
                break
        data = _CONTROL_BYTES.sub(b" ", data)
        return _CONTROL_REFS.sub(lambda m: b" " * len(m.group()), data)
