"""Recommendations, session 15: gerunds coordinated with a proposed gerund are proposals each,
wherever the parser hangs them: "its key proposals included requiring A before B and
creating C" (a second complement of the list verb after "and"), "• Extending A to 22, and
raising B to C" (a list item opening with a gerund). Near misses: a gerund without an object
after a bullet's gerund, a gerund with a subject of its own. Sentences invented."""

from __future__ import annotations

from caregraph.extract.proposals.bullets import bullet_items
from caregraph.extract.proposals.triggers import coordinated_gerunds
from helpers import hand_parse, text_recommendations


def _included_doc(vocab, *, second_dep="xcomp", joiner="and"):
    # "Key proposals included requiring safety checks before licence renewals <joiner>
    # creating rescue teams ."
    return hand_parse(vocab, [
        ("Key", 1, "amod", "ADJ", "JJ", "key"),                      # 0
        ("proposals", 2, "nsubj", "NOUN", "NNS", "proposal"),        # 1
        ("included", 2, "ROOT", "VERB", "VBD", "include"),           # 2
        ("requiring", 2, "xcomp", "VERB", "VBG", "require"),         # 3
        ("safety", 5, "compound", "NOUN", "NN", "safety"),           # 4
        ("checks", 3, "dobj", "NOUN", "NNS", "check"),               # 5
        ("before", 2, "prep", "ADP", "IN", "before"),                # 6
        ("licence", 8, "compound", "NOUN", "NN", "licence"),         # 7
        ("renewals", 6, "pobj", "NOUN", "NNS", "renewal"),           # 8
        (joiner, 8, "cc", "CCONJ", "CC", joiner),                    # 9
        ("creating", 2, second_dep, "VERB", "VBG", "create"),        # 10
        ("rescue", 12, "compound", "NOUN", "NN", "rescue"),          # 11
        ("teams", 10, "dobj", "NOUN", "NNS", "team"),                # 12
        (".", 2, "punct", "PUNCT", ".", "."),                        # 13
    ])


def test_a_second_gerund_complement_after_and_is_coordinated(vocab):
    doc = _included_doc(vocab)
    assert [t.text for t in coordinated_gerunds(doc[3], doc[2])] == ["requiring", "creating"]


def test_a_second_gerund_complement_without_a_conjunction_is_not(vocab):
    doc = _included_doc(vocab, joiner="then")
    assert [t.text for t in coordinated_gerunds(doc[3], doc[2])] == ["requiring"]


def test_each_gerund_a_publications_proposals_include_is_a_proposal(extractor):
    recs, rels = text_recommendations(
        extractor, "The Westshire Harbour Bill was debated at a council meeting. Key proposals included "
                   "requiring harbour safety checks before boat licence renewals and creating coastal rescue "
                   "teams to improve lifeguard cover.")
    assert "coastal rescue teams" in recs
    assert ("Westshire Harbour Bill", "RECOMMENDS", "coastal rescue teams") in rels


def test_each_gerund_with_its_object_in_a_bullet_is_a_proposal(extractor):
    text = ("The Westshire Plan for Care recommends:\n\n"
            "• Extending the Harbour Bus Pass for young carers to the age of 22, and raising the level of the "
            "respite grant for all young carers to the adult level; and\n"
            "• The creation of a county register of respite volunteers.\n")
    recs, rels = text_recommendations(extractor, text)
    second = "raising the level of the respite grant for all young carers to the adult level"
    assert second in recs
    assert ("Westshire Plan for Care", "RECOMMENDS", second) in rels


def test_a_bullets_gerund_without_an_object_adds_nothing(vocab, schema):
    # "Westshire Plan recommends :" / "• Extending the pass and growing ."
    doc = hand_parse(vocab, [
        ("Westshire", 1, "compound", "PROPN", "NNP", "Westshire"),
        ("Plan", 2, "nsubj", "PROPN", "NNP", "Plan"),
        ("recommends", 2, "ROOT", "VERB", "VBZ", "recommend"),
        (":", 2, "punct", "PUNCT", ":", ":"),
        ("\n", 3, "dep", "SPACE", "_SP", "\n"),
        ("•", 7, "punct", "PUNCT", "NFP", "•"),
        ("Extending", 7, "ROOT", "VERB", "VBG", "extend"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("pass", 7, "dobj", "NOUN", "NN", "pass"),
        ("and", 7, "cc", "CCONJ", "CC", "and"),
        ("growing", 7, "conj", "VERB", "VBG", "grow"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ])
    texts = sorted(doc[it.start : it.end].text for it in bullet_items(doc, schema.entities))
    assert len(texts) == 1 and texts[0].startswith("Extending")   # (no item of its own for "growing")
