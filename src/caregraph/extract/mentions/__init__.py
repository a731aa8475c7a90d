"""Mentions: the spans of a parsed document that name entities. voters.py proposes candidate
spans with type votes; choose.py settles overlaps and keeps the mentions."""

from .choose import find_mentions
from .voters import EntityMatchers, compile_matchers, named_proposals

__all__ = ["EntityMatchers", "compile_matchers", "find_mentions", "named_proposals"]
