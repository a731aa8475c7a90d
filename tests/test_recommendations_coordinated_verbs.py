"""Recommendations, session 12: the verbs coordinated with a proposed infinitive ("urged the
Government to introduce A, extend B and scrap C", "proposes to create A and abolish B", "wants
councils to create A and extend B") are proposals each, also where the parser hangs the later
verbs on the finite verb that governs the infinitive. A finite verb coordinated with the
calling verb ("... and said", "... and will publish") is the speaker's own clause. Sentences
invented; the structural rule on hand-built parses, the rest through the model."""

from __future__ import annotations

import pytest

from caregraph.extract.proposals.triggers import coordinated_infinitives
from helpers import hand_parse, text_recommendations


def _urged(vocab, second=("extend", "VB", "extend"), subject=False, modal=False):
    # "Harbour Trust urged ministers to introduce hubs , extend grants": the parser hung the
    # second verb on "urged" (as the small English model does)
    rows = [
        ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"),
        ("Trust", 2, "nsubj", "PROPN", "NNP", "Trust"),
        ("urged", 2, "ROOT", "VERB", "VBD", "urge"),
        ("ministers", 2, "dobj", "NOUN", "NNS", "minister"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("introduce", 2, "xcomp", "VERB", "VB", "introduce"),
        ("hubs", 5, "dobj", "NOUN", "NNS", "hub"),
        (",", 2, "punct", "PUNCT", ",", ","),
    ]
    o = len(rows)
    if subject:
        rows.append(("it", o + 1, "nsubj", "PRON", "PRP", "it"))
    if modal:
        rows.append(("will", len(rows) + 1, "aux", "AUX", "MD", "will"))
    v = len(rows)
    rows += [
        (second[0], 2, "conj", "VERB", second[1], second[2]),
        ("grants", v, "dobj", "NOUN", "NNS", "grant"),
    ]
    return hand_parse(vocab, rows), v


def test_a_bare_verb_hung_on_the_calling_verb_is_coordinated_with_its_infinitive(vocab, schema):
    doc, v = _urged(vocab)
    assert [t.i for t in coordinated_infinitives(doc[5], doc[2], schema.entities)] == [v]


@pytest.mark.parametrize(("second", "subject", "modal"), [
    (("published", "VBD", "publish"), False, False),   # "... and published grants": a finite verb
    (("extend", "VB", "extend"), True, False),         # "... it extend": a subject of its own
    (("extend", "VB", "extend"), False, True),         # "... will extend": the speaker's own plan
])
def test_a_finite_verb_or_a_clause_of_its_own_is_no_coordinated_infinitive(vocab, schema, second, subject, modal):
    doc, _ = _urged(vocab, second, subject, modal)
    assert coordinated_infinitives(doc[5], doc[2], schema.entities) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "relation", "who"), [
    ("Harbour Trust urged the government to introduce mentoring hubs, extend Staying Put to 25 and scrap the cap "
     "on allowances.", "SUPPORTS", "Harbour Trust"),
    ("The Harbour Review proposes to create mentoring hubs, extend Staying Put to 25, and abolish the cap on "
     "allowances.", "RECOMMENDS", "Harbour Review"),
])
def test_each_verb_coordinated_with_a_proposed_infinitive_is_a_proposal(extractor, text, relation, who):
    recs, relations = text_recommendations(extractor, text)
    assert "extend Staying Put to 25" in recs
    assert (who, relation, "extend Staying Put to 25") in relations
    assert any("cap on allowances" in r and (who, relation, r) in relations for r in recs)


@pytest.mark.model
def test_each_verb_a_wanted_addressee_is_to_do_is_called_for(extractor):
    recs, relations = text_recommendations(
        extractor, "The Harbour Review wants councils to create mentoring hubs and extend Staying Put to 25.")
    assert ("Harbour Review", "RECOMMENDS", "extend Staying Put to 25") in relations


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Harbour Trust urged the government to introduce mentoring hubs and published its annual accounts.",
    "The Harbour Review proposes to create mentoring hubs and sets out a timetable for councils.",
    "Harbour Trust urged the government to introduce mentoring hubs and will open a new office in Westshire.",
])
def test_the_speakers_own_coordinated_clause_is_no_proposal(extractor, text):
    recs, _ = text_recommendations(extractor, text)
    assert not any(w in r for r in recs for w in ("accounts", "timetable", "office"))


