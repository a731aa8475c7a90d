"""Duplicates and wrong merges (issue 15, session 6): variants of one name by string and
acronym algebra (an acronym in either number, an acronym defined after a year, an acronym
spelt out inside a name, "Review of the X"), and the near misses that must stay apart.
Names and sentences are invented; document-level rules run on mentions marked in a text
with [brackets] (type after a bar: [Harbour Trust|Organisation])."""

from __future__ import annotations

import random

import pytest

from caregraph.extract.resolve import merge_entities
from caregraph.graph.ids import node_ids
from helpers import document_entity, marked_document, merged_groups

_document = marked_document
_entity = document_entity


def _groups(schema, entities, *, scope: str = "") -> list[set[str]]:
    return merged_groups(schema, entities, scope=scope)


# --------------------------------------------------------------------- an acronym in either number


def test_an_acronym_and_its_plural_are_one_across_documents_whatever_their_types(schema):
    ents = [_entity("a#0", "WCCs", "Recommendation"), _entity("b#0", "WCC", "Initiative")]
    assert _groups(schema, ents) == [{"WCC", "WCCs"}]


def test_two_different_acronyms_stay_apart(schema):
    ents = [_entity("a#0", "WCCs", "Recommendation"), _entity("b#0", "WCP", "Initiative"),
            _entity("c#0", "WCCP", "Organisation")]
    assert len(_groups(schema, ents)) == 3


def test_an_acronym_alias_of_two_long_names_still_joins_neither(schema):
    ents = [_entity("a#0", "Westby Care Council", "Organisation", aliases=("WCC",)),
            _entity("b#0", "Westby Cricket Club", "Organisation", aliases=("WCC",)),
            _entity("c#0", "WCCs", "Organisation")]
    groups = _groups(schema, ents)
    assert {"Westby Care Council", "Westby Cricket Club"} not in groups
    assert not any(len(g) > 1 and "Westby Cricket Club" in g and "Westby Care Council" in g for g in groups)


# --------------------------------------------------------------------- a definition after a year


def test_an_acronym_defined_after_the_names_year_is_its_alias(schema):
    groups = _document(schema, "It was set out in the [Westby Care Inquiry|Publication] 2021 ([WCIQ|Organisation]) "
                               "and the [WCIQ|Organisation] found gaps.")
    assert groups == [{"Westby Care Inquiry", "WCIQ"}]


def test_an_acronym_after_a_preposition_and_a_year_is_not_defined(schema):
    groups = _document(schema, "The [Westby Care Inquiry|Publication] reported in 2021 ([WCIQ|Organisation]).")
    assert len(groups) == 2


def test_an_acronym_after_another_number_is_not_defined(schema):
    groups = _document(schema, "The [Westby Care Inquiry|Publication] has 15 ([WCIQ|Organisation]) members.")
    assert len(groups) == 2


# --------------------------------------------------------------------- an acronym spelt out inside a name


def test_an_acronym_inside_a_name_is_the_name_with_it_spelt_out(schema):
    ents = [_entity("a#0", "Independent Review of Westby Social Care", "Publication"),
            _entity("b#0", "Independent Review of WSC", "Publication")]
    assert _groups(schema, ents) == [{"Independent Review of WSC", "Independent Review of Westby Social Care"}]


def test_an_acronym_spelt_out_in_the_middle_of_a_name_keeps_the_words_after_it(schema):
    ents = [_entity("a#0", "Westby Social Care Board", "Organisation"),
            _entity("b#0", "WSC Board", "Organisation"),
            _entity("c#0", "WSC Forum", "Organisation")]
    groups = _groups(schema, ents)
    assert {"WSC Board", "Westby Social Care Board"} in groups
    assert {"WSC Forum"} in groups


def test_an_acronym_spelt_out_as_the_text_defines_it(schema):
    # "HNET" is no initials of "Harbour Network": the text's own definition spells it
    ents = [_entity("a#0", "Harbour Network", "Organisation", aliases=("HNET",)),
            _entity("b#0", "Review of Harbour Network", "Publication"),
            _entity("c#0", "Review of HNET", "Publication")]
    groups = _groups(schema, ents)
    assert {"Review of HNET", "Review of Harbour Network"} in groups
    # and the body is not the review of it
    assert {"Harbour Network"} in groups


def test_a_body_is_not_the_review_of_it(schema):
    ents = [_entity("a#0", "Harbour Carers Network", "Organisation"),
            _entity("b#0", "Review of Harbour Carers Network", "Publication")]
    assert len(_groups(schema, ents)) == 2


def test_a_committee_is_still_its_parents_committee(schema):
    ents = [_entity("a#0", "Carers Committee", "Organisation"),
            _entity("b#0", "House of Westby Carers Committee", "Organisation")]
    assert _groups(schema, ents) == [{"Carers Committee", "House of Westby Carers Committee"}]


