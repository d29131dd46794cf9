"""The demo newsroom: its content, its pictures and the commands that load it.

Development and test tooling, not product code: it is left out of the wheel
and is an installed app only when ``DEMO`` is on (by default, with ``DEBUG``).
"""
