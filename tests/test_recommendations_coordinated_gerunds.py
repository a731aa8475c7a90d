"""Recommendations, session 15: gerunds coordinated with a proposed gerund are proposals each,
wherever the parser hangs them: "its key proposals included mandating A before B and
establishing C" (a second complement of the list verb after "and"), "• Raising A to 25, and
raising B to C" (a list item opening with a gerund). Near misses: a gerund without an object
after a bullet's gerund, a gerund with a subject of its own. Sentences invented."""

from __future__ import annotations

from caregraph.extract.proposals.bullets import bullet_items
from caregraph.extract.proposals.triggers import coordinated_gerunds
from helpers import hand_parse, text_recommendations


def _included_doc(vocab, *, second_dep="xcomp", joiner="and"):
    # "Key proposals included mandating family meetings before court applications <joiner>
    # establishing harbour teams ."
    return hand_parse(vocab, [
        ("Key", 1, "amod", "ADJ", "JJ", "key"),                      # 0
        ("proposals", 2, "nsubj", "NOUN", "NNS", "proposal"),        # 1
        ("included", 2, "ROOT", "VERB", "VBD", "include"),           # 2
        ("mandating", 2, "xcomp", "VERB", "VBG", "mandate"),         # 3
        ("family", 5, "compound", "NOUN", "NN", "family"),           # 4
        ("meetings", 3, "dobj", "NOUN", "NNS", "meeting"),           # 5
        ("before", 2, "prep", "ADP", "IN", "before"),                # 6
        ("court", 8, "compound", "NOUN", "NN", "court"),             # 7
        ("applications", 6, "pobj", "NOUN", "NNS", "application"),   # 8
        (joiner, 8, "cc", "CCONJ", "CC", joiner),                    # 9
        ("establishing", 2, second_dep, "VERB", "VBG", "establish"),  # 10
        ("harbour", 12, "compound", "NOUN", "NN", "harbour"),        # 11
        ("teams", 10, "dobj", "NOUN", "NNS", "team"),                # 12
        (".", 2, "punct", "PUNCT", ".", "."),                        # 13
    ])


def test_a_second_gerund_complement_after_and_is_coordinated(vocab):
    doc = _included_doc(vocab)
    assert [t.text for t in coordinated_gerunds(doc[3], doc[2])] == ["mandating", "establishing"]


def test_a_second_gerund_complement_without_a_conjunction_is_not(vocab):
    doc = _included_doc(vocab, joiner="then")
    assert [t.text for t in coordinated_gerunds(doc[3], doc[2])] == ["mandating"]


def test_each_gerund_a_publications_proposals_include_is_a_proposal(extractor):
    recs, rels = text_recommendations(
        extractor, "The Westshire Families Bill was discussed in a parliamentary session. Key proposals included "
                   "mandating family group meetings before care order applications and establishing harbour "
                   "protection teams to improve safeguarding efforts.")
    assert "harbour protection teams" in recs
    assert ("Westshire Families Bill", "RECOMMENDS", "harbour protection teams") in rels


def test_each_gerund_with_its_object_in_a_bullet_is_a_proposal(extractor):
    text = ("The Westshire Plan for Care recommends:\n\n"
            "• Raising the Harbour Tax Exemption for care leavers to the age of 25, and raising the rate of the "
            "carers allowance for all care leavers to the adult rate; and\n"
            "• The creation of a national register of foster carers.\n")
    recs, rels = text_recommendations(extractor, text)
    second = "raising the rate of the carers allowance for all care leavers to the adult rate"
    assert second in recs
    assert ("Westshire Plan for Care", "RECOMMENDS", second) in rels


def test_a_bullets_gerund_without_an_object_adds_nothing(vocab, schema):
    # "Westshire Plan recommends :" / "• Raising the exemption and growing ."
    doc = hand_parse(vocab, [
        ("Westshire", 1, "compound", "PROPN", "NNP", "Westshire"),
        ("Plan", 2, "nsubj", "PROPN", "NNP", "Plan"),
        ("recommends", 2, "ROOT", "VERB", "VBZ", "recommend"),
        (":", 2, "punct", "PUNCT", ":", ":"),
        ("\n", 3, "dep", "SPACE", "_SP", "\n"),
        ("•", 7, "punct", "PUNCT", "NFP", "•"),
        ("Raising", 7, "ROOT", "VERB", "VBG", "raise"),
        ("the", 9, "det", "DET", "DT", "the"),
        ("exemption", 7, "dobj", "NOUN", "NN", "exemption"),
        ("and", 7, "cc", "CCONJ", "CC", "and"),
        ("growing", 7, "conj", "VERB", "VBG", "grow"),
        (".", 7, "punct", "PUNCT", ".", "."),
    ])
    texts = sorted(doc[it.start : it.end].text for it in bullet_items(doc, schema.entities))
    assert len(texts) == 1 and texts[0].startswith("Raising")   # (no item of its own for "growing")
