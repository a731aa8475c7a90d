"""Duplicates and wrong merges (issue 15, session 5): one entity under several names, and two
entities under one. Names and sentences are invented for these tests; the document-level rules
run on mentions marked in a text with [brackets] (type after a bar: [Harbour Trust|Organisation])."""

from __future__ import annotations

import dataclasses

from caregraph.extract.resolve import merge_entities
from helpers import document_entity, marked_document, merged_groups

_document = marked_document
_entity = document_entity


def _groups(schema, entities, *, scope: str = "d") -> list[set[str]]:
    return merged_groups(schema, entities, scope=scope)


# --------------------------------------------------------------------- wrong merges


def test_a_list_of_titles_is_not_an_apposition(schema):
    groups = _document(schema, "It follows the [Harbour Homes Guide|Publication], [Westshire Carers Act|Publication], "
                               "[Safe Steps Strategy|Publication] and the code.")
    assert len(groups) == 3


def test_an_apposition_still_joins_a_title_and_its_description(schema):
    groups = _document(schema, "The [Harbour Homes Guide|Publication], the [Westshire Carers Guide|Publication], "
                               "sets out the plan.")
    assert groups == [{"Harbour Homes Guide", "Westshire Carers Guide"}]


def test_a_plural_word_does_not_join_a_name_ending_in_its_singular(schema):
    ents = [_entity("d#0", "Early Harbour Foundation", "Organisation"), _entity("d#1", "Foundations", "Organisation")]
    assert len(_groups(schema, ents)) == 2


def test_a_one_word_name_still_joins_the_name_ending_in_it(schema):
    ents = [_entity("d#0", "Harbour Barometer", "Publication"), _entity("d#1", "Barometer", "Publication")]
    assert _groups(schema, ents) == [{"Barometer", "Harbour Barometer"}]


# --------------------------------------------------------------------- a programme and its place


def test_a_programme_named_with_its_place_is_the_programme(schema):
    ents = [_entity("d#0", "Harbour Steps Programme", "Initiative"), _entity("d#1", "Westby", "Place"),
            _entity("d#2", "Harbour Steps Programme in Westby Borough", "Place")]
    assert _groups(schema, ents) == [{"Harbour Steps Programme", "Harbour Steps Programme in Westby Borough"},
                                     {"Westby"}]


def test_a_programme_for_a_region_of_the_text_is_the_programme(schema):
    ents = [_entity("d#0", "Harbour Steps Pathfinder", "Initiative"), _entity("d#1", "North Coast", "Place"),
            _entity("d#2", "Harbour Steps Pathfinder for the North Coast", "Initiative")]
    assert len(_groups(schema, ents)) == 2


def test_a_programme_named_with_a_word_that_is_no_place_is_not_a_place_variant(schema):
    ents = [_entity("d#0", "Harbour Steps Programme", "Initiative"), _entity("d#1", "Westby", "Place"),
            _entity("d#2", "Harbour Steps Programme in Practice", "Publication")]
    assert len(_groups(schema, ents)) == 3


def test_a_body_named_with_a_place_is_not_a_place_variant(schema):
    # the place rule is for programmes: "Harbour Carers in Eastby" is not the body elsewhere
    ents = [_entity("d#0", "Harbour Carers", "Organisation"), _entity("d#1", "Eastby", "Place"),
            _entity("d#2", "Harbour Carers in Eastby", "Place")]
    assert len(_groups(schema, ents)) == 3


# --------------------------------------------------------------------- an acronym before a name's head


def test_an_acronym_before_the_head_is_the_name_it_spells(schema):
    ents = [_entity("a#0", "Harbour Steps Partnership Programme", "Initiative"),
            _entity("b#0", "HSP Programme", "Initiative")]
    assert _groups(schema, ents, scope="") == [{"HSP Programme", "Harbour Steps Partnership Programme"}]


def test_an_acronym_before_the_head_follows_the_texts_definition(schema):
    # "Westby Care Co-Operative (WCC)": the hyphenated word gives one letter in the text's own use
    ents = [_entity("d#0", "Westby Care Co-Operative", "Organisation", aliases=("WCC",)),
            _entity("d#1", "Westby Care Co-Operative Pathfinder", "Initiative"),
            _entity("d#2", "WCC Pathfinder", "Initiative")]
    assert _groups(schema, ents) == [{"WCC Pathfinder", "Westby Care Co-Operative Pathfinder"},
                                     {"Westby Care Co-Operative"}]


