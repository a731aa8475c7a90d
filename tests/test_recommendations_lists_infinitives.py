"""Recommendations, session 11: two classes of the misses of the readable sets, each written for
the shape in its common variants and tested on hand-built parses and invented sentences, with
near misses that must not change.

- An unclosed inline list ("called for A for X, B for Y and C on Z"): the parser hangs B on the
  verb and C inside B's complement; the list read by the words gives A, B and C.
- A passive infinitive after what is recommended or called for ("called for the cap to be
  scrapped", "recommended regional hubs to be set up"): the clause is the proposal, or its
  subject when the verb is light."""

from __future__ import annotations

import pytest

from caregraph.extract.proposals.phrases import passive_infinitive, passive_infinitive_span, split_list
from helpers import hand_parse, text_recommendations

_extract = text_recommendations


def _texts(doc, spans):  # type: ignore[no-untyped-def]
    return [doc[a:b].text for a, b in spans]


# ------------------------------------------------ an unclosed list closes at its last conjunction

def _list_doc(vocab, last_word: str, last_child: tuple[str, str, str, str] | None):  # type: ignore[no-untyped-def]
    """ "more help for carers , better pay for mentors and <last_word> [<last_child>]": the parse
    the model gives, "better pay" hung apart and the last item coordinated with "mentors"."""
    rows = [
        ("more", 1, "amod", "ADJ", "JJR", "more"),          # 0
        ("help", 1, "ROOT", "NOUN", "NN", "help"),          # 1
        ("for", 1, "prep", "ADP", "IN", "for"),             # 2
        ("carers", 2, "pobj", "NOUN", "NNS", "carer"),      # 3
        (",", 3, "punct", "PUNCT", ",", ","),               # 4
        ("better", 6, "amod", "ADJ", "JJR", "better"),      # 5
        ("pay", 1, "appos", "NOUN", "NN", "pay"),           # 6
        ("for", 6, "prep", "ADP", "IN", "for"),             # 7
        ("mentors", 7, "pobj", "NOUN", "NNS", "mentor"),    # 8
        ("and", 8, "cc", "CCONJ", "CC", "and"),             # 9
        (last_word, 8, "conj", "NOUN", "NN", last_word),    # 10
    ]
    if last_child is not None:
        word, dep, pos, tag = last_child
        rows.append((word, 10, dep, pos, tag, word))
        if dep == "prep":
            rows.append(("justice", 11, "pobj", "NOUN", "NN", "justice"))
    return hand_parse(vocab, rows)


def test_an_unclosed_list_closes_at_a_conjunction_before_an_item_with_a_complement(vocab):
    doc = _list_doc(vocab, "action", ("on", "prep", "ADP", "IN"))
    assert _texts(doc, split_list(doc, 0, len(doc))) == [
        "more help for carers", "better pay for mentors", "action on justice"]


def test_a_bare_noun_after_the_last_conjunction_stays_in_its_item(vocab):
    # "better pay for mentors and trainers": the conjunction joins two nouns of one complement
    doc = _list_doc(vocab, "trainers", None)
    assert _texts(doc, split_list(doc, 0, len(doc))) == ["more help for carers", "better pay for mentors and trainers"]


def test_a_closed_list_is_left_as_the_parse_joins_it(vocab):
    # "A, and B for C and D on E": the list is closed by its own conjunction; "and D on E" stays
    rows = [
        ("help", 0, "ROOT", "NOUN", "NN", "help"),          # 0
        (",", 0, "punct", "PUNCT", ",", ","),               # 1
        ("and", 0, "cc", "CCONJ", "CC", "and"),             # 2
        ("pay", 0, "conj", "NOUN", "NN", "pay"),            # 3
        ("for", 3, "prep", "ADP", "IN", "for"),             # 4
        ("mentors", 4, "pobj", "NOUN", "NNS", "mentor"),    # 5
        ("and", 5, "cc", "CCONJ", "CC", "and"),             # 6
        ("action", 5, "conj", "NOUN", "NN", "action"),      # 7
        ("on", 7, "prep", "ADP", "IN", "on"),               # 8
        ("justice", 8, "pobj", "NOUN", "NN", "justice"),    # 9
    ]
    doc = hand_parse(vocab, rows)
    assert _texts(doc, split_list(doc, 0, len(doc))) == ["help", "pay for mentors and action on justice"]


