"""Duplicates of session 14 (issue 15): one entity under several names on pages nobody tuned for:
a programme's opening word in the other number, a sum of money written two ways, a draft of a
title, a known proposal written with other words between its own, and a known body whose name
an apposition before it ran into. Names and sentences are invented; gazetteer entries are
the schema's own or built here."""

from __future__ import annotations

from dataclasses import replace

from caregraph.extract.resolve import _known_proposal, _sum_key, merge_entities
from helpers import document_entity, merged_groups

_entity = document_entity


def _merged(schema, entities, *, scope: str = ""):  # type: ignore[no-untyped-def]
    merged, _mapping = merge_entities(entities, schema.entities, scope=scope)
    return merged


# --------------------------------------------------------------------- a word in either number


def test_a_programme_opening_with_its_first_word_in_the_other_number_is_its_longer_form(schema):
    ents = [_entity("a#0", "Homes Ahead for Children Pathfinder", "Initiative"),
            _entity("b#0", "Home Ahead Pathfinders", "Initiative")]
    assert merged_groups(schema, ents) == [{"Home Ahead Pathfinders", "Homes Ahead for Children Pathfinder"}]


def test_a_programme_opening_with_another_word_stays_apart(schema):
    ents = [_entity("a#0", "Homes Ahead for Children Pathfinder", "Initiative"),
            _entity("b#0", "Harbour Ahead Pathfinders", "Initiative")]
    assert len(merged_groups(schema, ents)) == 2


# --------------------------------------------------------------------- sums of money


def test_a_sum_is_keyed_however_its_amount_is_written(schema):
    rules = schema.entities
    keys = {_sum_key(label, rules) for label in (
        "£3.4bn funding", "an investment of £3.4 billion", "£3,400m of investment",
        "£3.4 billion funding recommended by the Westby Review", "£3.4bn funding over five years")}
    assert len(keys) == 1 and "" not in keys


def test_a_sum_for_a_named_purpose_is_no_bare_sum(schema):
    rules = schema.entities
    assert _sum_key("£3.4bn for Harbour Hubs", rules) == ""
    assert _sum_key("£3.4bn and £2m funding", rules) == ""
    assert _sum_key("Harbour Hubs", rules) == ""


def test_proposals_of_one_sum_are_one_across_documents_and_the_framed_one_never_labels(schema):
    ents = [_entity("a#0", "£3.4 billion funding recommended by the Westby Review", "Recommendation"),
            _entity("b#0", "investment of £3.4bn", "Recommendation"),
            _entity("c#0", "£3.4bn funding", "Recommendation"),
            _entity("c#1", "£5m funding", "Recommendation")]
    merged = _merged(schema, ents)
    assert len(merged) == 2
    three = next(e for e in merged if e.mentions == 3)
    assert three.label == "investment of £3.4bn"


def test_a_sum_that_is_no_proposal_is_not_merged_by_its_amount(schema):
    ents = [_entity("a#0", "£3.4bn funding", "Initiative"), _entity("b#0", "investment of £3.4bn", "Initiative")]
    assert len(merged_groups(schema, ents)) == 2


# --------------------------------------------------------------------- a draft of a title


def test_a_draft_is_the_title_it_drafts_which_labels_and_types_it(schema):
    ents = [_entity("d#0", "Harbour Local Offer", "Recommendation"),
            _entity("d#1", "Draft Harbour Local Offer", "Organisation", mentions=3)]
    merged = _merged(schema, ents, scope="d")
    assert [(e.label, e.type) for e in merged] == [("Harbour Local Offer", "Recommendation")]


def test_a_draft_joins_the_title_across_documents(schema):
    ents = [_entity("a#0", "Harbour Care Guidance", "Publication"),
            _entity("b#0", "Revised Harbour Care Guidance", "Publication")]
    assert len(merged_groups(schema, ents)) == 1


def test_a_draft_of_a_title_the_texts_never_name_stays_itself(schema):
    ents = [_entity("a#0", "Harbour Care Guidance", "Publication"),
            _entity("b#0", "Draft Westby Care Guidance", "Publication")]
    assert len(merged_groups(schema, ents)) == 2


# --------------------------------------------------------------------- a known proposal's words


