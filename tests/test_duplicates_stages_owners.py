"""Duplicates and wrong merges (issue 15, session 12), from pools of real pages without gold:
an acronym with an ampersand ("X&YZ"), a name after its owner's possessive ("the
Department's X") or a post's time word ("Former X"), a title's other name in brackets, a
short form without an inner "for", and the near misses that must stay apart (a Bill and an
Act of its words among them). Names
and sentences are invented; document-level rules run on mentions marked in a text with
[brackets] (type after a bar: [Harbour Trust|Organisation])."""

from __future__ import annotations

from helpers import document_entity, marked_document, merged_groups

_document = marked_document
_entity = document_entity


_groups = merged_groups  # the labels merged, as sets (scope "" unless a test gives one)


# --------------------------------------------------------------------- a Bill and an Act of its words


def test_a_bill_and_an_act_of_its_words_stay_apart(schema):
    # the Bill may amend the Act ("the Harbour Bill amends the Harbour Act 1990"): without the
    # dates that tell the Bill that became the Act from one that amends it, no merge
    ents = [_entity("d#0", "Harbour Wellbeing Bill", "Publication"),
            _entity("d#1", "Harbour Wellbeing Act 1990", "Publication")]
    assert len(_groups(schema, ents, scope="d")) == 2
    ents = [_entity("a#0", "Harbour Act 1989", "Publication"), _entity("b#0", "Harbour Act 2004", "Publication"),
            _entity("c#0", "Harbour Bill", "Publication")]
    assert len(_groups(schema, ents)) == 3


# --------------------------------------------------------------------- an acronym with an ampersand


def test_an_ampersand_acronym_defined_in_brackets_is_the_long_name(schema):
    groups = _document(schema, "[Westby and North East Harbour Council|Organisation] ([W&NEH|Organisation]) "
                               "agreed the plan. A spokesperson for [W&NEH|Organisation] said so.")
    assert groups == [{"Westby and North East Harbour Council", "W&NEH"}]


def test_an_ampersand_acronym_joins_the_name_whose_initials_it_spells(schema):
    ents = [_entity("a#0", "Westby and North East Harbour", "Place"), _entity("b#0", "W&NEH", "Place")]
    assert _groups(schema, ents) == [{"Westby and North East Harbour", "W&NEH"}]


def test_an_ampersand_acronym_of_other_letters_stays_apart(schema):
    ents = [_entity("a#0", "Westby and North East Harbour", "Place"), _entity("b#0", "W&NES", "Place")]
    assert len(_groups(schema, ents)) == 2


def test_an_ampersand_acronym_never_labels_the_long_name(schema):
    from caregraph.extract.resolve import merge_entities

    ents = [_entity("a#0", "Westby and North East Harbour", "Place"),
            _entity("b#0", "W&NEH", "Place", mentions=6)]
    merged, _ = merge_entities(ents, schema.entities)
    assert [e.label for e in merged] == ["Westby and North East Harbour"]


# --------------------------------------------------------------------- a name after its owner's possessive


def test_a_name_after_a_bodys_possessive_is_the_name_in_one_document(schema):
    groups = _document(schema, "The [Department for Harbours|Organisation] backs it. "
                               "The [Department for Harbours's Westby Families Programme|Initiative] opens. "
                               "The [Westby Families Programme|Initiative] runs in [Westshire|Place].")
    assert {"Westby Families Programme", "Department for Harbours's Westby Families Programme"} in groups
    assert {"Department for Harbours"} in groups


def test_a_name_after_an_acronyms_possessive_is_the_name(schema):
    groups = _document(schema, "The [Department for Harbours|Organisation] ([DfH|Organisation]) backs it. "
                               "[DfH's Westby Families Programme|Initiative] opens. "
                               "The [Westby Families Programme|Initiative] runs.")
    assert {"Westby Families Programme", "DfH's Westby Families Programme"} in groups


def test_a_name_after_a_places_possessive_is_the_name_across_documents(schema):
    from caregraph.extract.resolve import merge_entities

    ents = [_entity("a#0", "Westshire", "Place"), _entity("a#1", "Westshire's Harbour Carers Plan", "Publication"),
            _entity("b#0", "Harbour Carers Plan", "Publication")]
    merged, _ = merge_entities(ents, schema.entities)
    assert sorted(e.label for e in merged) == ["Harbour Carers Plan", "Westshire"]


def test_a_place_and_the_council_named_after_it_stay_apart(schema):
    ents = [_entity("d#0", "Westshire", "Place"), _entity("d#1", "Westshire Council", "Organisation"),
            _entity("d#2", "Westshire's Harbour Review", "Publication")]
    assert len(_groups(schema, ents, scope="d")) == 3


def test_a_report_after_the_possessive_of_the_review_that_wrote_it_stays_apart_from_the_review(schema):
    # "the Harbour Review's Final Report" is the report, not the review
    ents = [_entity("d#0", "Harbour Review", "Publication"), _entity("d#1", "Harbour Review's Final Report", "Publication"),
            _entity("d#2", "Final Report", "Publication")]
    groups = _groups(schema, ents, scope="d")
    assert {"Harbour Review"} in groups
    assert {"Harbour Review's Final Report", "Final Report"} in groups
    # and across documents
    ents = [_entity("a#0", "Harbour Review", "Publication"), _entity("b#0", "Harbour Review's Final Report", "Publication")]
    assert len(_groups(schema, ents)) == 2