@pytest.mark.model
@pytest.mark.parametrize("verb", ["called for", "recommended"])
def test_each_item_of_an_unclosed_list_after_a_proposing_verb_is_a_proposal(extractor, verb):
    text = ("The Harbour Review was published in May. The review " + verb + " greater support for young "
            "carers, better support for foster carers and action on youth justice reforms.")
    recs, relations = _extract(extractor, text)
    for item in ("greater support for young carers", "better support for foster carers",
                 "action on youth justice reforms"):
        assert item in recs
        assert ("Harbour Review", "RECOMMENDS", item) in relations


@pytest.mark.model
def test_a_list_whose_last_conjunction_joins_two_nouns_keeps_them_together(extractor):
    text = "The Harbour Trust called for more funding, better pay for social workers and foster carers."
    recs, _ = _extract(extractor, text)
    assert "better pay for social workers and foster carers" in recs
    assert not [r for r in recs if r.startswith("foster carers")]


# ------------------------------------------------ "X to be Y-ed" after a proposing or calling verb

def _infinitive_doc(vocab, verb: str, lemma: str):  # type: ignore[no-untyped-def]
    """ "the review called for the cap to be <verb>" with "for" parsed as the clause's mark."""
    return hand_parse(vocab, [
        ("the", 1, "det", "DET", "DT", "the"),              # 0
        ("review", 2, "nsubj", "NOUN", "NN", "review"),     # 1
        ("called", 2, "ROOT", "VERB", "VBD", "call"),       # 2
        ("for", 8, "mark", "SCONJ", "IN", "for"),           # 3
        ("the", 5, "det", "DET", "DT", "the"),              # 4
        ("cap", 8, "nsubjpass", "NOUN", "NN", "cap"),       # 5
        ("to", 8, "aux", "PART", "TO", "to"),               # 6
        ("be", 8, "auxpass", "AUX", "VB", "be"),            # 7
        (verb, 2, "advcl", "VERB", "VBN", lemma),           # 8
        ("nationally", 8, "advmod", "ADV", "RB", "nationally"),  # 9
    ])


def test_a_passive_infinitive_after_a_noun_is_found_and_read_as_its_clause(vocab, schema):
    doc = _infinitive_doc(vocab, "scrapped", "scrap")
    verb = passive_infinitive(doc[5])
    assert verb is not None and verb.i == 8
    assert doc[slice(*passive_infinitive_span(doc[5], verb, schema.entities))].text == "the cap to be scrapped nationally"


def test_with_a_light_verb_the_subject_of_the_infinitive_is_the_proposal(vocab, schema):
    doc = _infinitive_doc(vocab, "introduced", "introduce")
    verb = passive_infinitive(doc[5])
    assert verb is not None
    assert doc[slice(*passive_infinitive_span(doc[5], verb, schema.entities))].text == "the cap"


def test_an_active_infinitive_is_no_passive_infinitive(vocab):
    # "called for the cap to rise": no "be", another reading (the noun's own clause)
    doc = hand_parse(vocab, [
        ("called", 0, "ROOT", "VERB", "VBD", "call"),
        ("for", 0, "prep", "ADP", "IN", "for"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("cap", 1, "pobj", "NOUN", "NN", "cap"),
        ("to", 5, "aux", "PART", "TO", "to"),
        ("rise", 3, "acl", "VERB", "VB", "rise"),
    ])
    assert passive_infinitive(doc[3]) is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "label", "relation", "who"), [
    ("The Harbour Trust has called for the two-child benefit cap to be scrapped.",
     "two-child benefit cap to be scrapped", "SUPPORTS", "Harbour Trust"),
    # (the phrase holds every word of the gazetteer's proposal, and is that proposal)
    ("The Harbour Review was published in May. The review called for care experience to be made a "
     "protected characteristic.", "Care Experience as a Protected Characteristic", "RECOMMENDS",
     "Harbour Review"),
    ("The Harbour Review was published in May. The review recommended regional harbour hubs to be set "
     "up in each area.", "regional harbour hubs", "RECOMMENDS", "Harbour Review"),
])
def test_what_is_called_for_to_be_done_is_the_proposal(extractor, text, label, relation, who):
    recs, relations = _extract(extractor, text)
    assert recs == [label]
    assert (who, relation, label) in relations


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # summoned, not called for (a passive "called for")
    "The review found that young carers were called for interviews to be assessed.",
    # negated, and a question
    "The Harbour Trust did not call for the benefit cap to be scrapped.",
    "Did the Harbour Trust call for the benefit cap to be scrapped?",
    # a past action of the subject's own: "set up ... hubs to be run by"
    "Last year the council set up regional harbour hubs to be run by the Harbour Trust.",
])
def test_near_misses_of_a_called_for_infinitive_are_no_proposal(extractor, text):
    recs, relations = _extract(extractor, text)
    assert recs == []
    assert not any(r[1] in ("RECOMMENDS", "SUPPORTS") for r in relations)


