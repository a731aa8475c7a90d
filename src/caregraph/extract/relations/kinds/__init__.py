"""The relation rule kinds, one module per shape; importing this package registers them all
(registry.KINDS)."""

from . import (
    answers,
    bylines,
    commitment,
    council,
    evidence_pages,
    final_report,
    funding,
    held_posts,
    known,
    lists,
    ministers,
    naming,
    nominal,
    partners,
    parts,
    possessive,
    proposals,
    quotation,
    reaction,
    roles,
    rosters,
    setting,
    signed,
    speech,
    stance_nouns,
    urging,
    verb,
)

__all__ = ["answers", "bylines", "commitment", "council", "evidence_pages", "final_report", "funding", "held_posts", "known", "lists", "ministers", "naming", "nominal", "partners", "parts", "possessive", "proposals", "quotation", "reaction", "roles",
           "rosters", "setting", "signed", "speech", "stance_nouns", "urging", "verb"]