def test_an_acronym_and_place_together_reach_the_programme(schema):
    ents = [_entity("d#0", "Westby Care Co-Operative", "Organisation", aliases=("WCC",)),
            _entity("d#1", "Westby Care Co-Operative Pathfinder", "Initiative"),
            _entity("d#2", "South Coast", "Place"),
            _entity("d#3", "WCC Pathfinder for the South Coast", "Initiative")]
    groups = _groups(schema, ents)
    assert {"WCC Pathfinder for the South Coast", "Westby Care Co-Operative Pathfinder"} in groups


def test_an_acronym_that_spells_another_name_is_not_merged(schema):
    ents = [_entity("d#0", "Harbour Steps Partnership Programme", "Initiative"),
            _entity("d#1", "HTP Programme", "Initiative")]
    assert len(_groups(schema, ents)) == 2


def test_an_acronym_with_another_head_is_not_merged(schema):
    ents = [_entity("d#0", "Harbour Steps Partnership Programme", "Initiative"),
            _entity("d#1", "HSP Board", "Organisation")]
    assert len(_groups(schema, ents)) == 2


def test_a_variant_does_not_name_the_merged_entity(schema):
    ents = [_entity("d#0", "Harbour Steps Programme", "Initiative"), _entity("d#1", "Westby", "Place"),
            _entity("d#2", "Harbour Steps Programme in Westby Borough", "Place", mentions=3),
            _entity("d#3", "HSP Programme", "Initiative")]
    merged, _ = merge_entities(ents, schema.entities, scope="d")
    programme = next(e for e in merged if "HSP Programme" in e.aliases)
    assert programme.label == "Harbour Steps Programme"
    assert programme.type == "Initiative"
    assert "Harbour Steps Programme in Westby Borough" in programme.aliases


def test_a_variant_keeps_its_type_out_of_the_graph(schema):
    # the document's entity, merged again across documents, stays an initiative
    ents = [_entity("d#0", "Harbour Steps Programme", "Initiative"), _entity("d#1", "Westby", "Place"),
            _entity("d#2", "Harbour Steps Programme in Westby Borough", "Place", mentions=3)]
    merged, _ = merge_entities(ents, schema.entities, scope="d")
    again, _ = merge_entities(merged, schema.entities)
    assert {e.label: e.type for e in again}["Harbour Steps Programme"] == "Initiative"


# --------------------------------------------------------------------- a name after its parent's


def test_a_committee_named_without_its_house_is_the_committee(schema):
    ents = [_entity("a#0", "House of Westby Carers Committee", "Organisation"),
            _entity("a#1", "Carers Committee", "Organisation")]
    assert _groups(schema, ents) == [{"Carers Committee", "House of Westby Carers Committee"}]


def test_a_name_ending_another_without_an_of_phrase_is_not_joined_by_this_rule(schema):
    # "Westby Carers Committee" vs "Eastby Westby Carers Committee": no parent's "of" phrase,
    # and the longer name adds a proper word
    ents = [_entity("d#0", "Harbour Steps Review", "Publication"),
            _entity("d#1", "Harbour Steps Review of Carers Committee", "Organisation")]
    assert len(_groups(schema, ents)) == 2


def test_a_part_is_not_joined_to_its_parent(schema):
    ents = [_entity("d#0", "University of Westby", "Organisation"),
            _entity("d#1", "University of Westby Harbour Centre", "Organisation")]
    assert len(_groups(schema, ents)) == 2


def test_two_committees_of_one_house_stay_apart(schema):
    ents = [_entity("d#0", "House of Westby Carers Committee", "Organisation"),
            _entity("d#1", "House of Westby Schools Committee", "Organisation"),
            _entity("d#2", "Schools Committee", "Organisation")]
    assert _groups(schema, ents) == [{"House of Westby Carers Committee"},
                                     {"House of Westby Schools Committee", "Schools Committee"}]