@pytest.mark.model
@pytest.mark.parametrize(("text", "label", "relation", "who"), [
    # a calling noun: "for" parsed as the mark of the clause, or as the noun's preposition
    ("The Harbour Trust has renewed calls for the sugar levy to be devolved to councils.",
     "sugar levy to be devolved to councils", "SUPPORTS", "Harbour Trust"),
    # (the phrase holds every word of the gazetteer's proposal, and is that proposal)
    ("The Harbour Review was published in May. The review made a call for care experience to be made a "
     "protected characteristic.", "Care Experience as a Protected Characteristic", "RECOMMENDS",
     "Harbour Review"),
    ("The Harbour Review was published in May. The review's proposals for regional harbour hubs to be "
     "set up were welcomed.", "regional harbour hubs", "RECOMMENDS", "Harbour Review"),
])
def test_what_a_call_or_proposal_asks_to_be_done_is_the_proposal(extractor, text, label, relation, who):
    recs, relations = _extract(extractor, text)
    assert recs == [label]
    assert (who, relation, label) in relations


@pytest.mark.model
def test_calls_no_one_makes_name_no_proposal(extractor):
    recs, _ = _extract(extractor, "There were calls for the sugar levy to be devolved to councils.")
    assert recs == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # an aside and a title after commas, with no conjunction closing a list: no items
    "The Westshire Council called for free travel for care leavers, as set out in the recent policy paper, "
    "Safe Homes, Strong Families.",
    # "for" the mark of an active clause ("for the Bill to include ..."): not read as a calling verb's list
    "The Westshire Council called for the Bill to include a measure to extend free travel to care leavers, "
    "as set out in the recent policy paper, Safe Homes, Strong Families.",
])
def test_an_aside_and_a_title_after_a_called_for_object_are_no_items(extractor, text):
    recs, _ = _extract(extractor, text)
    assert not [r for r in recs if "Safe Homes" in r or "Strong Families" in r or r.startswith("as ")]


# ------------------------------------------------ the rest of a list hung outside its clause

def test_a_first_of_two_subjects_after_a_called_for_object_is_a_stray_item(vocab):
    from caregraph.extract.proposals.triggers import _stray_subjects

    # "whilst review called for help , more pay and action , hubs was proposal"
    doc = hand_parse(vocab, [
        ("whilst", 2, "mark", "SCONJ", "IN", "whilst"),     # 0
        ("review", 2, "nsubj", "NOUN", "NN", "review"),     # 1
        ("called", 12, "advcl", "VERB", "VBD", "call"),     # 2
        ("for", 2, "prep", "ADP", "IN", "for"),             # 3
        ("help", 3, "pobj", "NOUN", "NN", "help"),          # 4
        (",", 4, "punct", "PUNCT", ",", ","),               # 5
        ("more", 7, "amod", "ADJ", "JJR", "more"),          # 6
        ("pay", 12, "nsubj", "NOUN", "NN", "pay"),          # 7
        ("and", 7, "cc", "CCONJ", "CC", "and"),             # 8
        ("action", 7, "conj", "NOUN", "NN", "action"),      # 9
        (",", 12, "punct", "PUNCT", ",", ","),              # 10
        ("hubs", 12, "nsubj", "NOUN", "NNS", "hub"),        # 11
        ("was", 12, "ROOT", "AUX", "VBD", "be"),            # 12
        ("proposal", 12, "attr", "NOUN", "NN", "proposal"),  # 13
    ])
    assert [t.i for t in _stray_subjects(doc[4], doc[2])] == [7]
    # one subject only ("whilst review called for help , ministers said no"): none
    single = hand_parse(vocab, [
        ("whilst", 2, "mark", "SCONJ", "IN", "whilst"),
        ("review", 2, "nsubj", "NOUN", "NN", "review"),
        ("called", 7, "advcl", "VERB", "VBD", "call"),
        ("for", 2, "prep", "ADP", "IN", "for"),
        ("help", 3, "pobj", "NOUN", "NN", "help"),
        (",", 7, "punct", "PUNCT", ",", ","),
        ("ministers", 7, "nsubj", "NOUN", "NNS", "minister"),
        ("said", 7, "ROOT", "VERB", "VBD", "say"),
        ("no", 7, "dobj", "DET", "DT", "no"),
    ])
    assert _stray_subjects(single[4], single[2]) == []


