"""Relation rules on short sentences written for these tests, including near misses that
must not fire. They use the trained pipeline (the rules read its parse)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def relations(extractor, text: str) -> set[tuple[str, str, str]]:
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    return {(label[r.source], r.relation, label[r.target]) for r in result.relations}


def relation_records(extractor, text: str):
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    return [(label[r.source], r, label[r.target]) for r in result.relations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jane Porter, chief executive of the Harbour Trust, said the plan was welcome.",
            ("Jane Porter", "ROLE_AT", "Harbour Trust"),
        ),
        (
            "Chair of the Westshire Youth Panel, Omar Farouk, said the vote was fair.",
            ("Omar Farouk", "ROLE_AT", "Westshire Youth Panel"),
        ),
        (
            "The Independent Review of Adult Services, led by Helen Marsh, reported in May.",
            ("Helen Marsh", "LEADS", "Independent Review of Adult Services"),
        ),
        (
            "Ruth Okafor, the founder of charity Bright Start, spoke first.",
            ("Ruth Okafor", "FOUNDED", "Bright Start"),
        ),
        (
            "Daniel Price, who was appointed by Laura Finch in March, spoke first.",
            ("Laura Finch", "APPOINTED", "Daniel Price"),
        ),
        (
            "The Harbour Trust published the Fair Futures Report in June.",
            ("Harbour Trust", "AUTHORED", "Fair Futures Report"),
        ),
        (
            "The Department for Education commissioned the Independent Review of Adult Services last year.",
            ("Department for Education", "COMMISSIONED", "Independent Review of Adult Services"),
        ),
        (
            "The Harbour Trust welcomed the Fair Futures Strategy.",
            ("Harbour Trust", "SUPPORTS", "Fair Futures Strategy"),
        ),
        (
            "The Harbour Trust is based in Cumbria.",
            ("Harbour Trust", "LOCATED_IN", "Cumbria"),
        ),
        (
            "The Fair Futures Review recommends a national register of foster carers.",
            ("Fair Futures Review", "RECOMMENDS", "national register of foster carers"),
        ),
    ],
)
def test_each_rule_finds_its_relation(extractor, text, expected):
    assert expected in relations(extractor, text)


def test_role_at_carries_the_role(extractor):
    found = relation_records(extractor, "Jane Porter, chief executive of the Harbour Trust, said the plan was welcome.")
    roles = [r.role for s, r, t in found if r.relation == "ROLE_AT"]
    assert roles == ["chief executive"]


def test_as_chair_of_a_review_leads_it(extractor):
    found = relations(
        extractor,
        "Laura Finch named Daniel Price as chair of the Independent Review of Adult Services.",
    )
    assert ("Daniel Price", "LEADS", "Independent Review of Adult Services") in found


def test_list_introduced_by_a_place_runs_each_item_and_these_align(extractor):
    text = (
        "Initiatives in Cumbria which support families include:\n"
        "\u2022 Open Doors. This scheme helps families find a home.\n"
        "\u2022 Safe Steps. This project supports new carers.\n"
        "These initiatives are in line with the Fair Futures Strategy.\n"
    )
    found = relations(extractor, text)
    assert ("Cumbria", "RUNS", "Open Doors") in found
    assert ("Cumbria", "RUNS", "Safe Steps") in found
    assert ("Open Doors", "ALIGNS_WITH", "Fair Futures Strategy") in found
    assert ("Safe Steps", "ALIGNS_WITH", "Fair Futures Strategy") in found


def test_he_refers_to_the_last_person(extractor):
    text = (
        "The Fair Futures Review reported in May. Omar Farouk leads the Harbour Trust. "
        "He was part of the review's design team."
    )
    assert ("Omar Farouk", "CONTRIBUTED_TO", "Fair Futures Review") in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Trust did not support the Fair Futures Strategy.",
        "The Harbour Trust never welcomed the Fair Futures Strategy.",
        "Did the Harbour Trust support the Fair Futures Strategy?",
    ],
)
def test_negated_or_questioned_support_is_not_support(extractor, text):
    assert not {r for r in relations(extractor, text) if r[1] == "SUPPORTS"}


def test_types_outside_the_ontology_give_no_edge(extractor):
    # FOUNDED takes an organisation or initiative, never a place
    found = relations(extractor, "Ruth Okafor founded Cumbria in the tenth century.")
    assert not {r for r in found if r[1] == "FOUNDED"}


def test_two_reviews_make_the_review_ambiguous(extractor):
    text = (
        "The Fair Futures Review and the Independent Review of Adult Services reported. "
        "Omar Farouk was part of the review's design team."
    )
    assert not {r for r in relations(extractor, text) if r[1] == "CONTRIBUTED_TO"}


def test_evidence_is_the_verbatim_source_sentence(extractor):
    text = "It rained. The Harbour Trust \u201cwarmly\u201d welcomed the Fair Futures Strategy. It stopped."
    found = relation_records(extractor, text)
    evidence = [r.evidence for s, r, t in found if r.relation == "SUPPORTS"]
    assert evidence == ["The Harbour Trust \u201cwarmly\u201d welcomed the Fair Futures Strategy."]


def test_every_relation_names_its_rule_and_confidence(extractor):
    found = relation_records(extractor, "The Harbour Trust welcomed the Fair Futures Strategy.")
    assert found
    for _s, r, _t in found:
        assert r.rule and 0 < r.confidence <= 1


def test_verb_between_two_names_with_no_typed_rule_is_related_to(extractor):
    found = relation_records(extractor, "The Harbour Trust sued the Westshire Youth Panel in 2020.")
    related = [(s, r.predicate, t) for s, r, t in found if r.relation == "RELATED_TO"]
    assert related == [("Harbour Trust", "sue", "Westshire Youth Panel")]


def test_organisation_and_role_before_a_name(extractor):
    found = relation_records(extractor, "Harbour Trust chief executive Lynn Perry said the plan was bold.")
    assert [(s, r.relation, t, r.role) for s, r, t in found if r.relation == "ROLE_AT"] == [
        ("Lynn Perry", "ROLE_AT", "Harbour Trust", "chief executive")
    ]


def test_subject_of_a_passive_is_inherited_by_its_infinitive(extractor):
    found = relations(extractor, "Wigan Council has been chosen to deliver the Family Hubs programme.")
    assert ("Wigan Council", "RUNS", "Family Hubs") in found


def test_participial_opener_takes_the_speaker_after_the_comma(extractor):
    found = relations(
        extractor,
        "Responding to the Fair Futures Review, Anne Longfield, the former chair of the Harbour Trust, "
        "said it was timid.",
    )
    assert ("Anne Longfield", "RESPONDED_TO", "Fair Futures Review") in found
    assert ("Anne Longfield", "ROLE_AT", "Harbour Trust") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Harbour Trust held an event to mark the publication of our Fair Futures Report.",
            ("Harbour Trust", "AUTHORED", "Fair Futures Report"),
        ),
        (
            "The Harbour Trust said its Open Doors scheme was growing.",
            ("Harbour Trust", "RUNS", "Open Doors"),
        ),
    ],
)
def test_possessive_pronouns_belong_to_the_clause_subject(extractor, text, expected):
    assert expected in relations(extractor, text)


def test_signature_lines_name_the_role_and_the_organisation(extractor):
    found = relation_records(extractor, "Yours sincerely,\n\nJane Porter, Chief Executive, Harbour Trust\n")
    assert [(s, r.relation, t, r.role) for s, r, t in found if r.relation == "ROLE_AT"] == [
        ("Jane Porter", "ROLE_AT", "Harbour Trust", "Chief Executive")
    ]


def test_a_place_selected_as_a_pathfinder_runs_it(extractor):
    found = relations(extractor, "Cumbria was selected as one of the Family Hubs pathfinder areas.")
    assert ("Cumbria", "RUNS", "Family Hubs") in found


def test_places_an_initiative_is_tested_in_run_it(extractor):
    found = relations(
        extractor,
        "We fund the Family Hubs programme, which is being tested in Dorset and Kent.",
    )
    assert ("Dorset", "RUNS", "Family Hubs") in found
    assert ("Kent", "RUNS", "Family Hubs") in found


def test_the_council_refers_to_the_one_council_of_the_document(extractor):
    found = relation_records(
        extractor,
        "Westshire County Council met on Monday. Councillor Rita Moss, the council's lead member "
        "for children, spoke first.",
    )
    assert [(s, r.relation, t) for s, r, t in found if r.relation == "ROLE_AT"] == [
        ("Rita Moss", "ROLE_AT", "Westshire County Council")
    ]
