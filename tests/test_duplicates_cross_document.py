"""Duplicates and wrong merges (issue 15, session 7), from one graph built over pools of real
pages without gold: which name labels an entity merged across documents. Names and sentences
are invented; document-level rules run on mentions marked in a text with [brackets] (type after
a bar: [Harbour Trust|Organisation])."""

from __future__ import annotations

from caregraph.extract.resolve import merge_entities
from helpers import document_entity, marked_entities

_entity = document_entity


def _labels(schema, entities) -> list[tuple[str, tuple[str, ...]]]:
    merged, _mapping = merge_entities(entities, schema.entities)
    return sorted((e.label, e.aliases) for e in merged)


# --------------------------------------------------------------------- the label of a name across documents


def test_one_documents_longer_form_does_not_label_what_more_documents_name_by_its_closing_words(schema):
    # one page names the body with a leading qualifier, three others without it
    ents = [_entity("a#0", "Westby Department for Harbours", "Organisation",
                    aliases=("Department for Harbours",)),
            _entity("b#0", "Department for Harbours", "Organisation"),
            _entity("c#0", "Department for Harbours", "Organisation"),
            _entity("d#0", "Department for Harbours", "Organisation")]
    [(label, aliases)] = _labels(schema, ents)
    assert label == "Department for Harbours"
    assert "Westby Department for Harbours" in aliases


def test_a_title_before_the_name_in_one_document_does_not_label_it(schema):
    ents = [_entity("a#0", "Terms of Reference for Harbour Carers Board", "Organisation",
                    aliases=("Harbour Carers Board",)),
            _entity("b#0", "Harbour Carers Board", "Organisation"),
            _entity("c#0", "Harbour Carers Board", "Organisation")]
    assert [label for label, _ in _labels(schema, ents)] == ["Harbour Carers Board"]


def test_the_longer_name_labels_when_as_many_documents_give_it(schema):
    # "Independent Review of X" in two documents, "Review of X" in two: the longer stays
    ents = [_entity("a#0", "Independent Review of Harbour Care", "Publication", aliases=("Review of Harbour Care",)),
            _entity("b#0", "Independent Review of Harbour Care", "Publication"),
            _entity("c#0", "Review of Harbour Care", "Publication"),
            _entity("d#0", "Review of Harbour Care", "Publication", aliases=("Independent Review of Harbour Care",))]
    assert [label for label, _ in _labels(schema, ents)] == ["Independent Review of Harbour Care"]


def test_a_run_that_drops_the_head_never_labels(schema):
    # "Harbour Language" is the opening of "Harbour Language Promotion Plan", not its closing words
    ents = [_entity("a#0", "Harbour Language Promotion Plan", "Publication", aliases=("Harbour Language",)),
            _entity("b#0", "Harbour Language", "Publication"),
            _entity("c#0", "Harbour Language", "Publication")]
    assert [label for label, _ in _labels(schema, ents)] == ["Harbour Language Promotion Plan"]


def test_a_year_after_the_name_is_kept_in_the_label(schema):
    ents = [_entity("a#0", "Harbour Annual Report 2020", "Publication", aliases=("Harbour Annual Report",)),
            _entity("b#0", "Harbour Annual Report", "Publication"),
            _entity("c#0", "Harbour Annual Report", "Publication")]
    assert [label for label, _ in _labels(schema, ents)] == ["Harbour Annual Report 2020"]


def test_a_one_word_run_or_an_acronym_never_labels(schema):
    ents = [_entity("a#0", "Westby Harbour Trust", "Organisation", aliases=("Trust", "WHT")),
            _entity("b#0", "WHT", "Organisation"), _entity("c#0", "WHT", "Organisation"),
            _entity("d#0", "Trust", "Organisation"), _entity("e#0", "Trust", "Organisation")]
    labels = [label for label, _ in _labels(schema, ents)]
    assert "Westby Harbour Trust" in labels and "WHT" not in labels