def test_committees_on_two_subjects_stay_apart(schema):
    ents = [_entity("d#0", "Parliamentary Group on Kinship Care", "Organisation"),
            _entity("d#1", "Parliamentary Group on Foster Care", "Organisation")]
    assert len(_groups(schema, ents)) == 2


def test_a_plural_in_ies_is_the_name_in_the_singular(schema):
    ents = [_entity("a#0", "Harbour Families First", "Initiative"),
            _entity("b#0", "Harbour Family First", "Organisation")]
    assert len(_groups(schema, ents, scope="")) == 1


def test_a_council_and_its_panel_stay_apart(schema):
    ents = [_entity("d#0", "Westby Council", "Organisation"),
            _entity("d#1", "Westby Council Fostering Panel", "Organisation")]
    assert len(_groups(schema, ents)) == 2


def test_a_name_that_is_no_body_still_joins_the_body_it_opens(schema):
    ents = [_entity("d#0", "Harbour Carers", "Organisation"), _entity("d#1", "Harbour Carers Forum", "Organisation")]
    assert len(_groups(schema, ents)) == 1


# --------------------------------------------------------------------- a type that differs


def test_two_names_with_one_head_merge_however_typed(schema):
    ents = [_entity("d#0", "Westshire Carers Strategy", "Publication"),
            _entity("d#1", "Carers Strategy", "Organisation")]
    merged, _ = merge_entities(ents, schema.entities, scope="d")
    assert [e.label for e in merged] == ["Westshire Carers Strategy"]


def test_names_with_different_heads_and_types_stay_apart(schema):
    ents = [_entity("d#0", "Westshire Carers Strategy", "Publication"),
            _entity("d#1", "Westshire Carers", "Organisation")]
    assert len(_groups(schema, ents)) == 2


def test_a_person_is_never_merged_by_a_shared_head(schema):
    ents = [_entity("d#0", "Westshire Carers Trust", "Organisation"), _entity("d#1", "Carers Trust", "Person")]
    assert len(_groups(schema, ents)) == 2


# --------------------------------------------------------------------- peers


def test_a_peer_named_without_the_territory_is_the_peer(schema):
    ents = [_entity("d#0", "Hartley of Westby Heath", "Person"), _entity("d#1", "Hartley", "Person")]
    assert _groups(schema, ents) == [{"Hartley", "Hartley of Westby Heath"}]


def test_two_peers_of_one_name_and_different_places_stay_apart(schema):
    ents = [_entity("d#0", "Hartley of Westby Heath", "Person"), _entity("d#1", "Hartley of Eastby", "Person"),
            _entity("d#2", "Hartley", "Person")]
    assert len(_groups(schema, ents)) == 3


# --------------------------------------------------------------------- a body's first word


def test_a_bodys_first_word_alone_is_the_body_in_its_document(schema):
    ents = [_entity("d#0", "Alder Economics", "Organisation"), _entity("d#1", "Alder", "Person")]
    assert _groups(schema, ents) == [{"Alder", "Alder Economics"}]


def test_a_first_word_shared_by_two_bodies_joins_neither(schema):
    ents = [_entity("d#0", "Alder Economics", "Organisation"), _entity("d#1", "Alder Homes", "Organisation"),
            _entity("d#2", "Alder", "Organisation")]
    assert len(_groups(schema, ents)) == 3


def test_a_place_is_not_the_council_named_after_it(schema):
    ents = [_entity("d#0", "Westby Council", "Organisation"), _entity("d#1", "Westby", "Place")]
    assert len(_groups(schema, ents)) == 2


def test_a_body_is_not_its_campaign(schema):
    ents = [_entity("d#0", "Alder Care Week", "Initiative"), _entity("d#1", "Alder", "Organisation")]
    assert len(_groups(schema, ents)) == 2


def test_a_head_noun_alone_is_not_the_body_it_opens(schema):
    # "the Forum" names a thing by its kind: not the "Forum Radio" that opens with the word
    ents = [_entity("d#0", "Forum Radio", "Organisation"), _entity("d#1", "Forum", "Organisation")]
    assert len(_groups(schema, ents)) == 2
    ents = [_entity("d#0", "Hub Westby", "Organisation"), _entity("d#1", "Hub", "Initiative")]
    assert len(_groups(schema, ents)) == 2