def test_an_acronym_two_names_spell_alike_joins_neither(schema):
    ents = [_entity("a#0", "Independent Review of Westby Social Care", "Publication"),
            _entity("b#0", "Independent Review of Westby Sports Clubs", "Publication"),
            _entity("c#0", "Independent Review of WSC", "Publication")]
    assert len(_groups(schema, ents)) == 3


def test_a_spelt_out_acronym_needs_the_same_words_around_it(schema):
    ents = [_entity("a#0", "Independent Review of Westby Social Care", "Publication"),
            _entity("b#0", "Annual Review of WSC", "Publication")]
    assert len(_groups(schema, ents)) == 2


def test_a_person_is_never_an_acronym_spelt_out(schema):
    ents = [_entity("a#0", "Jane Westby Social", "Person"), _entity("b#0", "Jane WS", "Person")]
    assert len(_groups(schema, ents)) == 2


# --------------------------------------------------------------------- "Review of the X"


def test_a_title_with_an_article_and_without_its_first_word_is_the_title(schema):
    ents = [_entity("a#0", "Independent Review of Westby Social Care", "Publication"),
            _entity("b#0", "Review of the Westby Social Care", "Publication")]
    assert _groups(schema, ents) == [{"Independent Review of Westby Social Care", "Review of the Westby Social Care"}]


def test_a_shortened_title_between_two_longer_ones_joins_neither(schema):
    ents = [_entity("a#0", "Independent Review of Westby Social Care", "Publication"),
            _entity("b#0", "Annual Review of Westby Social Care", "Publication"),
            _entity("c#0", "Review of the Westby Social Care", "Publication")]
    assert len(_groups(schema, ents)) == 3


def test_a_shortened_title_with_a_word_of_its_own_stays_apart(schema):
    ents = [_entity("a#0", "Independent Review of Westby Social Care", "Publication"),
            _entity("b#0", "Review of the Westby Foster Care", "Publication")]
    assert len(_groups(schema, ents)) == 2


# --------------------------------------------------------------------- determinism


def test_the_new_merges_do_not_depend_on_the_order_of_the_entities(schema):
    ents = [_entity("a#0", "Independent Review of Westby Social Care", "Publication", mentions=3),
            _entity("b#0", "Independent Review of WSC", "Publication"),
            _entity("c#0", "Review of the Westby Social Care", "Publication"),
            _entity("d#0", "WCCs", "Recommendation"), _entity("e#0", "WCC", "Initiative"),
            _entity("f#0", "Westby Foster Panel", "Organisation")]
    results = []
    for seed in range(4):
        shuffled = list(ents)
        random.Random(seed).shuffle(shuffled)
        merged, _mapping = merge_entities(shuffled, schema.entities)
        results.append(sorted(node_ids(merged).values()))
    assert all(r == results[0] for r in results)
    assert results[0] == ["independent-review-of-westby-social-care", "wcc", "westby-foster-panel"]


# --------------------------------------------------------------------- wrong merges of acronyms


def test_an_acronym_does_not_spell_a_name_through_an_agents_by(schema):
    ents = [_entity("a#0", "Research by the Westby Carers Council", "Organisation"),
            _entity("a#1", "RWCC", "Organisation")]
    assert len(_groups(schema, ents, scope="a")) == 2


def test_an_acronym_still_spells_a_name_through_of_and_the(schema):
    ents = [_entity("a#0", "Review of the Westby Carers Council", "Publication"),
            _entity("a#1", "RWCC", "Publication")]
    assert _groups(schema, ents, scope="a") == [{"RWCC", "Review of the Westby Carers Council"}]


def test_a_bracketed_acronym_that_opens_with_another_letter_defines_nothing(schema):
    # the long name was cut after its lower-case word: "Foster with [Westby Vale] (FwWV)"
    groups = _document(schema, "It builds on the Foster with [Westby Vale|Place] ([FwWV|Organisation]) pilot.")
    assert len(groups) == 2


def test_a_bracketed_acronym_that_opens_with_the_names_letter_is_defined(schema):
    groups = _document(schema, "It builds on the [Westby Vale Fostering|Organisation] ([WVF|Organisation]) pilot "
                               "and the [Department for Westby|Organisation] ([DfW|Organisation]).")
    assert groups == [{"Department for Westby", "DfW"}, {"WVF", "Westby Vale Fostering"}]


def test_a_bracketed_acronym_after_a_word_before_its_own_is_defined(schema):
    groups = _document(schema, "The [First Westby Care Board|Organisation] ([WCB|Organisation]) met, and a "
                               "[five-year harbour steps plan|Recommendation] ([HSP|Organisation]) was agreed.")
    assert groups == [{"First Westby Care Board", "WCB"}, {"HSP", "five-year harbour steps plan"}]


