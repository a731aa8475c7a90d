"""Recommendations, session 6: what is no proposal, by general properties (a problem or trend,
a group of people or a post, a resource with only an appraisal, a publication, a change of the
whole field, the subject of another clause), each with near misses that stay proposals.
Sentences invented; structural rules on hand-built parses, the rest through the model."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from caregraph.extract.proposals.phrases import describes_a_problem, names_a_proposal, subject_of_next_clause
from helpers import text_recommendations


def _doc(vocab, words, heads, deps, pos, tags=None, ents=None):
    # each word its own lemma: the rules read lemmas, and these words are in their base form
    # or listed in the schema as written
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags or ["" for _ in words], ents=ents,
               lemmas=[w.lower() for w in words])


_extract = text_recommendations


# --------------------------------------------------------------------------- hand-built parses


def test_a_noun_of_difficulty_or_a_trend_modifier_describes_a_problem(vocab, schema):
    rules = schema.entities
    # "a growing reliance on agency staff": a problem
    doc = _doc(vocab, ["a", "growing", "reliance", "on", "agency", "staff"], [2, 2, 2, 2, 5, 3],
               ["det", "amod", "ROOT", "prep", "compound", "pobj"], ["DET", "VERB", "NOUN", "ADP", "NOUN", "NOUN"])
    assert describes_a_problem(doc[2], rules)
    assert names_a_proposal(doc[:], rules) is False
    # "fragmented record keeping": a deficiency modifier on any head
    doc = _doc(vocab, ["fragmented", "record", "keeping"], [2, 2, 2], ["amod", "compound", "ROOT"], ["ADJ", "NOUN", "NOUN"])
    assert names_a_proposal(doc[:], rules) is False
    # near miss: "a national register of carers" is a measure; "shared record keeping" too
    doc = _doc(vocab, ["a", "national", "register", "of", "carers"], [2, 2, 2, 2, 3],
               ["det", "amod", "ROOT", "prep", "pobj"], ["DET", "ADJ", "NOUN", "ADP", "NOUN"])
    assert not describes_a_problem(doc[2], rules)
    assert names_a_proposal(doc[:], rules) is True
    doc = _doc(vocab, ["shared", "record", "keeping"], [2, 2, 2], ["amod", "compound", "ROOT"], ["ADJ", "NOUN", "NOUN"])
    assert names_a_proposal(doc[:], rules) is True


def test_a_group_of_people_or_a_post_is_no_proposal_but_one_for_someone_is(vocab, schema):
    rules = schema.entities
    # "directors of family services": a post
    doc = _doc(vocab, ["directors", "of", "family", "services"], [0, 0, 3, 1], ["ROOT", "prep", "compound", "pobj"],
               ["NOUN", "ADP", "NOUN", "NOUN"])
    assert names_a_proposal(doc[:], rules) is False
    # "a named mentor worker for every young carer": a measure
    words = ["a", "named", "mentor", "worker", "for", "every", "young", "carer"]
    doc = _doc(vocab, words, [3, 3, 3, 3, 3, 7, 7, 4], ["det", "amod", "compound", "ROOT", "prep", "det", "amod", "pobj"],
               ["DET", "VERB", "NOUN", "NOUN", "ADP", "DET", "ADJ", "NOUN"])
    assert names_a_proposal(doc[:], rules) is True


def test_a_resource_names_a_proposal_with_its_purpose_or_its_sum_not_with_an_appraisal(vocab, schema):
    rules = schema.entities
    doc = _doc(vocab, ["substantial", "investment"], [1, 1], ["amod", "ROOT"], ["ADJ", "NOUN"])
    assert names_a_proposal(doc[:], rules) is False
    doc = _doc(vocab, ["more", "funding"], [1, 1], ["amod", "ROOT"], ["ADJ", "NOUN"])
    assert names_a_proposal(doc[:], rules) is False
    # near miss: a kind of funding
    doc = _doc(vocab, ["multi-year", "funding"], [1, 1], ["amod", "ROOT"], ["ADJ", "NOUN"])
    assert names_a_proposal(doc[:], rules) is True
    # near misses: "investment in youth clubs", "a 3bn investment"
    doc = _doc(vocab, ["investment", "in", "youth", "clubs"], [0, 0, 3, 1], ["ROOT", "prep", "compound", "pobj"],
               ["NOUN", "ADP", "NOUN", "NOUN"])
    assert names_a_proposal(doc[:], rules) is True
    doc = _doc(vocab, ["a", "3bn", "investment"], [2, 2, 2], ["det", "nummod", "ROOT"], ["DET", "NUM", "NOUN"],
               tags=["DT", "CD", "NN"])
    assert names_a_proposal(doc[:], rules) is True


def test_a_publication_is_no_proposal_of_itself(vocab, schema):
    rules = schema.entities
    # "legislation in the Harbour Bill"
    words = ["legislation", "in", "the", "Harbour", "Bill"]
    doc = _doc(vocab, words, [0, 0, 4, 4, 1], ["ROOT", "prep", "det", "compound", "pobj"],
               ["NOUN", "ADP", "DET", "PROPN", "PROPN"])
    assert names_a_proposal(doc[:], rules) is False
    # near miss: "a new legal duty on councils"
    words = ["a", "new", "legal", "duty", "on", "councils"]
    doc = _doc(vocab, words, [3, 3, 3, 3, 3, 4], ["det", "amod", "amod", "ROOT", "prep", "pobj"],
               ["DET", "ADJ", "ADJ", "NOUN", "ADP", "NOUN"])
    assert names_a_proposal(doc[:], rules) is True


def test_changing_the_whole_field_is_an_aim_changing_a_part_of_it_or_by_a_means_is_a_measure(vocab, schema):
    rules = schema.entities
    # "reform local services in the new strategy": the field, and where it is said
    words = ["reform", "local", "services", "in", "the", "new", "strategy"]
    doc = _doc(vocab, words, [0, 2, 0, 0, 6, 6, 3], ["ROOT", "amod", "dobj", "prep", "det", "amod", "pobj"],
               ["VERB", "ADJ", "NOUN", "ADP", "DET", "ADJ", "NOUN"])
    assert names_a_proposal(doc[:], rules) is False
    # near misses: "reform local services through regional hubs"; "improve youth services" (a
    # part of the field); "reform the fostering allowance"
    words = ["reform", "local", "services", "through", "regional", "hubs"]
    doc = _doc(vocab, words, [0, 2, 0, 0, 5, 3], ["ROOT", "amod", "dobj", "prep", "amod", "pobj"],
               ["VERB", "ADJ", "NOUN", "ADP", "ADJ", "NOUN"])
    assert names_a_proposal(doc[:], rules) is True
    doc = _doc(vocab, ["improve", "youth", "services"], [0, 2, 0], ["ROOT", "compound", "dobj"], ["VERB", "NOUN", "NOUN"])
    assert names_a_proposal(doc[:], rules) is True
    words = ["reform", "the", "fostering", "allowance"]
    doc = _doc(vocab, words, [0, 3, 3, 0], ["ROOT", "det", "compound", "dobj"], ["VERB", "DET", "NOUN", "NOUN"])
    assert names_a_proposal(doc[:], rules) is True


def test_a_noun_phrase_that_a_following_verb_has_for_subject_is_another_clause(vocab):
    # "called for a new hub and mentors are ready": the parser hung "mentors" on "hub", "are" on "called"
    words = ["called", "for", "a", "new", "hub", "and", "mentors", "are", "ready"]
    heads = [0, 0, 4, 4, 1, 4, 4, 0, 7]
    deps = ["ROOT", "prep", "det", "amod", "pobj", "cc", "conj", "conj", "acomp"]
    pos = ["VERB", "ADP", "DET", "ADJ", "NOUN", "CCONJ", "NOUN", "AUX", "ADJ"]
    tags = ["VBD", "IN", "DT", "JJ", "NN", "CC", "NNS", "VBP", "JJ"]
    doc = _doc(vocab, words, heads, deps, pos, tags)
    assert subject_of_next_clause(doc[6:7])
    assert not subject_of_next_clause(doc[2:5])   # "a new hub" is followed by "and"
    # near miss: "the call for a new hub is welcome": the phrase is inside the verb's subject
    words = ["the", "call", "for", "a", "new", "hub", "is", "welcome"]
    heads = [1, 6, 1, 5, 5, 2, 6, 6]
    deps = ["det", "nsubj", "prep", "det", "amod", "pobj", "ROOT", "acomp"]
    pos = ["DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "AUX", "ADJ"]
    tags = ["DT", "NN", "IN", "DT", "JJ", "NN", "VBZ", "JJ"]
    doc = _doc(vocab, words, heads, deps, pos, tags)
    assert not subject_of_next_clause(doc[3:6])
    # "the plan to protect families' rights is ...": a subject's clause passes through a verb
    words = ["the", "plan", "to", "protect", "carers", "rights", "is", "late"]
    heads = [1, 6, 3, 1, 5, 3, 6, 6]
    deps = ["det", "nsubj", "aux", "acl", "compound", "dobj", "ROOT", "acomp"]
    pos = ["DET", "NOUN", "PART", "VERB", "NOUN", "NOUN", "AUX", "ADJ"]
    tags = ["DT", "NN", "TO", "VB", "NNS", "NNS", "VBZ", "JJ"]
    doc = _doc(vocab, words, heads, deps, pos, tags)
    assert subject_of_next_clause(doc[4:6])


# --------------------------------------------------------------------------- with the model


@pytest.mark.model
def test_a_bulleted_list_of_problems_after_a_named_proposal_is_no_proposal(extractor):
    text = (
        "Youth hubs were proposed in the Harbour Review as a response to longstanding problems in the "
        "sector, including:\n"
        "\u2022 a growing reliance on emergency placements\n"
        "\u2022 a shortage of trained mentors in rural areas\n"
        "\u2022 fragmented record keeping across councils\n"
    )
    recs, rels = _extract(extractor, text)
    assert not [r for r in recs if "reliance" in r or "shortage" in r or "record keeping" in r]
    assert not [r for r in rels if r[1] == "RECOMMENDS" and "reliance" in r[2]]


@pytest.mark.model
def test_a_bulleted_list_under_an_umbrella_passive_is_still_proposed(extractor):
    text = (
        "The Harbour Review was published today. The following measures are recommended by the review:\n"
        "\u2022 a national register of youth mentors\n"
        "\u2022 a new legal duty on councils to fund youth hubs\n"
    )
    recs, rels = _extract(extractor, text)
    assert "national register of youth mentors" in recs
    assert ("Harbour Review", "RECOMMENDS", "national register of youth mentors") in rels


@pytest.mark.model
def test_a_call_for_an_appraised_resource_is_none_but_for_its_purpose_is(extractor):
    recs, _ = _extract(extractor, "The Harbour Trust said greater investment will be needed to turn the tide.")
    assert recs == []
    recs, rels = _extract(extractor, "The Harbour Trust endorses calls for substantial investment in youth clubs.")
    assert "substantial investment in youth clubs" in recs
    assert ("Harbour Trust", "SUPPORTS", "substantial investment in youth clubs") in rels


@pytest.mark.model
def test_a_body_that_called_for_something_and_its_members_who_are_ready_is_one_proposal(extractor):
    recs, _ = _extract(
        extractor, "The Harbour Trust has long called for a national mentoring scheme and directors of youth services "
        "are ready for change.")
    assert not [r for r in recs if "directors" in r]


def test_complements_that_repeat_a_preposition_are_items_of_one_list(vocab):
    from caregraph.extract.proposals.phrases import repeated_complements

    # "investment in hubs , in training mentors and in clubs": the parser hung the later "in"s on the verb
    words = ["backs", "investment", "in", "hubs", ",", "in", "training", "mentors", "and", "in", "clubs"]
    heads = [0, 0, 1, 2, 0, 0, 5, 6, 0, 0, 9]
    deps = ["ROOT", "dobj", "prep", "pobj", "punct", "prep", "pcomp", "dobj", "cc", "prep", "pobj"]
    pos = ["VERB", "NOUN", "ADP", "NOUN", "PUNCT", "ADP", "VERB", "NOUN", "CCONJ", "ADP", "NOUN"]
    doc = _doc(vocab, words, heads, deps, pos)
    items = [doc[a:b].text for a, b in repeated_complements(doc[1])]
    assert items == ["investment in hubs", "training mentors", "clubs"]
    # near miss: one complement is no list ("investment in hubs, and clubs")
    words = ["backs", "investment", "in", "hubs", ",", "and", "clubs"]
    heads = [0, 0, 1, 2, 0, 0, 0]
    deps = ["ROOT", "dobj", "prep", "pobj", "punct", "cc", "conj"]
    pos = ["VERB", "NOUN", "ADP", "NOUN", "PUNCT", "CCONJ", "NOUN"]
    doc = _doc(vocab, words, heads, deps, pos)
    assert repeated_complements(doc[1]) == []


@pytest.mark.model
def test_recommendations_for_one_noun_with_repeated_complements_are_each_a_proposal(extractor):
    recs, _ = _extract(
        extractor, "The Harbour Trust endorses the Westshire Review's recommendations for new investment in youth "
        "clubs, in training volunteer mentors for every school, and in extending the bus pass to young carers.")
    assert "new investment in youth clubs" in recs
    assert "training volunteer mentors for every school" in recs
    assert "extending the bus pass to young carers" in recs


@pytest.mark.model
def test_bullets_under_a_publication_that_sets_out_its_pillars_of_something_are_its_proposals(extractor):
    text = (
        "The Harbour Strategy was published today.\n"
        "The strategy sets out four 'pillars' of the reform programme:\n"
        "1. Trial a new mentoring service for young carers before they leave school.\n"
        "2. Recruit new youth workers and improve their training.\n"
    )
    recs, rels = _extract(extractor, text)
    assert [r for r in recs if "mentoring service for young carers" in r]
    assert [r for r in recs if r.startswith("Recruit new youth workers")]
    # near miss: the colon closes a relative clause about the pillars, whose items are its phases
    text = (
        "The Harbour Strategy was published today.\n"
        "The strategy sets out reforms across four pillars, which will be delivered in two phases:\n"
        "- In the first year, the council will review its budgets.\n"
        "- After two years, the council will report on progress.\n"
    )
    recs, _ = _extract(extractor, text)
    assert recs == []


@pytest.mark.model
def test_a_numbered_heading_over_a_sublist_is_no_proposal_of_a_publication(extractor):
    text = (
        "The Harbour Strategy was published today.\n"
        "The strategy introduces several new measures:\n"
        "1. Family Support\n"
        "- a national register of kinship carers\n"
        "- a new mentoring service for young carers\n"
    )
    recs, _ = _extract(extractor, text)
    assert [r for r in recs if "national register of kinship carers" in r]
    assert not [r for r in recs if "Family Support" in r]


@pytest.mark.model
def test_measures_listed_after_an_umbrella_noun_on_a_page_about_a_publication_are_its_proposals(extractor):
    text = (
        "Westshire Carers Bill briefing\n\n"
        "The Harbour Trust welcomes this legislation. Families face mounting pressures and provisions including "
        "free bus passes for young carers, a national register of carers and a new duty on councils to fund "
        "respite care, will all help.\n"
    )
    recs, rels = _extract(extractor, text)
    assert "free bus passes for young carers" in recs
    assert "national register of carers" in recs
    assert ("Westshire Carers Bill", "RECOMMENDS", "national register of carers") in rels
    # the list ends at the comma before the predicate
    assert not [r for r in recs if "help" in r]


@pytest.mark.model
def test_an_umbrella_list_on_a_page_about_no_publication_or_far_from_its_cue_is_no_proposal(extractor):
    # no publication named: what a body's changes include is its own work
    recs, _ = _extract(
        extractor, "The Harbour Trust has made changes to its service, such as longer opening hours at its "
        "Westshire centre.")
    assert recs == []
    # the cue too far from the noun introduces another list
    recs, _ = _extract(
        extractor, "The Westshire Review was published today. Its reforms will take years to reach the families "
        "who live in the poorest areas of the county, such as Northtown and Eastbury.")
    assert recs == []


@pytest.mark.model
def test_an_umbrella_as_an_object_or_with_topics_is_left_to_the_verb(extractor):
    # topics of a bill's measures: "including on"
    recs, _ = _extract(
        extractor, "Westshire Carers Bill briefing\n\nPart two of the Bill contains measures on schools, including on "
        "school uniform, teacher misconduct and school places.\n")
    assert recs == []


def test_improving_what_an_aim_improves_is_no_measure(vocab, schema):
    rules = schema.entities
    # "improve outcomes for young carers": an aim
    words = ["improve", "outcomes", "for", "young", "carers"]
    doc = _doc(vocab, words, [0, 0, 1, 4, 2], ["ROOT", "dobj", "prep", "amod", "pobj"], ["VERB", "NOUN", "ADP", "ADJ", "NOUN"])
    assert names_a_proposal(doc[:], rules) is False
    # near misses: "improve outcomes through a mentoring scheme" (a means); "improve the respite allowance"
    words = ["improve", "outcomes", "through", "a", "mentoring", "scheme"]
    doc = _doc(vocab, words, [0, 0, 0, 5, 5, 2], ["ROOT", "dobj", "prep", "det", "compound", "pobj"],
               ["VERB", "NOUN", "ADP", "DET", "NOUN", "NOUN"])
    assert names_a_proposal(doc[:], rules) is True
    words = ["improve", "the", "respite", "allowance"]
    doc = _doc(vocab, words, [0, 3, 3, 0], ["ROOT", "det", "compound", "dobj"], ["VERB", "DET", "NOUN", "NOUN"])
    assert names_a_proposal(doc[:], rules) is True


_PART_PLAYED = [
    # "the role of harbour wardens": the part they play, whatever verb acts on it
    (["the", "role", "of", "harbour", "wardens"], [1, 1, 1, 4, 2], ["det", "ROOT", "prep", "compound", "pobj"],
     ["DET", "NOUN", "ADP", "NOUN", "NOUN"], False),
    (["the", "wider", "roles", "of", "volunteers"], [2, 2, 2, 2, 3], ["det", "amod", "ROOT", "prep", "pobj"],
     ["DET", "ADJ", "NOUN", "ADP", "NOUN"], False),
    # near misses: a post that is created is a measure, with or without a complement of its own
    (["a", "new", "harbour", "ambassador", "role"], [4, 4, 3, 4, 4], ["det", "amod", "compound", "compound", "ROOT"],
     ["DET", "ADJ", "NOUN", "NOUN", "NOUN"], True),
    (["a", "new", "ambassador", "role", "for", "carers"], [3, 3, 3, 3, 3, 4],
     ["det", "amod", "compound", "ROOT", "prep", "pobj"], ["DET", "ADJ", "NOUN", "NOUN", "ADP", "NOUN"], True),
]


@pytest.mark.parametrize(("words", "heads", "deps", "pos", "proposal"), _PART_PLAYED,
                         ids=["role-of", "roles-of", "new-role", "new-role-for"])
def test_the_part_someone_plays_is_no_proposal_but_a_new_post_is(vocab, schema, words, heads, deps, pos, proposal):
    doc = _doc(vocab, words, heads, deps, pos)
    assert names_a_proposal(doc[:], schema.entities) is proposal


@pytest.mark.model
def test_a_strategy_that_expands_the_role_of_someone_recommends_no_role(extractor):
    recs, rels = _extract(extractor, "The strategy will also expand the role of harbour wardens to cover the "
                                     "Eastborough coast.")
    assert not [r for r in recs if "role" in r]
    assert not [rel for rel in rels if rel[1] == "RECOMMENDS"]
