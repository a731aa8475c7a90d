"""Lists of names after an honorific of more than one person: "Councillors Hale, Roe and Poe
attended", "Cllrs Hale, Roe and Poe called on the council", "Messrs Hale and Roe". The honorific
styles each name of the list, not only the first one beside it: each member is a person, however
NER took it (a surname that is also a place's name, "Eastby", or two surnames NER ran together,
"Roe and Poe")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ...core.ontology import PERSON
from ...core.schema import EntityRules
from ..syntax import tokens_of
from .places import list_members
from .voters import Candidate, head_type

__all__ = ["styled_list_candidates"]

# a member of the list is a name of one to three words ("Hale", "J Hale", "Jane Hale")
_MAX_WORDS = 3


def styled_list_candidates(doc: Doc, rules: EntityRules) -> Iterator[Candidate]:
    """A Person for each member of a list of two or more names right after a capitalised
    plural honorific (`rules.plural_honorifics`), the first member included; not a member with a
    head noun of another type ("Westby Borough Council"), nor one longer than a name."""
    plurals = rules.plural_honorifics
    if not plurals:
        return
    lowered = doc.text.lower()
    if not any(p in lowered for p in plurals):
        return  # (most pages name no such list: the tokens are not read)
    toks = tokens_of(doc)
    weight = rules.weights["honorific"]
    for tok in toks:
        if tok.lower_.rstrip(".") not in plurals or not tok.text[:1].isupper():
            continue
        for start, end in list_members(doc, tok.i + 1):
            if end - start > _MAX_WORDS or head_type(doc[start:end], rules)[0] not in (None, PERSON):
                continue
            yield Candidate(start, end, "honorific:list", [(PERSON, weight)], priority=3)