def test_a_bodys_first_word_is_not_merged_across_documents(schema):
    ents = [_entity("a#0", "Alder Economics", "Organisation"), _entity("b#0", "Alder", "Organisation")]
    assert len(_groups(schema, ents, scope="")) == 2


# --------------------------------------------------------------------- another preposition


def test_a_name_with_another_preposition_is_the_name(schema):
    ents = [_entity("a#0", "Independent Review of Westby Care", "Publication"),
            _entity("b#0", "Independent Review into Westby Care", "Publication"),
            _entity("c#0", "Department of Harbours", "Organisation"),
            _entity("d#0", "Department for Harbours", "Organisation")]
    assert len(_groups(schema, ents, scope="")) == 2


def test_and_is_not_dropped_like_a_preposition(schema):
    ents = [_entity("a#0", "Health Committee", "Organisation"),
            _entity("b#0", "Health and Care Committee", "Organisation")]
    assert len(_groups(schema, ents, scope="")) == 2


def test_groups_on_different_subjects_stay_apart_across_documents(schema):
    ents = [_entity("a#0", "Parliamentary Group on Kinship Care", "Organisation"),
            _entity("b#0", "Parliamentary Group for Adoption", "Organisation"),
            _entity("c#0", "Parliamentary Group on Foster Care", "Organisation")]
    assert len(_groups(schema, ents, scope="")) == 3


def test_people_are_not_merged_by_a_dropped_preposition(schema):
    ents = [_entity("a#0", "Hartley of Westby", "Person"), _entity("b#0", "Hartley Westby", "Person")]
    assert len(_groups(schema, ents, scope="")) == 2


# --------------------------------------------------------------------- a title and its description


def test_a_description_before_a_title_is_its_alias_and_joins_the_description_elsewhere(schema):
    groups = _document(schema, "The department published the first national harbour carers strategy, "
                               "'[Safe Harbours|Publication]', in May.")
    assert groups == [{"Safe Harbours", "national harbour carers strategy"}]
    title = _entity("a#0", "Safe Harbours", "Publication", aliases=("national harbour carers strategy",))
    other = _entity("b#0", "National Harbour Carers Strategy", "Publication", mentions=3)
    assert len(_groups(schema, [title, other], scope="")) == 1
    merged, _ = merge_entities([title, other], schema.entities)
    assert merged[0].label == "Safe Harbours"
    longer = _entity("c#0", "National Harbour Carers Strategy for Westby", "Publication", mentions=3)
    merged, _ = merge_entities([title, other, longer], schema.entities)
    assert [e.label for e in merged] == ["Safe Harbours"]


def test_a_short_or_other_kind_of_description_is_no_alias(schema):
    # two words only ("its carers strategy"), another kind of noun ("its partner"), a list
    for marked in ("It published its carers strategy, '[Safe Harbours|Publication]'.",
                   "It thanked its long standing delivery partner [Safe Harbours|Publication].",
                   "It cites the national harbour carers strategy and [Safe Harbours|Publication]."):
        groups = _document(schema, marked)
        assert {"Safe Harbours"} in groups, marked


def test_a_description_shared_by_two_titles_joins_neither(schema):
    a = _entity("a#0", "Safe Harbours", "Publication", aliases=("national harbour carers strategy",))
    b = _entity("b#0", "Open Doors", "Publication", aliases=("national harbour carers strategy",))
    c = _entity("c#0", "National Harbour Carers Strategy", "Publication")
    assert len(_groups(schema, [a, b, c], scope="")) == 3


def test_a_description_starts_after_the_last_determiner_or_owner(schema):
    groups = _document(schema, "We welcome the publication of the first national harbour carers strategy, "
                               "'[Safe Harbours|Publication]'. The council's first report, "
                               "'[Open Doors|Publication]', came later.")
    assert {"Safe Harbours", "national harbour carers strategy"} in groups
    assert {"Open Doors"} in groups


# --------------------------------------------------------------------- acronyms


def test_an_acronym_prefers_the_name_it_spells_letter_for_letter(schema):
    programme = _entity("a#0", "Harbour Steps Pilot Transformation Programme", "Initiative",
                        aliases=("Harbour Steps Pilot Programme",))
    guide = _entity("b#0", "Harbour Steps Pilot Programme Guide", "Publication")
    acronym = _entity("c#0", "HSPP", "Organisation")
    groups = _groups(schema, [programme, guide, acronym], scope="")
    assert {"HSPP", "Harbour Steps Pilot Transformation Programme"} in groups


