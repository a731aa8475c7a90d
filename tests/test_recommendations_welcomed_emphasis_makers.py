"""Recommendations, session 19: the maker of a welcomed emphasis ("Harbour Trust welcomes the
review's focus on X", "we welcome the emphasis placed on Y"): the text whose emphasis it is
proposes what it is on, beside the welcomer's call; its owner when a publication owns it, else
(a definite emphasis nobody owns) the document's one recommending publication. Near misses: an
emphasis another owns ("the Council's focus"), one pointed to ("this focus"), a negated or a
critical reaction. Sentences invented; the structure on hand-built parses, the credit through
the model."""

from __future__ import annotations

import pytest

from caregraph.extract.proposals.welcomes import emphasis_makers
from helpers import hand_parse, text_relations


def _emphasis_doc(vocab, *, det=("the", "DT"), owner=None, verb=("welcomes", "welcome"), neg=False):
    # "Harbour Trust [does not] welcomes <det> [<owner>'s] focus on mentoring hubs for young carers"
    rows = [("Harbour", 1, "compound", "PROPN", "NNP", "Harbour")]
    v = 2 + 2 * neg
    rows += [("Trust", v, "nsubj", "PROPN", "NNP", "Trust")]
    if neg:
        rows += [("does", v, "aux", "AUX", "VBZ", "do"), ("not", v, "neg", "PART", "RB", "not")]
    rows += [(verb[0], v, "ROOT", "VERB", "VBZ", verb[1])]
    n = v + 2 + (2 if owner else 0)   # the emphasis noun
    rows += [(det[0], n if not owner else v + 2, "det", "DET", det[1], det[0].lower())]
    if owner:
        rows += [(owner[0], n, "poss", owner[1], "NN" if owner[1] == "NOUN" else "NNP", owner[0].lower()),
                 ("'s", v + 2, "case", "PART", "POS", "'s")]
    rows += [
        ("focus", v, "dobj", "NOUN", "NN", "focus"),
        ("on", n, "prep", "ADP", "IN", "on"),
        ("mentoring", n + 3, "compound", "NOUN", "NN", "mentoring"),
        ("hubs", n + 1, "pobj", "NOUN", "NNS", "hub"),
        ("for", n + 3, "prep", "ADP", "IN", "for"),
        ("young", n + 6, "amod", "ADJ", "JJ", "young"),
        ("carers", n + 4, "pobj", "NOUN", "NNS", "carer"),
        (".", v, "punct", "PUNCT", ".", "."),
    ]
    return hand_parse(vocab, rows)


@pytest.mark.parametrize(("kwargs", "maker"), [
    ({}, None),                                                         # the page's publication
    ({"owner": ("review", "NOUN")}, "review"),                          # "the review's focus"
    ({"owner": ("Council", "PROPN")}, "absent"),                        # another's emphasis
    ({"det": ("this", "DT")}, "absent"),                                # one pointed to
    ({"neg": True}, "absent"),                                          # not welcomed
    ({"verb": ("criticises", "criticise")}, "absent"),                  # criticised
])
def test_the_maker_of_a_welcomed_emphasis_proposes_what_it_is_on(vocab, schema, kwargs, maker):
    doc = _emphasis_doc(vocab, **kwargs)
    items = list(emphasis_makers(doc, schema.entities))
    if maker == "absent":
        assert items == []
        return
    assert [doc[it.start : it.end].text for it in items] == ["mentoring hubs for young carers"]
    assert not items[0].calls
    assert (None if items[0].recommender is None else doc[items[0].recommender].text) == maker


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "credited"), [
    ("The Harbour Trust welcomes the review's focus on independent advocates for young carers.", True),
    ("We welcome the emphasis placed on independent advocates for young carers.", True),
    ("The Harbour Trust welcomes the Eastborough Council's focus on independent advocates for young carers.", False),
])
def test_the_review_whose_emphasis_is_welcomed_recommends_it(extractor, sentence, credited):
    page = ("Harbour Trust responds to the Westshire Review\n\n"
            "The Westshire Review was published on Monday. " + sentence)
    rels = text_relations(extractor, page)
    assert (("Westshire Review", "RECOMMENDS", "independent advocates for young carers") in rels) is credited
