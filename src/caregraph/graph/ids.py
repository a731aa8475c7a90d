"""Node ids: stable, readable and NMTOKEN-safe, made from an entity's name, never its type.

An entity's id is the slug of its label (`jane-porter`), so one more document that flips
a type vote leaves every id as it was. Two entities whose labels slug alike get a
disambiguator, deterministically: the one first seen (by its first document, then label)
keeps the bare slug, the others get `-2`, `-3`, ... in that order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ..core.records import Entity
from ..core.text import unique_id


def slug(text: str) -> str:
    """An NMTOKEN-safe, readable id part: ascii letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-").lower() or "x"


def node_ids(entities: Sequence[Entity]) -> dict[str, str]:
    """{entity key: node id} for merged entities."""
    ids: dict[str, str] = {}
    used: set[str] = set()

    def order(e: Entity) -> tuple[str, str, str, str, str]:
        return (slug(e.label), e.documents[0] if e.documents else "", e.label, e.type, e.key)

    for entity in sorted(entities, key=order):
        ids[entity.key] = unique_id(slug(entity.label), used)
    return ids


def document_ids(doc_ids: Sequence[str], *, taken: set[str]) -> dict[str, str]:
    """Document node ids, unique even where two ids slug alike ("a b" and "a-b")."""
    ids: dict[str, str] = {}
    used = set(taken)
    for doc_id in sorted(set(doc_ids)):
        ids[doc_id] = unique_id("document-" + slug(doc_id), used)
    return ids
