"""Recommendations, session 17: a verb of acting gives way to its purpose ("called on the Office
to act quickly to fund X"), two verbs that share one object are one measure ("to draft and publish
a strategy"), and a topic put before a proposing verb ("On X, the review recommends Y") is no
proposal. Invented sentences, with near misses that must not change."""

from __future__ import annotations

import pytest

from helpers import hand_parse, text_recommendations


@pytest.mark.model
@pytest.mark.parametrize(("text", "label", "gone"), [
    ("The Harbour Trust called on the Office to act quickly to fund a county register of harbour pilots.",
     "county register of harbour pilots", "act quickly to fund a county register of harbour pilots"),
    ("Jane Doe urged ministers to go further to extend the Westshire kinship allowance to all carers.",
     "extend the Westshire kinship allowance to all carers",
     "go further to extend the Westshire kinship allowance to all carers"),
])
def test_a_verb_of_acting_gives_way_to_its_purpose(extractor, text, label, gone):
    recs, relations = text_recommendations(extractor, text)
    assert label in recs
    assert gone not in recs
    assert any(r[1] == "SUPPORTS" and r[2] == label for r in relations)


@pytest.mark.model
def test_two_verbs_sharing_one_object_are_one_measure(extractor):
    recs, _ = text_recommendations(
        extractor, "The Harbour Trust urged the Office to draft and publish a harbour pilots strategy.")
    assert recs == ["draft and publish a harbour pilots strategy"]


@pytest.mark.model
def test_verbs_with_objects_of_their_own_stay_two_measures(extractor):
    recs, _ = text_recommendations(
        extractor, "The Harbour Trust urged the Government to fund a national register and extend the kinship allowance.")
    assert "extend the kinship allowance" in recs
    assert not any("register and extend" in r for r in recs)


@pytest.mark.model
def test_a_topic_before_the_proposing_verb_is_no_proposal(extractor):
    recs, relations = text_recommendations(
        extractor, "On child protection, Jane Doe recommends a national register of kinship carers.")
    assert "child protection" not in recs
    assert ("Jane Doe", "RECOMMENDS", "national register of kinship carers") in relations


def test_two_verbs_share_an_object_only_when_the_first_has_none(vocab):
    from caregraph.extract.proposals.phrases import clause_cut

    # "to draft and publish the rules": "publish" shares the object "draft" lacks
    doc = hand_parse(vocab, [
        ("to", 1, "aux", "PART", "TO", "to"),
        ("draft", 1, "ROOT", "VERB", "VB", "draft"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("publish", 1, "conj", "VERB", "VB", "publish"),
        ("the", 5, "det", "DET", "DT", "the"),
        ("rules", 3, "dobj", "NOUN", "NNS", "rule"),
    ])
    assert clause_cut(doc[1]) == (0, 6)
    # "to fund it and publish the rules": the first verb's clause ends before "and"
    doc = hand_parse(vocab, [
        ("to", 1, "aux", "PART", "TO", "to"),
        ("fund", 1, "ROOT", "VERB", "VB", "fund"),
        ("it", 1, "dobj", "PRON", "PRP", "it"),
        ("and", 1, "cc", "CCONJ", "CC", "and"),
        ("publish", 1, "conj", "VERB", "VB", "publish"),
        ("the", 6, "det", "DET", "DT", "the"),
        ("rules", 4, "dobj", "NOUN", "NNS", "rule"),
    ])
    assert clause_cut(doc[1]) == (0, 3)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Harbour Review makes recommendations for service delivery.",
    "The panel made recommendations for improvement to the council.",
    "The Harbour Review made recommendations for a fairer system in which families come first.",
])
def test_what_recommendations_are_for_may_be_their_topic(extractor, text):
    recs, relations = text_recommendations(extractor, text)
    assert recs == []
    assert not any(r[1] == "RECOMMENDS" for r in relations)


@pytest.mark.model
def test_recommendations_for_a_measure_still_name_it(extractor):
    recs, relations = text_recommendations(
        extractor, "The Harbour Review made recommendations for a national register of kinship carers.")
    assert ("Harbour Review", "RECOMMENDS", "national register of kinship carers") in relations
