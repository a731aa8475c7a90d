"""Recommendations, session 15: what a welcomed plan, measure or commitment is to do ("Harbour
Trust supports plans to open two respite centres", "we welcome measures to cap agency rates,
extend X and fund Y", "the charity, Harbour Network, welcomed the Westshire Council's
pledge to set up a register of respite volunteers"): the infinitive's phrase is a proposal that
the approver calls for (SUPPORTS); a publication that owns the plans proposes it. Near misses:
a negated or critical reaction, an intent without an infinitive, a change of the whole field.
Sentences invented; structural rules on hand-built parses, the rest through the model."""

from __future__ import annotations

import pytest

from caregraph.extract.proposals.welcomes import welcomed_items
from helpers import hand_parse, text_recommendations


def _texts(doc, items):
    return sorted(doc[it.start : it.end].text for it in items)


def _plans_doc(vocab, *, verb="supports", lemma="support", noun="plans", noun_lemma="plan", owner=False, neg=False):
    # "Harbour Trust [does not] supports [the strategy's] plans to open two respite centres ,
    # extend the allowance and fund mentors"
    rows = [
        ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"),
        ("Trust", 2 + 2 * neg, "nsubj", "PROPN", "NNP", "Trust"),
    ]
    if neg:
        rows += [("does", 4, "aux", "AUX", "VBZ", "do"), ("not", 4, "neg", "PART", "RB", "not")]
    v = len(rows)
    rows += [(verb, v, "ROOT", "VERB", "VBZ", lemma)]
    if owner:
        o = len(rows)
        rows += [("the", o + 1, "det", "DET", "DT", "the"),
                 ("strategy", o + 3, "poss", "NOUN", "NN", "strategy"),
                 ("'s", o + 1, "case", "PART", "POS", "'s")]
    n = len(rows)
    rows += [
        (noun, v, "dobj", "NOUN", "NNS", noun_lemma),     # n
        ("to", n + 2, "aux", "PART", "TO", "to"),          # n+1
        ("open", n, "acl", "VERB", "VB", "open"),          # n+2
        ("two", n + 5, "nummod", "NUM", "CD", "two"),      # n+3
        ("respite", n + 5, "compound", "NOUN", "NN", "respite"),   # n+4
        ("centres", n + 2, "dobj", "NOUN", "NNS", "centre"),       # n+5
        (",", v, "punct", "PUNCT", ",", ","),              # n+6
        ("extend", v, "conj", "VERB", "VB", "extend"),     # n+7: hung on the welcoming verb
        ("the", n + 10, "det", "DET", "DT", "the"),        # n+8
        ("carers", n + 10, "compound", "NOUN", "NN", "carer"),     # n+9
        ("allowance", n + 7, "dobj", "NOUN", "NN", "allowance"),   # n+10
        ("and", n + 7, "cc", "CCONJ", "CC", "and"),        # n+11
        ("fund", n + 7, "conj", "VERB", "VB", "fund"),     # n+12
        ("peer", n + 14, "compound", "NOUN", "NN", "peer"),        # n+13
        ("mentors", n + 12, "dobj", "NOUN", "NNS", "mentor"),      # n+14
        (".", v, "punct", "PUNCT", ".", "."),
    ]
    return hand_parse(vocab, rows)


_ALL = ["extend the carers allowance", "open two respite centres", "peer mentors"]   # ("fund" is a light verb)


def test_each_infinitive_of_welcomed_plans_is_called_for_by_the_approver(vocab, schema):
    doc = _plans_doc(vocab)
    items = list(welcomed_items(doc, schema.entities))
    assert _texts(doc, items) == _ALL
    assert all(it.calls and doc[it.recommender].text == "Trust" for it in items)


def test_plans_a_publication_owns_are_its_proposals_too(vocab, schema):
    doc = _plans_doc(vocab, owner=True)
    items = list(welcomed_items(doc, schema.entities))
    owned = [it for it in items if not it.calls]
    assert _texts(doc, owned) == _ALL
    assert {doc[it.recommender].text for it in owned} == {"strategy"}


@pytest.mark.parametrize(("verb", "lemma", "neg", "noun", "noun_lemma"), [
    ("criticises", "criticise", False, "plans", "plan"),     # no approval
    ("support", "support", True, "plans", "plan"),           # a negated one
    ("supports", "support", False, "efforts", "effort"),     # no noun of intent
])
def test_no_proposal_without_an_approved_intent(vocab, schema, verb, lemma, neg, noun, noun_lemma):
    doc = _plans_doc(vocab, verb=verb, lemma=lemma, neg=neg, noun=noun, noun_lemma=noun_lemma)
    assert list(welcomed_items(doc, schema.entities)) == []


# ---- through the model ------------------------------------------------------------------------

def test_a_welcomed_commitment_to_create_a_register_is_supported(extractor):
    recs, rels = text_recommendations(
        extractor, "The Harbour Trust has welcomed the Westshire Council's pledge to set up a county register of "
                   "respite volunteers.")
    assert recs == ["county register of respite volunteers"]
    assert ("Harbour Trust", "SUPPORTS", "county register of respite volunteers") in rels


def test_the_name_apposed_to_a_common_noun_subject_is_the_approver(extractor):
    recs, rels = text_recommendations(
        extractor, "The coastal carers' charity, The Harbour Network, has welcomed the Westshire Council's pledge "
                   "to set up a county register of respite volunteers, after asking for one since 2019.")
    assert ("Harbour Network", "SUPPORTS", "county register of respite volunteers") in rels


@pytest.mark.parametrize("text", [
    "The Harbour Trust has welcomed the plans.",
    "The Harbour Trust has criticised plans to close two respite centres in Eastborough.",
    "The Harbour Trust does not support plans to close two respite centres in Eastborough.",
])
def test_near_misses_of_a_welcomed_intent(extractor, text):
    recs, _ = text_recommendations(extractor, text)
    assert recs == []


def test_welcomed_plans_to_reform_the_whole_field_in_a_country_are_no_proposal(extractor):
    recs, _ = text_recommendations(
        extractor, "The Harbour Trust backs the Assembly's plans to overhaul the youth care system in Wales.")
    assert recs == []


@pytest.mark.parametrize("text", [
    "The Harbour Trust calls on the Government to transform the care system in Eastborough.",
    "The Harbour Trust calls on the Government to transform the care system in Wales.",
])
def test_a_change_of_the_whole_field_where_it_is_is_still_no_proposal(extractor, text):
    # (a place says where the field is, not how it is changed; "through regional hubs" would)
    recs, _ = text_recommendations(extractor, text)
    assert recs == []


def test_a_measure_with_its_place_is_still_a_proposal(extractor):
    recs, _ = text_recommendations(extractor, "The Harbour Trust calls on the Government to open respite centres in Eastborough.")
    assert recs == ["open respite centres in Eastborough"]


def test_support_granted_in_a_concession_names_no_proposal(extractor):
    recs, _ = text_recommendations(
        extractor, "The Harbour Trust is disappointed by the Bill: although we back plans to open respite centres "
                   "in Eastborough, we hope they will be widened.")
    assert recs == []