def _rules_with_proposal(schema, name: str):  # type: ignore[no-untyped-def]
    rules = schema.entities
    return replace(rules, gazetteer_proposals=((name, name), (name.lower(), name)),
                   gazetteer_names=rules.gazetteer_names | {name})


def test_a_proposal_holding_every_word_of_a_known_one_is_it(schema):
    rules = _rules_with_proposal(schema, "Harbour Work as a Listed Trade")
    for phrase in ("make harbour-work a listed trade", "harbour work become a listed trade under the Westby Act",
                   "making harbour work an additional listed trade"):
        found = _known_proposal(_entity("d#0", phrase, "Recommendation"), rules)
        assert found.label == "Harbour Work as a Listed Trade"
        assert phrase in found.aliases


def test_a_proposal_missing_a_word_of_the_known_one_stays_itself(schema):
    rules = _rules_with_proposal(schema, "Harbour Work as a Listed Trade")
    for phrase in ("new listed trade for harbours", "harbour work for a trade"):
        assert _known_proposal(_entity("d#0", phrase, "Recommendation"), rules).label == phrase


def test_a_proposal_holding_the_known_form_word_for_word_is_left_to_the_mention_stage(schema):
    rules = _rules_with_proposal(schema, "Harbour Work as a Listed Trade")
    phrase = "harbour work as a listed trade for older carers"
    assert _known_proposal(_entity("d#0", phrase, "Recommendation"), rules).label == phrase


def test_a_short_known_proposal_is_never_found_by_its_words(schema):
    rules = _rules_with_proposal(schema, "Harbour Hubs")
    phrase = "hubs for every harbour"
    assert _known_proposal(_entity("d#0", phrase, "Recommendation"), rules).label == phrase


# --------------------------------------------------------------------- known bodies of the gazetteer


def test_an_integrated_care_board_of_two_places_is_named_after_an_apposition(extractor):
    text = ("Westshire County Council applied to join with support from the Chief Constable and the Director "
            "of Children's Services in the Kent and Medway Integrated Care Board.")
    labels = {e.label for e in extractor.process_text(text, doc_id="t").entities}
    assert "Kent and Medway Integrated Care Board" in labels
    assert not any(label.startswith("Chief Constable and") for label in labels)


def test_the_audience_a_person_speaks_to_is_no_workplace(extractor):
    from helpers import text_relations

    text = ("Speaking to the Harbour Gazette ahead of her inauguration as president this week, Jane Porter "
            "praised the work of carers.")
    assert not any(rel == "ROLE_AT" for _s, rel, _t in text_relations(extractor, text))


def test_a_post_at_a_body_beside_a_verb_of_speaking_is_still_a_post(extractor):
    from helpers import text_relations

    text = "Jane Porter, president of the Harbour Trust, spoke to the Westshire Gazette about carers."
    rels = text_relations(extractor, text)
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in rels
    assert not any(rel == "ROLE_AT" and t == "Westshire Gazette" for _s, rel, t in rels)


# --------------------------------------------------------------------- a verb of an aim before a name

# (Family Help is a gazetteer programme; the council and its strategy are invented)
_PRIORITIES = ("A new \u201cFamily Help\u201d strategy for Westshire has been approved by the council\u2019s cabinet "
               "this week.\nThe council has adopted the phrase \u201cFamily Help\u201d to cover early help, with the "
               "new Family Help offer run by partners.\nThe report sets out six priorities:\n"
               "  \u2022 Embed a culture of \u2018Family Help\u2019 across services.\n"
               "  \u2022 Improve Family Help experience.\n  \u2022 Strengthen the partnership.")


def test_a_verb_of_an_aim_opening_an_item_is_no_word_of_the_name_after_it(extractor):
    labels = {e.label for e in extractor.process_text(_PRIORITIES, doc_id="t").entities}
    assert "Family Help" in labels
    assert "Improve Family Help" not in labels


def test_a_name_the_text_always_writes_with_the_verb_keeps_it(extractor):
    text = "Our partners:\n  • Improve Westby Carers, a charity in Westby.\n  • Harbour Trust."
    labels = {e.label for e in extractor.process_text(text, doc_id="t").entities}
    assert "Improve Westby Carers" in labels