def test_a_persons_full_name_is_kept_whatever_more_documents_give(schema):
    # (the three joined by hand: a person is merged by its own rules; here only the label is asked)
    ents = [_entity("a#0", "Jane Ann Porter", "Person"),
            _entity("b#0", "Ann Porter", "Person"), _entity("c#0", "Ann Porter", "Person")]
    merged, _ = merge_entities(ents, schema.entities, pairs=[("a#0", "b#0"), ("a#0", "c#0")])
    assert [e.label for e in merged] == ["Jane Ann Porter"]
    # the same shape of a body takes the closing words more documents give
    ents = [_entity("a#0", "Jane Ann Porter", "Organisation"),
            _entity("b#0", "Ann Porter", "Organisation"), _entity("c#0", "Ann Porter", "Organisation")]
    merged, _ = merge_entities(ents, schema.entities, pairs=[("a#0", "b#0"), ("a#0", "c#0")])
    assert [e.label for e in merged] == ["Ann Porter"]


def test_within_one_document_the_longest_name_labels(schema):
    ents = [_entity("a#0", "Westby Department for Harbours", "Organisation"),
            _entity("a#1", "Department for Harbours", "Organisation"),
            _entity("a#2", "Department for Harbours", "Organisation")]
    merged, _ = merge_entities(ents, schema.entities, scope="a")
    assert "Westby Department for Harbours" in {e.label for e in merged}


# --------------------------------------------------------------------- a short form across documents


def _groups(schema, entities) -> list[set[str]]:
    from helpers import merged_groups
    return merged_groups(schema, entities, scope="")


def test_a_name_more_documents_give_is_not_a_short_form_of_a_longer_name_of_fewer(schema):
    # the national body named on three pages is not the regional one named on a fourth
    ents = [_entity("a#0", "Harbour Carers Association", "Organisation"),
            _entity("b#0", "Harbour Carers Association", "Organisation"),
            _entity("c#0", "Harbour Carers Association", "Organisation"),
            _entity("d#0", "Westby Harbour Carers Association", "Organisation")]
    assert _groups(schema, ents) == [{"Harbour Carers Association"}, {"Westby Harbour Carers Association"}]


def test_a_short_form_one_document_gives_still_joins_the_longer_name_of_as_many(schema):
    ents = [_entity("a#0", "Harbour Carers Review", "Publication"),
            _entity("b#0", "Independent Harbour Carers Review", "Publication"),
            _entity("c#0", "Independent Harbour Carers Review", "Publication")]
    assert _groups(schema, ents) == [{"Harbour Carers Review", "Independent Harbour Carers Review"}]


def test_one_word_is_not_a_short_form_of_another_documents_longer_name(schema):
    ents = [_entity("a#0", "Observer", "Organisation"), _entity("b#0", "Westby Observer", "Organisation")]
    assert len(_groups(schema, ents)) == 2


def test_one_word_is_a_short_form_within_its_own_document(schema):
    from helpers import merged_groups
    ents = [_entity("a#0", "Observer", "Organisation"), _entity("a#1", "Westby Observer", "Organisation")]
    assert merged_groups(schema, ents, scope="a") == [{"Observer", "Westby Observer"}]


def test_a_committee_after_its_parents_name_is_joined_however_many_documents_name_it_alone(schema):
    ents = [_entity("a#0", "Harbour Services Committee", "Organisation"),
            _entity("b#0", "Harbour Services Committee", "Organisation"),
            _entity("c#0", "House of Westby Harbour Services Committee", "Organisation")]
    assert _groups(schema, ents) == [{"Harbour Services Committee", "House of Westby Harbour Services Committee"}]


def test_a_name_and_its_year_are_joined_however_many_documents_give_the_name_alone(schema):
    ents = [_entity("a#0", "Harbour Carers Bill", "Publication"),
            _entity("b#0", "Harbour Carers Bill", "Publication"),
            _entity("c#0", "Harbour Carers Bill 2024", "Publication")]
    assert _groups(schema, ents) == [{"Harbour Carers Bill", "Harbour Carers Bill 2024"}]