def test_a_review_and_a_longer_name_of_it_still_join(schema):
    # the near miss of the above: a longer name without a possessive is still the review
    ents = [_entity("d#0", "Harbour Review", "Publication"), _entity("d#1", "Harbour Review of Westby Care", "Publication")]
    assert len(_groups(schema, ents, scope="d")) == 1


# --------------------------------------------------------------------- a title's other name in brackets


def test_a_titles_other_name_in_brackets_after_it_is_one_publication(schema):
    groups = _document(schema, "The long awaited [Independent Review of Harbour Care|Publication] "
                               "(the [Porter Report|Publication]) was published today.")
    assert groups == [{"Independent Review of Harbour Care", "Porter Report"}]


def test_a_bracket_that_says_more_than_a_name_joins_nothing(schema):
    groups = _document(schema, "The [Harbour Case for Change|Publication] "
                               "(the [Independent Review of Harbour Care|Publication], 2021) was read.")
    assert len(groups) == 2


def test_a_bracketed_title_without_the_article_is_another_paper(schema):
    # a debate on a committee's report on the strategy: the report is not the strategy
    groups = _document(schema, "[Harbour Care Strategy|Publication] ([Harbour Committee Report|Publication]) Debate")
    assert len(groups) == 2


def test_a_name_of_another_kind_in_brackets_joins_nothing(schema):
    groups = _document(schema, "The [Harbour Review|Publication] (the [Westshire Council|Organisation]) was read. "
                               "[Jane Porter|Person] ([Harbour Trust|Organisation]) spoke.")
    assert len(groups) == 4


# --------------------------------------------------------------------- a post's time before a body's name


def test_a_former_post_before_a_bodys_name_is_the_body_in_one_document(schema):
    ents = [_entity("d#0", "Harbour Commissioner for Westshire", "Organisation"),
            _entity("d#1", "Former Harbour Commissioner", "Organisation")]
    from caregraph.extract.resolve import merge_entities

    merged, _ = merge_entities(ents, schema.entities, scope="d")
    assert [(e.label, e.aliases) for e in merged] == [("Harbour Commissioner for Westshire", ("Former Harbour Commissioner",))]


def test_a_former_post_of_two_bodies_joins_neither(schema):
    ents = [_entity("d#0", "Harbour Commissioner for Westshire", "Organisation"),
            _entity("d#1", "Harbour Commissioner for Eastshire", "Organisation"),
            _entity("d#2", "Former Harbour Commissioner", "Organisation")]
    assert len(_groups(schema, ents, scope="d")) == 3


def test_a_post_word_that_changes_the_body_is_no_former_word(schema):
    # a deputy's office is not the commissioner's
    ents = [_entity("d#0", "Harbour Commissioner for Westshire", "Organisation"),
            _entity("d#1", "Deputy Harbour Commissioner", "Organisation")]
    assert len(_groups(schema, ents, scope="d")) == 2


# --------------------------------------------------------------------- a short form of a name with an inner "for"


def test_a_short_form_without_an_inner_for_joins_the_name_of_its_closing_head(schema):
    ents = [_entity("a#0", "Westby First for Children Pathfinder", "Initiative"),
            _entity("b#0", "Westby First Pathfinders", "Initiative")]
    assert len(_groups(schema, ents)) == 1


def test_a_body_is_not_the_review_of_it_by_their_closing_words(schema):
    ents = [_entity("d#0", "Harbour Network", "Organisation"), _entity("d#1", "Review of Harbour Network", "Publication")]
    assert len(_groups(schema, ents, scope="d")) == 2


def test_a_short_form_of_two_names_of_its_closing_head_joins_neither(schema):
    ents = [_entity("a#0", "Westby First for Children Pathfinder", "Initiative"),
            _entity("b#0", "Westby First for Families Pathfinder", "Initiative"),
            _entity("c#0", "Westby First Pathfinders", "Initiative")]
    assert len(_groups(schema, ents)) == 3


def test_a_longer_name_that_opens_otherwise_is_no_long_form_by_its_closing_head(schema):
    # a heading about the report, a post at the body: neither is the report or the body
    ents = [_entity("a#0", "Final Report", "Publication"), _entity("a#1", "Expectations for the Final Report", "Publication"),
            _entity("b#0", "Harbour Councils Network", "Organisation"),
            _entity("b#1", "Services Spokesperson for the Harbour Councils Network", "Organisation")]
    assert len(_groups(schema, ents)) == 4


def test_a_name_cut_at_its_own_possessive_still_joins_its_long_form(schema):
    # "Harbour Children" (of "Harbour Children's Partnerships"): the possessive is the name's own
    ents = [_entity("d#0", "Harbour Children's Partnerships", "Organisation"),
            _entity("d#1", "Harbour Children", "Organisation")]
    assert len(_groups(schema, ents, scope="d")) == 1