# --------------------------------------------------------------------- inflections and hyphens


def test_a_name_with_and_without_a_hyphen_and_in_either_number_is_one(schema):
    ents = [_entity("a#0", "Westby Care Co-operatives", "Organisation"),
            _entity("b#0", "Westby Care Cooperative", "Organisation")]
    assert _groups(schema, ents) == [{"Westby Care Co-operatives", "Westby Care Cooperative"}]


def test_a_short_head_noun_in_either_number_is_one_name(schema):
    ents = [_entity("a#0", "Westby Family Support Teams", "Organisation"),
            _entity("b#0", "Westby Family Support Team", "Organisation")]
    assert _groups(schema, ents) == [{"Westby Family Support Team", "Westby Family Support Teams"}]


def test_another_word_from_the_same_root_is_another_name(schema):
    ents = [_entity("a#0", "Westby Care Cooperative", "Organisation"),
            _entity("b#0", "Westby Care Cooperation", "Initiative"),
            _entity("c#0", "Westby Care Campus", "Organisation"),
            _entity("d#0", "Westby Care Camp", "Organisation")]
    assert len(_groups(schema, ents)) == 4


def test_an_acronym_spells_a_hyphenated_name_with_or_without_the_hyphen(schema):
    ents = [_entity("a#0", "Westby Care Co-operative", "Organisation"), _entity("b#0", "WCCs", "Organisation")]
    assert _groups(schema, ents) == [{"WCCs", "Westby Care Co-operative"}]
    ents = [_entity("a#0", "All-Party Harbour Group", "Organisation"), _entity("b#0", "APHG", "Organisation")]
    assert _groups(schema, ents) == [{"APHG", "All-Party Harbour Group"}]


# --------------------------------------------------------------------- a name and the name plus a head noun


def test_a_place_is_not_its_council(schema):
    ents = [_entity("a#0", "Westby Vale", "Place"), _entity("a#1", "Westby Vale Borough Council", "Organisation")]
    assert len(_groups(schema, ents, scope="a")) == 2


def test_a_body_is_not_its_guide_nor_its_pathfinder(schema):
    ents = [_entity("a#0", "Harbour Steps Partnership", "Organisation"),
            _entity("a#1", "Harbour Steps Partnership Guide", "Publication"),
            _entity("b#0", "Westby Care Cooperative", "Organisation"),
            _entity("b#1", "Westby Care Cooperative Pathfinder", "Initiative")]
    assert len(_groups(schema, ents)) == 4


def test_a_practice_is_not_merged_into_a_team_named_after_it(schema):
    # "X" and "X Teams" typed apart stay apart: in the development sets every such pair of
    # types (a place and its council, a body and its guide) is two things
    ents = [_entity("a#0", "Westby Child Protection", "Initiative"),
            _entity("a#1", "Westby Child Protection Teams", "Organisation")]
    assert len(_groups(schema, ents, scope="a")) == 2


def test_a_title_without_one_of_its_conjuncts_is_another_title(schema):
    # "Westby Children Act" and "Westby Children and Families Act" are two laws, so a short
    # title that drops a conjunct ("X Bill" for "X and Y Bill") is left apart
    ents = [_entity("a#0", "Westby Children Act", "Publication"),
            _entity("b#0", "Westby Children and Families Act", "Publication")]
    assert len(_groups(schema, ents)) == 2


# --------------------------------------------------------------------- a mixed-case acronym's small letters


@pytest.mark.parametrize(("long_name", "long_type", "acronym", "acronym_type", "scope", "joined"), [
    # its small letters are the name's connectives: within a page and across pages, whatever
    # the acronym's own mentions were typed
    ("Royal College of Harbours", "Organisation", "RCoH", "Publication", "a", True),
    ("Royal College of Harbours", "Organisation", "RCoH", "Organisation", "", True),
    ("Department for Harbours", "Organisation", "DfH", "Organisation", "a", True),
    ("Royal College of the Harbours", "Organisation", "RCoHs", "Organisation", "a", True),
    # a small letter with no connective, a capital for a connective, a word too many or too few
    ("Royal College Harbours", "Organisation", "RCoH", "Organisation", "a", False),
    ("Royal College of Harbours", "Organisation", "RCOH", "Organisation", "a", False),
    ("Royal College of Harbour Pilots", "Organisation", "RCoH", "Organisation", "a", False),
    ("Royal College of Harbours", "Organisation", "RoH", "Organisation", "a", False),
])
def test_a_mixed_case_acronym_is_spelt_with_its_connectives(schema, long_name, long_type, acronym, acronym_type,
                                                            scope, joined):
    second = "a#1" if scope else "b#0"
    ents = [_entity("a#0", long_name, long_type), _entity(second, acronym, acronym_type)]
    assert (_groups(schema, ents, scope=scope) == [{long_name, acronym}]) is joined