def test_a_subtitles_own_documents_decide_not_its_titles(schema):
    # the title is on many pages; its other name "Harbour Strategy", on one, is a short form of
    # the "Harbour Implementation Strategy" of two others
    ents = [_entity("a#0", "Safe Harbours, Built on Trust", "Publication", aliases=("Harbour Strategy",)),
            _entity("a#1", "Harbour Strategy", "Publication"),
            _entity("b#0", "Safe Harbours, Built on Trust", "Publication"),
            _entity("c#0", "Safe Harbours, Built on Trust", "Publication"),
            _entity("d#0", "Safe Harbours, Built on Trust", "Publication"),
            _entity("e#0", "Harbour Implementation Strategy", "Publication"),
            _entity("f#0", "Harbour Implementation Strategy", "Publication")]
    merged, _ = merge_entities(ents, schema.entities, pairs=[("a#0", "a#1")])
    assert len(merged) == 1


# --------------------------------------------------------------------- words run on after a person's name


def _document_labels(schema, marked: str) -> list[tuple[str, tuple[str, ...]]]:
    """(label, aliases) of each entity of a text whose mentions are marked [Name|Type]."""
    entities = marked_entities(schema, marked)
    return sorted((e.label, e.aliases) for e in entities)


def test_a_persons_name_with_words_run_on_after_it_is_that_person_and_never_labels(schema):
    labels = _document_labels(schema, "[Jane Harbour Excerpts|Person]\nTuesday 4 March\n"
                                      "[Jane Harbour|Person] asked the Minister a question.")
    assert labels == [("Jane Harbour", ("Jane Harbour Excerpts",))]


def test_a_peers_title_with_words_run_on_after_it_is_that_peer(schema):
    labels = _document_labels(schema, "[Porter of Westby That|Person] the House takes note.\n"
                                      "[Porter of Westby|Person] said the report was welcome.")
    assert labels == [("Porter of Westby", ("Porter of Westby That",))]


def test_a_cut_name_that_is_no_persons_by_its_look_is_not_joined(schema):
    # no known given name opens "Harbour Plant": a body's name cut short, not a person's
    labels = _document_labels(schema, "[Harbour Plant Trust|Person] gave evidence; [Harbour Plant|Person] said more.")
    assert len(labels) == 2


def test_words_run_on_after_a_persons_name_are_joined_within_one_document_only(schema):
    ents = [_entity("a#0", "Jane Harbour", "Person"), _entity("b#0", "Jane Harbour Excerpts", "Person")]
    merged, _ = merge_entities(ents, schema.entities)
    assert len(merged) == 2



# --------------------------------------------------------------------- a longer namesake with a qualifier


def test_a_body_is_not_another_pages_namesake_of_a_place(schema):
    ents = [_entity("a#0", "Royal Harbour Trust", "Organisation"),
            _entity("b#0", "Royal Harbour Trust of Eastby", "Organisation")]
    assert len(_groups(schema, ents)) == 2


def test_a_body_is_not_another_pages_namesake_for_a_field(schema):
    ents = [_entity("a#0", "Harbour Trust", "Organisation"),
            _entity("b#0", "Harbour Trust for Children", "Organisation")]
    assert len(_groups(schema, ents)) == 2


def test_a_body_and_its_namesake_of_a_place_are_one_when_an_acronym_is_defined_as_both(schema):
    ents = [_entity("a#0", "Harbour Trust", "Organisation", aliases=("HTE",)),
            _entity("b#0", "Harbour Trust of Eastby", "Organisation", aliases=("HTE",))]
    assert _groups(schema, ents) == [{"Harbour Trust", "Harbour Trust of Eastby"}]


def test_a_body_is_its_longer_name_of_a_place_within_one_document(schema):
    from helpers import merged_groups
    ents = [_entity("a#0", "Harbour Trust", "Organisation"), _entity("a#1", "Harbour Trust of Eastby", "Organisation")]
    assert merged_groups(schema, ents, scope="a") == [{"Harbour Trust", "Harbour Trust of Eastby"}]


def test_a_paper_still_joins_another_pages_longer_title_for_a_place(schema):
    ents = [_entity("a#0", "Harbour Care Plan", "Publication"),
            _entity("b#0", "Harbour Care Plan for Westshire", "Publication")]
    assert _groups(schema, ents) == [{"Harbour Care Plan", "Harbour Care Plan for Westshire"}]
