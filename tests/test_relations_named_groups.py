"""PART_OF by a body named as it is formed: "an agency with A and B, which would be known as Y", "a
shared service arrangement with A, B and C. The new agency to be known as Y" (relations/kinds/partners.py,
`named_group`). Invented sentences through the trained pipeline, each with a near miss that must not fire,
and a hand-built parse of a list the parser hung inside a name."""

from __future__ import annotations

import pytest
import spacy

from caregraph.core.ontology import ORGANISATION
from helpers import hand_parse, relations_found
from helpers import text_relations as relations

_VOCAB = spacy.blank("en").vocab

_MEMBERS = ("Westshire County Council", "Eastby Borough Council")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "formed"),
    [
        # the "with" phrase and the naming in one sentence
        ("The report set out plans for the creation of a new agency with Westshire County Council and Eastby "
         "Borough Council, which would be known as Harbour Adoption Partnership.", True),
        # the naming in the next sentence, of a definite noun of grouping
        ("Cabinet agreed to join a shared service arrangement with Westshire County Council and Eastby Borough "
         "Council. The new agency to be known as Harbour Adoption Partnership.", True),
        # a verb of agreeing with bodies is no grouping of them
        ("The report agreed with Westshire County Council and Eastby Borough Council, which would be known as "
         "Harbour Adoption Partnership.", False),
        # an indefinite noun in the next sentence does not take up the list before it
        ("Cabinet agreed to join a shared service arrangement with Westshire County Council and Eastby Borough "
         "Council. A new agency to be known as Harbour Adoption Partnership was set up elsewhere.", False),
        # the "with" phrase's grouping ended, another noun named in the next clause
        ("Cabinet ended its shared service arrangement with Westshire County Council and Eastby Borough Council, "
         "and its adoption service will now be known as Harbour Adoption Partnership.", False),
        # a naming denied
        ("The report set out plans for a new agency with Westshire County Council and Eastby Borough Council, "
         "which would not be known as Harbour Adoption Partnership.", False),
    ],
)
def test_partners_of_a_body_named_as_it_is_formed_are_part_of_it(extractor, text, formed) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    expected = {(member, "PART_OF", "Harbour Adoption Partnership") for member in _MEMBERS}
    assert (expected <= found) is formed
    if not formed:
        assert not any(rel == "PART_OF" and source in _MEMBERS for source, rel, _target in found)



# "an agency with the London Borough of Westby and Eastby County Council, which would be known as Harbour
# Partnership", parsed as the trained parser reads it: the second name the object of the first one's "of"
_HUNG = [
    ("an", 1, "det", "DET", "an"), ("agency", 1, "ROOT", "NOUN", "agency"), ("with", 1, "prep", "ADP", "with"),
    ("the", 5, "det", "DET", "the"), ("London", 5, "compound", "PROPN", "London"),
    ("Borough", 2, "pobj", "PROPN", "Borough"), ("of", 5, "prep", "ADP", "of"),
    ("Westby", 11, "nmod", "PROPN", "Westby"), ("and", 7, "cc", "CCONJ", "and"),
    ("Eastby", 11, "compound", "PROPN", "Eastby"), ("County", 11, "compound", "PROPN", "County"),
    ("Council", 6, "pobj", "PROPN", "Council"), (",", 11, "punct", "PUNCT", ","),
    ("which", 16, "nsubjpass", "PRON", "which"), ("would", 16, "aux", "AUX", "would"),
    ("be", 16, "auxpass", "AUX", "be"), ("known", 11, "relcl", "VERB", "VBN", "know"),
    ("as", 16, "prep", "ADP", "as"), ("Harbour", 19, "compound", "PROPN", "Harbour"),
    ("Partnership", 17, "pobj", "PROPN", "Partnership"), (".", 1, "punct", "PUNCT", "."),
]


def test_a_list_the_parser_hung_inside_a_name_still_lists_each_partner(schema) -> None:  # type: ignore[no-untyped-def]
    rows = [(*r[:4], "VBN" if len(r) == 6 else "", r[-1]) for r in _HUNG]
    doc = hand_parse(_VOCAB, [(w, h, d, p, t or ("NNP" if p == "PROPN" else "XX"), lemma) for w, h, d, p, t, lemma in rows])
    names = [(3, 8, ORGANISATION), (9, 12, ORGANISATION), (18, 20, ORGANISATION)]
    found = relations_found(doc, names, schema)
    assert {("the London Borough of Westby", "PART_OF", "Harbour Partnership"),
            ("Eastby County Council", "PART_OF", "Harbour Partnership")} <= found
