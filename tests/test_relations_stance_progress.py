"""Stance shapes of session 9: a quotation praising a named text, programme or proposal as a step
of progress or with a marking verb ("the X Framework is an important step forward", "Y represents
a major step change"), a speaker's feeling about what they see ("we are pleased to see the X
pilot is progressing"), and a guard of the verb kind (a trigger inside the words that name the
proposal). Invented sentences and names, each with near misses: the quotation tests use the
trained pipeline, the verb-kind tests parses built by hand."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import ORGANISATION, RECOMMENDATION
from helpers import hand_parse as parse
from helpers import relations_found as found
from helpers import text_relations as relations
from helpers import with_known_fact


def _said(quote: str) -> str:
    return f"Jane Porter, director of the Harbour Trust, said:\n\n\u201c{quote}\u201d"


# --- a quotation's noun of progress or praise, with the copula or a marking verb


@pytest.mark.model
@pytest.mark.parametrize(
    ("quote", "target"),
    [
        ("The Westshire Care Framework is an important step forward for families.", "Westshire Care Framework"),
        ("The Northshire Families Programme represents a major step forward in how we support children.",
         "Northshire Families Programme"),
        ("The Westshire Kinship Strategy represents an important step change for kinship care.",
         "Westshire Kinship Strategy"),
        ("The Northshire Care Bill marks a significant step towards stable homes.", "Northshire Care Bill"),
        # a noun of praise with a marking verb, as with the copula
        ("The Northshire Care Bill marks a milestone for carers.", "Northshire Care Bill"),
    ],
)
def test_a_step_of_progress_in_a_quotation_is_the_speakers_support(extractor, quote, target):
    assert ("Jane Porter", "SUPPORTS", target) in relations(extractor, _said(quote))


@pytest.mark.model
@pytest.mark.parametrize(
    ("quote", "target"),
    [
        # no word of progress on the step
        ("The Westshire Care Framework is a first step.", "Westshire Care Framework"),
        # a step back
        ("The Northshire Care Bill represents a step backwards for carers.", "Northshire Care Bill"),
        ("The Westshire Kinship Strategy is a step in the wrong direction.", "Westshire Kinship Strategy"),
        # what it ought to be or would be, not what it is
        ("The Northshire Care Bill must be a major step forward for carers.", "Northshire Care Bill"),
        ("The Northshire Care Bill would be a major step forward for carers.", "Northshire Care Bill"),
        # negated
        ("The Westshire Kinship Strategy is not a step forward.", "Westshire Kinship Strategy"),
    ],
)
def test_no_support_without_a_stated_step_of_progress(extractor, quote, target):
    assert ("Jane Porter", "SUPPORTS", target) not in relations(extractor, _said(quote))


@pytest.mark.model
def test_a_step_forward_in_someone_elses_quotation_is_theirs(extractor):
    text = (_said("Families across the county need more help.") + "\n\nTom Reed, chair of Kestrel Aid, said:\n\n"
            "\u201cThe Westshire Care Framework is an important step forward.\u201d")
    found_ = relations(extractor, text)
    assert ("Tom Reed", "SUPPORTS", "Westshire Care Framework") in found_
    assert ("Jane Porter", "SUPPORTS", "Westshire Care Framework") not in found_


# --- a feeling about what the speaker sees: "we are pleased to see Y is progressing"


@pytest.mark.model
@pytest.mark.parametrize(
    ("quote", "target"),
    [
        ("We are pleased to see the Westshire Kinship Allowance pilot is finally progressing.",
         "Westshire Kinship Allowance"),
        ("We are delighted to see the Westshire Care Strategy published at last.", "Westshire Care Strategy"),
    ],
)
def test_a_speakers_feeling_about_what_they_see_is_support(extractor, quote, target):
    assert ("Jane Porter", "SUPPORTS", target) in relations(extractor, _said(quote))


@pytest.mark.model
@pytest.mark.parametrize(
    ("quote", "target"),
    [
        # the clause has an object of its own: the feeling is about the call, not the review
        ("We are glad to see the Northshire Review echo the call we have made for better support.",
         "Northshire Review"),
        # a negated clause
        ("We are pleased to see the Eastshire Care Bill has not been delayed.", "Eastshire Care Bill"),
        # a negated feeling
        ("We are not pleased to see the Southshire Families Programme is closing.", "Southshire Families Programme"),
        # someone else's feeling
        ("Families were pleased to see the Southshire Families Programme is growing.", "Southshire Families Programme"),
    ],
)
def test_no_support_from_a_feeling_about_another_thing_or_anyone_elses(extractor, quote, target):
    assert ("Jane Porter", "SUPPORTS", target) not in relations(extractor, _said(quote))


# --- the verb kind: a trigger inside a proposal's own words


def _supports_rows() -> list[tuple[str, int, str, str, str, str]]:
    # "Westshire Council supports local carers ."
    return [
        ("Westshire", 1, "compound", "PROPN", "NNP", "Westshire"),
        ("Council", 2, "nsubj", "PROPN", "NNP", "Council"),
        ("supports", 2, "ROOT", "VERB", "VBZ", "support"),
        ("local", 4, "amod", "ADJ", "JJ", "local"),
        ("carers", 2, "dobj", "NOUN", "NNS", "carer"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_a_support_verb_inside_the_proposals_own_words_is_no_stance_on_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _supports_rows())
    # the proposal "supports local carers" names the verb itself
    assert ("Westshire Council", "SUPPORTS", "supports local carers") not in found(
        doc, [(0, 2, ORGANISATION), (2, 5, RECOMMENDATION)], schema)


def test_a_support_verb_before_the_proposals_words_is_a_stance_on_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _supports_rows())
    assert ("Westshire Council", "SUPPORTS", "local carers") in found(
        doc, [(0, 2, ORGANISATION), (3, 5, RECOMMENDATION)], schema)


# --- a known relation stated only by a clause whose subject is the subject entry and that names the
# object (relations.yaml known_relations, `as_subject`)


def _with_support_fact(schema, as_subject: bool):  # type: ignore[no-untyped-def]
    return with_known_fact(schema, "Harbour Trust", "SUPPORTS", "Family Hubs", as_subject=as_subject)


_OPENING = [
    ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"),
    ("Trust", 2, "nsubj", "PROPN", "NNP", "Trust"),
    ("met", 2, "ROOT", "VERB", "VBD", "meet"),
    (".", 2, "punct", "PUNCT", ".", "."),
]
# "Harbour Trust met . Harbour Trust develops Family Hubs ."
_AS_SUBJECT = [*_OPENING,
               ("Harbour", 5, "compound", "PROPN", "NNP", "Harbour"),
               ("Trust", 6, "nsubj", "PROPN", "NNP", "Trust"),
               ("develops", 6, "ROOT", "VERB", "VBZ", "develop"),
               ("Family", 8, "compound", "PROPN", "NNP", "Family"),
               ("Hubs", 6, "dobj", "PROPN", "NNP", "Hubs"),
               (".", 6, "punct", "PUNCT", ".", ".")]
# "Harbour Trust met . Westshire develops Family Hubs for Harbour Trust ."
_BESIDE = [*_OPENING,
           ("Westshire", 5, "nsubj", "PROPN", "NNP", "Westshire"),
           ("develops", 5, "ROOT", "VERB", "VBZ", "develop"),
           ("Family", 7, "compound", "PROPN", "NNP", "Family"),
           ("Hubs", 5, "dobj", "PROPN", "NNP", "Hubs"),
           ("for", 5, "prep", "ADP", "IN", "for"),
           ("Harbour", 10, "compound", "PROPN", "NNP", "Harbour"),
           ("Trust", 8, "pobj", "PROPN", "NNP", "Trust"),
           (".", 5, "punct", "PUNCT", ".", ".")]


@pytest.mark.parametrize(("rows", "names", "as_subject", "expected"), [
    # the subject entry is the subject of the clause that names the object
    (_AS_SUBJECT, [(0, 2, ORGANISATION), (4, 6, ORGANISATION), (7, 9, RECOMMENDATION)], True, True),
    # named in that clause, but not as its subject
    (_BESIDE, [(0, 2, ORGANISATION), (6, 8, RECOMMENDATION), (9, 11, ORGANISATION)], True, False),
    # the same page for a fact not so marked: any page naming both states it
    (_BESIDE, [(0, 2, ORGANISATION), (6, 8, RECOMMENDATION), (9, 11, ORGANISATION)], False, True),
])
def test_an_as_subject_fact_needs_a_clause_with_the_subject_entry_as_its_subject(vocab, schema, rows, names, as_subject, expected) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, rows)
    relations_ = found(doc, names, _with_support_fact(schema, as_subject))
    assert (("Harbour Trust", "SUPPORTS", "Family Hubs") in relations_) is expected


def test_as_subject_is_true_or_false(schema_copy) -> None:  # type: ignore[no-untyped-def]
    from caregraph.core.schema import load_schema
    from caregraph.errors import SchemaError

    path = schema_copy / "relations.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "as_subject: true", "as_subject: often", 1), encoding="utf-8")
    with pytest.raises(SchemaError, match=r"as_subject: expected true or false"):
        load_schema(schema_copy)
