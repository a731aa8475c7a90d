"""The relation rule kinds, one module per shape; importing this package registers them all
(registry.KINDS)."""

from . import lists, possessive, proposals, roles, setting, speech, verb

__all__ = ["lists", "possessive", "proposals", "roles", "setting", "speech", "verb"]
