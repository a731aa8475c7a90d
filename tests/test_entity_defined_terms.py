"""Terms of law, practice or research written in capitals and defined by an acronym (issue 15,
session 23): "a regional Memorandum of Understanding (MoU)", "at risk of Child Sexual
Exploitation (CSE)", "the first Randomised Controlled Trial (RCT)", "a Special Guardianship Order
(SGO)". Their last word is a term's or an order's head word (schema term_heads, order_heads) and
only NER took them, or their acronym, for a body or a person: neither is an entity. Bodies named
without a head noun and defined by an acronym stay ("Action for Children (AfC)"), as do bodies
whose last word is a term's but which a plural word for people, a preposition or a head noun
marks as a name ("Parents Against Child Exploitation", "Centre for Child Exploitation")."""

from __future__ import annotations

import pytest

from helpers import text_entities as entities


@pytest.mark.model
@pytest.mark.parametrize(("text", "term", "acronym"), [
    ("The Westby councils signed a regional Memorandum of Understanding (MoU), which binds them. "
     "The MoU runs to 2030.", "Memorandum of Understanding", "MoU"),
    ("Inspectors looked at children at risk of Child Sexual Exploitation (CSE) in Westby.",
     "Child Sexual Exploitation", "CSE"),
    ("The Harbour Trust will carry out the first Randomised Controlled Trial (RCT) of the model.",
     "Randomised Controlled Trial", "RCT"),
    ("The court made a Special Guardianship Order (SGO) for the child, and the SGO ended the care order.",
     "Special Guardianship Order", "SGO"),
])
def test_a_capitalised_term_with_its_acronym_is_no_entity(extractor, text, term, acronym):
    found = entities(extractor, text)
    assert term not in found
    assert acronym not in found


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("The charity Action for Children (AfC) said the plan was late.", "Action for Children"),
    ("Adoption Central England (ACE) placed 40 children last year.", "Adoption Central England"),
    ("Parents Against Child Exploitation (PACE) said the plan would help families.",
     "Parents Against Child Exploitation"),
    ("The Centre for Child Exploitation (CCE) published new figures on Monday.", "Centre for Child Exploitation"),
    ("The Harbour Order of Nurses (HON) trained 40 staff in Westby.", "Harbour Order of Nurses"),
])
def test_a_body_defined_by_its_acronym_stays(extractor, text, name):
    assert name in entities(extractor, text)