# ---- what people are to receive (session 12) ----------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("text", "label", "relation", "who"), [
    ("The Harbour Review also recommended that special guardians and kinship carers should receive regular "
     "respite breaks.", "regular respite breaks", "RECOMMENDS", "Harbour Review"),
    ("The Harbour Review recommends that young carers should get a mentoring allowance.", "mentoring allowance",
     "RECOMMENDS", "Harbour Review"),
    ("Jane Porter called for children to be given a mentoring allowance.", "mentoring allowance", "SUPPORTS",
     "Jane Porter"),
])
def test_what_people_are_to_receive_is_the_proposal(extractor, text, label, relation, who):
    recs, relations = text_recommendations(extractor, text)
    assert label in recs
    assert (who, relation, label) in relations


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The committee should receive a report on mentoring hubs next year.",   # a body receiving papers
    "Harbour Trust said that carers received a letter about the hubs.",     # what happened, no proposal
    "Harbour Trust called for the mentoring report to be given to councillors.",   # a publication passed on
])
def test_receiving_near_misses_name_no_proposal(extractor, text):
    recs, _ = text_recommendations(extractor, text)
    assert recs == []


def _receives(vocab, subject, subject_lemma):
    # "<subject> should receive respite breaks"
    return hand_parse(vocab, [
        (subject, 2, "nsubj", "NOUN", "NNS", subject_lemma),
        ("should", 2, "aux", "AUX", "MD", "should"),
        ("receive", 2, "ROOT", "VERB", "VB", "receive"),
        ("respite", 4, "compound", "NOUN", "NN", "respite"),
        ("breaks", 2, "dobj", "NOUN", "NNS", "break"),
    ])


def test_people_receiving_something_name_it_as_the_proposal(vocab, schema):
    from caregraph.extract.proposals.phrases import proposal_phrase

    doc = _receives(vocab, "carers", "carer")
    span = proposal_phrase(doc, 0, len(doc), schema.entities)
    assert span is not None and doc[span[0] : span[1]].text == "respite breaks"


def test_a_body_receiving_something_is_procedure_not_a_proposal(vocab, schema):
    from caregraph.extract.proposals.phrases import proposal_phrase

    doc = _receives(vocab, "committees", "committee")
    assert proposal_phrase(doc, 0, len(doc), schema.entities) is None


@pytest.mark.parametrize(("tag", "lemma", "expected"), [("VB", "extend", True), ("VBD", "extend", False)])
def test_a_finite_verb_coordinated_with_the_infinitive_itself_is_the_speakers_clause(vocab, schema, tag, lemma, expected):
    # "urged ministers to introduce hubs and extend/extended grants", "extend" hung on "introduce"
    doc = hand_parse(vocab, [
        ("Harbour", 1, "compound", "PROPN", "NNP", "Harbour"),
        ("Trust", 2, "nsubj", "PROPN", "NNP", "Trust"),
        ("urged", 2, "ROOT", "VERB", "VBD", "urge"),
        ("ministers", 2, "dobj", "NOUN", "NNS", "minister"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("introduce", 2, "xcomp", "VERB", "VB", "introduce"),
        ("hubs", 5, "dobj", "NOUN", "NNS", "hub"),
        ("and", 5, "cc", "CCONJ", "CC", "and"),
        ("extend" if tag == "VB" else "extended", 5, "conj", "VERB", tag, lemma),
        ("grants", 8, "dobj", "NOUN", "NNS", "grant"),
    ])
    assert (coordinated_infinitives(doc[5], doc[2], schema.entities) == [doc[8]]) is expected