@pytest.mark.model
def test_list_items_hung_on_the_main_clause_are_the_called_for_proposals(extractor):
    text = ("The Harbour Review was published in May. Whilst the review called for greater support for young "
            "carers, better support for foster carers and action on youth justice reforms, a national mentoring "
            "service was the central reform proposal.")
    recs, relations = _extract(extractor, text)
    for item in ("greater support for young carers", "better support for foster carers",
                 "action on youth justice reforms", "national mentoring service"):
        assert ("Harbour Review", "RECOMMENDS", item) in relations


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Harbour Review was published in May. Whilst the review called for greater support for young carers, "
    "the Government said it had no money.",
    "The Harbour Review was published in May. Although the review called for more funding for youth clubs, "
    "councils and charities were disappointed.",
])
def test_the_subject_of_the_main_clause_is_no_item(extractor, text):
    recs, _ = _extract(extractor, text)
    assert not [r for r in recs if "Government" in r or "councils" in r or "charities" in r]


@pytest.mark.model
def test_the_rest_of_a_welcomed_focus_list_is_welcomed_too(extractor):
    text = ('Jane Porter said: "The emphasis in the strategy on tackling regional health disparities is welcome, '
            "as is the focus on providing earlier support for young carers through revised Harbour Help "
            'arrangements, greater support for care leavers and free bus travel for young apprentices."')
    recs, _ = _extract(extractor, text)
    assert "greater support for care leavers" in recs
    assert "free bus travel for young apprentices" in recs


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # an apposition after the focus, not a list; a focus nobody approves
    'Jane Porter said: "The focus in the strategy on early help, a welcome change, is positive."',
    'Jane Porter said: "The focus in the strategy on mentoring for care leavers, rising costs and staff '
    'shortages is misplaced."',
])
def test_near_misses_of_a_welcomed_list(extractor, text):
    recs, _ = _extract(extractor, text)
    assert not [r for r in recs if "change" in r or "costs" in r or "shortages" in r]


def test_an_unclosed_list_closes_before_a_gerund_with_its_object(vocab):
    # "help for carers , more pay for mentors and expanding schemes": the gerund is the last item
    doc = hand_parse(vocab, [
        ("help", 0, "ROOT", "NOUN", "NN", "help"),          # 0
        ("for", 0, "prep", "ADP", "IN", "for"),             # 1
        ("carers", 1, "pobj", "NOUN", "NNS", "carer"),      # 2
        (",", 2, "punct", "PUNCT", ",", ","),               # 3
        ("more", 5, "amod", "ADJ", "JJR", "more"),          # 4
        ("pay", 0, "appos", "NOUN", "NN", "pay"),           # 5
        ("for", 5, "prep", "ADP", "IN", "for"),             # 6
        ("mentors", 6, "pobj", "NOUN", "NNS", "mentor"),    # 7
        ("and", 7, "cc", "CCONJ", "CC", "and"),             # 8
        ("expanding", 7, "conj", "VERB", "VBG", "expand"),  # 9
        ("schemes", 9, "dobj", "NOUN", "NNS", "scheme"),    # 10
    ])
    assert _texts(doc, split_list(doc, 0, len(doc))) == ["help for carers", "more pay for mentors", "expanding schemes"]


@pytest.mark.model
def test_later_objects_of_a_welcomed_gerund_are_the_lists_items(extractor):
    # the parser makes "greater support" a second object of "providing"
    text = ('Jane Porter said: "The emphasis in the strategy on tackling regional health disparities is welcome, '
            "as is the focus on providing earlier support for children and families through revised Harbour Help "
            "arrangements, greater support for care leavers and expanding mentoring schemes amongst foster carers "
            'and social workers."')
    recs, _ = _extract(extractor, text)
    assert "greater support for care leavers" in recs
    assert "expanding mentoring schemes amongst foster carers and social workers" in recs


@pytest.mark.model
def test_a_named_programme_to_be_extended_is_supported_not_a_new_proposal(extractor):
    text = ("Harbour Trust responds to the Westshire Review\n\nWe have long called for the Family Bridges "
            "programme to be extended.")
    recs, rels = _extract(extractor, text)
    assert not [r for r in recs if "to be extended" in r]