def test_an_acronym_still_spells_a_name_without_its_trailing_head(schema):
    guide = _entity("b#0", "Harbour Steps Pilot Programme Guide", "Publication")
    acronym = _entity("c#0", "HSPP", "Publication")
    assert len(_groups(schema, [guide, acronym], scope="")) == 1


def test_a_description_does_not_unlabel_a_gazetteer_title(schema):
    # a page describes the known title in lower case ("the harbour families review"); the merged
    # node keeps the entry's name, not a shorter capitalised form another page wrote
    title = "Independent Review of Harbour Families"
    rules = dataclasses.replace(schema, entities=dataclasses.replace(
        schema.entities, gazetteer_names=schema.entities.gazetteer_names | {title},
        gazetteer_titles=(*schema.entities.gazetteer_titles, (title, title, "Publication"))))
    known = _entity("a#0", title, "Publication", mentions=3, aliases=("harbour families review",))
    short = _entity("b#0", "Independent Review of Families", "Publication")
    merged, _ = merge_entities([known, short], rules.entities, pairs=[("a#0", "b#0")])
    assert [e.label for e in merged] == [title]


# --------------------------------------------------------------------- a word's short form


def test_a_short_form_of_a_word_joins_the_name_with_the_full_word(schema):
    # "Co-ops" for "Co-operatives" (entities.yaml word_short_forms), in either number and with or
    # without the hyphen, within a document and across documents
    for short, longer in (("Westby Care Co-ops", "Westby Care Co-operatives"),
                          ("Westby Care Coop", "Westby Care Cooperatives"),
                          ("Co-op Westby Care Group", "Co-operative Westby Care Group")):
        for scope, other in (("d", "d#1"), ("", "e#0")):
            ents = [_entity("d#0", longer, "Organisation", mentions=2), _entity(other, short, "Organisation")]
            assert _groups(schema, ents, scope=scope) == [{longer, short}], (short, scope)


def test_a_short_form_needs_the_schemas_word_and_the_rest_of_the_name(schema):
    bare = dataclasses.replace(schema, entities=dataclasses.replace(schema.entities, word_short_forms={}))
    ents = [_entity("d#0", "Westby Care Co-operatives", "Organisation"), _entity("d#1", "Westby Care Co-ops", "Organisation")]
    assert len(_groups(bare, ents)) == 2
    # another word beside it is another name
    ents = [_entity("d#0", "Westby Care Co-operatives", "Organisation"), _entity("d#1", "Eastby Care Co-ops", "Organisation")]
    assert len(_groups(schema, ents)) == 2


# --------------------------------------------------------------------- an "and" inside a title's complement


def test_a_titles_opening_joins_the_title_whose_complement_holds_an_and(schema):
    # "the Harbour Review" of the "Harbour Review into the deaths of Jane Doe and John Roe": the
    # "and" joins what the review is about, not two names
    longer = "Harbour Review into the deaths of Jane Doe and John Roe"
    ents = [_entity("d#0", longer, "Publication"), _entity("d#1", "Harbour Review", "Publication")]
    assert _groups(schema, ents) == [{longer, "Harbour Review"}]


def test_an_and_before_any_preposition_still_keeps_two_names_apart(schema):
    for short, longer in (("Safe Harbour", "Safe Harbour and Kestrel Homes"),
                          ("Safe Harbour", "Safe Harbour and Kestrel Homes for Children")):
        ents = [_entity("d#0", longer, "Organisation"), _entity("d#1", short, "Organisation")]
        assert len(_groups(schema, ents)) == 2, longer


def test_a_bodys_name_is_not_a_longer_bodys_opening_before_a_complement_with_an_and(schema):
    # "Westby Council" and the "Westby Council for Voluntary Service and Community Action": two bodies
    longer = "Westby Council for Voluntary Service and Community Action"
    ents = [_entity("d#0", longer, "Organisation"), _entity("d#1", "Westby Council", "Organisation")]
    assert len(_groups(schema, ents)) == 2
