"""Relations between initiatives, programmes and the publications behind them (PART_OF,
ALIGNS_WITH, RUNS): hand-built parses for the rule shapes, and short invented sentences
through the trained pipeline, each with near misses that must not fire."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import INITIATIVE, ORGANISATION, PUBLICATION
from helpers import hand_parse as parse
from helpers import relations_found as found
from helpers import text_relations


def _means_rows(verb: str, lemma: str, prep: str, *, passive: bool = True):  # type: ignore[no-untyped-def]
    """"Kinship Link is {verb} {prep} Harbour Homes ." (passive) or "Kinship Link {verb}
    support {prep} Harbour Homes ." (active)."""
    if passive:
        return [
            ("Kinship", 1, "compound", "PROPN", "NNP", "Kinship"),
            ("Link", 3, "nsubjpass", "PROPN", "NNP", "Link"),
            ("is", 3, "auxpass", "AUX", "VBZ", "be"),
            (verb, 3, "ROOT", "VERB", "VBN", lemma),
            (prep, 3, "prep", "ADP", "IN", prep),
            ("Harbour", 6, "compound", "PROPN", "NNP", "Harbour"),
            ("Homes", 4, "pobj", "PROPN", "NNP", "Homes"),
            (".", 3, "punct", "PUNCT", ".", "."),
        ]
    return [
        ("Kinship", 1, "compound", "PROPN", "NNP", "Kinship"),
        ("Link", 2, "nsubj", "PROPN", "NNP", "Link"),
        (verb, 2, "ROOT", "VERB", "VBZ", lemma),
        ("support", 2, "dobj", "NOUN", "NN", "support"),
        (prep, 2, "prep", "ADP", "IN", prep),
        ("Harbour", 6, "compound", "PROPN", "NNP", "Harbour"),
        ("Homes", 4, "pobj", "PROPN", "NNP", "Homes"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ]


def test_a_programme_tested_through_another_is_part_of_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _means_rows("tested", "test", "through"))
    names = [(0, 2, INITIATIVE), (5, 7, INITIATIVE)]
    assert found(doc, names, schema) == {("Kinship Link", "PART_OF", "Harbour Homes")}


def test_a_programme_funded_under_a_strategy_aligns_with_it(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _means_rows("funded", "fund", "under"))
    names = [(0, 2, INITIATIVE), (5, 7, PUBLICATION)]
    assert found(doc, names, schema) == {("Kinship Link", "ALIGNS_WITH", "Harbour Homes")}


def test_an_active_verb_through_a_programme_is_no_part(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Kinship Link delivers support through Harbour Homes": the means is the part, not the subject
    doc = parse(vocab, _means_rows("delivers", "deliver", "through", passive=False))
    names = [(0, 2, INITIATIVE), (5, 7, INITIATIVE)]
    assert ("Kinship Link", "PART_OF", "Harbour Homes") not in found(doc, names, schema)


def test_an_organisation_funded_through_a_programme_is_no_part(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _means_rows("funded", "fund", "through"))
    names = [(0, 2, ORGANISATION), (5, 7, INITIATIVE)]
    assert found(doc, names, schema) == set()


def test_another_preposition_is_no_means(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Kinship Link is tested beside Harbour Homes"
    doc = parse(vocab, _means_rows("tested", "test", "beside"))
    names = [(0, 2, INITIATIVE), (5, 7, INITIATIVE)]
    assert found(doc, names, schema) == set()


# --------------------------------------------------------------------------- with the model


relations = text_relations


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kinship Link service is being tested through the Harbour Homes Pathfinder.",
         ("Kinship Link", "PART_OF", "Harbour Homes Pathfinder")),
        ("The Kinship Link scheme is delivered under the Harbour Homes Programme.",
         ("Kinship Link", "PART_OF", "Harbour Homes Programme")),
        ("The Kinship Link service is being piloted as part of the Harbour Homes Pathfinder.",
         ("Kinship Link", "PART_OF", "Harbour Homes Pathfinder")),
        ("The Kinship Link scheme, funded through the Westshire Children's Strategy, opened in May.",
         ("Kinship Link", "ALIGNS_WITH", "Westshire Children's Strategy")),
        ("The Kinship Link scheme is funded by the Bright Futures Plan.",
         ("Kinship Link", "ALIGNS_WITH", "Bright Futures Plan")),
        ("The Kinship Link scheme, introduced by the Harbour Families Bill, starts in May.",
         ("Kinship Link", "ALIGNS_WITH", "Harbour Families Bill")),
        # a programme set up following a publication comes out of it; "the hub" is the page's one hub
        ("The Kinship Link scheme has been created following the Harbour Families Bill.",
         ("Kinship Link", "ALIGNS_WITH", "Harbour Families Bill")),
        ("The Harbour Hub will recruit foster carers in Westshire. The hub has been created following the "
         "Westshire Children's Strategy, which sees the council investing £2m.",
         ("Harbour Hub", "ALIGNS_WITH", "Westshire Children's Strategy")),
        ("The Harbour Kinship Fund will help carers in Westshire. The fund has been created following the "
         "Westshire Children's Strategy.",
         ("Harbour Kinship Fund", "ALIGNS_WITH", "Westshire Children's Strategy")),
        ("The Harbour Families Model will help carers in Westshire. The model was developed following the "
         "Westshire Children's Strategy.",
         ("Harbour Families Model", "ALIGNS_WITH", "Westshire Children's Strategy")),
    ],
)
def test_a_programme_carried_out_through_another_is_part_of_it(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Homes Programme delivers support through the Kinship Link service.",
        "The Kinship Link scheme was not funded through the Harbour Homes Programme.",
        "Westshire Council did not pilot the Kinship Link service as part of the Harbour Homes Pathfinder.",
        "Westshire Council published a review of the Kinship Link service as part of the Harbour Homes Pathfinder.",
        "The Kinship Link scheme is funded by Harbour Trust.",
        "The Harbour Trust was created following the Harbour Families Bill.",
        "The Kinship Link scheme was not created following the Harbour Families Bill.",
    ],
)
def test_active_negated_or_organisation_subjects_make_no_part(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(rel in ("PART_OF", "ALIGNS_WITH") for _, rel, _ in relations(extractor, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Westshire Council is piloting the Kinship Link service as part of the Harbour Homes Pathfinder.",
        "Eastborough Council set up the Kinship Link service in May as part of the Harbour Homes Pathfinder.",
    ],
)
def test_what_a_body_does_as_part_of_a_programme_is_part_of_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    # the body's own object is the part ("opened a centre as part of the Y model": the centre is part of
    # Y); the body itself is not
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    type_ = {e.key: e.type for e in result.entities}
    found_ = {(label[r.source], r.relation, label[r.target]) for r in result.relations}
    assert any(s.startswith("Kinship Link") and r == "PART_OF" and o == "Harbour Homes Pathfinder"
               for s, r, o in found_), found_
    assert not any(r.relation == "PART_OF" and type_[r.source] == ORGANISATION for r in result.relations), found_


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Westshire Council closed the Kinship Link service as part of the Harbour Homes Pathfinder.", "PART_OF"),
        ("Westshire Council reviewed the Kinship Link service in line with the Harbour Homes Strategy.", "ALIGNS_WITH"),
        ("Westshire Council may open the Kinship Link service as part of the Harbour Homes Pathfinder.", "PART_OF"),
    ],
    ids=["closed", "reviewed", "may-open"],
)
def test_the_object_of_a_verb_not_setting_it_up_is_no_part(extractor, text, relation) -> None:  # type: ignore[no-untyped-def]
    # near misses: only what a body sets up, opens or runs as part of a programme is placed in it;
    # closing or reviewing a service is an act of the programme, and a hedged opening is not stated
    found_ = relations(extractor, text)
    assert not any(s.startswith("Kinship Link") and r == relation for s, r, o in found_), found_


@pytest.mark.model
def test_the_programmes_a_programme_lists_are_part_of_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Bright Futures Programme will include three strands:\n- the Family Hubs scheme\n"
            "- the Kinship Link service\n")
    found_ = relations(extractor, text)
    assert ("Family Hubs", "PART_OF", "Bright Futures Programme") in found_
    assert ("Kinship Link", "PART_OF", "Bright Futures Programme") in found_


@pytest.mark.model
def test_a_described_programme_owns_the_list_its_line_opens(extractor) -> None:  # type: ignore[no-untyped-def]
    # "the pathfinders" is the one pathfinder of the document
    text = ("The Government will fund the Harbour Homes Pathfinder in 12 areas. The pathfinders will test:\n"
            "- A new Kinship Link service, which brings families together.\n- Changes to child protection.\n")
    assert ("Kinship Link", "PART_OF", "Harbour Homes Pathfinder") in relations(extractor, text)


@pytest.mark.model
def test_a_list_after_another_verb_makes_no_part(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Bright Futures Programme was praised by:\n- the Family Hubs scheme\n"
            "- the Kinship Link service\n")
    assert not any(rel == "PART_OF" for _, rel, _ in relations(extractor, text))


@pytest.mark.model
def test_the_two_programmes_are_the_two_named_just_before(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Westshire will run the Kinship Link pilot. Eastmoor will deliver the Family Hubs programme. "
            "The two programmes are part of the Bright Futures Plan.")
    found_ = relations(extractor, text)
    assert ("Kinship Link", "ALIGNS_WITH", "Bright Futures Plan") in found_
    assert ("Family Hubs", "ALIGNS_WITH", "Bright Futures Plan") in found_


@pytest.mark.model
def test_two_programmes_after_three_named_stand_for_none(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Westshire will run the Kinship Link pilot. Eastmoor will deliver the Family Hubs programme and "
            "the Safe Steps scheme. The two programmes are part of the Bright Futures Plan.")
    assert not any(rel == "ALIGNS_WITH" for _, rel, _ in relations(extractor, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Westshire County Council became a trailblazer for the Kinship Link programme.",
        "Westshire County Council was chosen as a pathfinder for the Kinship Link programme.",
        "The Department for Education named Westshire County Council as a pathfinder for the Kinship Link programme.",
        "Westshire County Council will act as a pilot site for the Kinship Link programme.",
        "Westshire County Council was selected as the Kinship Link pathfinder.",
    ],
)
def test_a_body_made_a_pathfinder_for_a_programme_runs_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, text)
    assert ("Westshire County Council", "RUNS", "Kinship Link") in found_
    # the body that chose it runs nothing
    assert ("Department for Education", "RUNS", "Kinship Link") not in found_


@pytest.mark.model
def test_a_body_not_chosen_as_a_pathfinder_runs_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Westshire County Council was not chosen as a pathfinder for the Kinship Link programme."
    assert not any(rel == "RUNS" for _, rel, _ in relations(extractor, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Under the Bright Futures Plan, the council will launch the Kinship Link scheme.",
         ("Kinship Link", "ALIGNS_WITH", "Bright Futures Plan")),
        ("Under the Bright Futures Plan, the Kinship Link scheme will support 200 families.",
         ("Kinship Link", "ALIGNS_WITH", "Bright Futures Plan")),
        ("As part of the Harbour Homes Programme, Westshire County Council will pilot the Kinship Link service.",
         ("Kinship Link", "PART_OF", "Harbour Homes Programme")),
    ],
)
def test_a_sentence_opened_by_under_or_as_part_of_frames_its_programmes(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Under the Bright Futures Plan, the Kinship Link scheme will be scrapped.",
        "Under the Bright Futures Plan the council will not launch the Kinship Link scheme.",
        "Under pressure from Harbour Trust, the council kept the Kinship Link scheme.",
    ],
)
def test_an_undone_or_negated_clause_or_another_opener_frames_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(rel in ("ALIGNS_WITH", "PART_OF") for _, rel, _ in relations(extractor, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Kinship Link pilot, which Westshire County Council is running, started in May.",
        "Westshire County Council has started work on the Kinship Link programme.",
    ],
)
def test_a_council_running_or_starting_work_on_a_programme_runs_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Westshire County Council", "RUNS", "Kinship Link") in relations(extractor, text)


@pytest.mark.model
def test_a_programme_a_council_criticised_is_not_run_by_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Kinship Link pilot, which Westshire County Council criticised, started in May."
    assert not any(rel == "RUNS" for _, rel, _ in relations(extractor, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Cabinet is asked to approve Westshire County Council's participation in the Kinship Link programme.",
        "The involvement of Westshire County Council in the Kinship Link pilot began in 2024.",
        "Westshire County Council joined the Kinship Link programme in 2024.",
        "Westshire County Council welcomed the news. The Council's delivery of the Kinship Link programme began in May.",
        "Cabinet noted Westshire County Council's implementation of the Kinship Link programme.",
    ],
)
def test_a_council_taking_part_in_a_programme_runs_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Westshire County Council", "RUNS", "Kinship Link") in relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Harbour Trust's criticism of the Kinship Link programme was sharp.",
        "Jane Porter joined the Kinship Link programme as director.",
        "Westshire County Council was not selected to be the Kinship Link pathfinder.",
    ],
)
def test_another_noun_or_a_person_joining_runs_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(rel == "RUNS" for _, rel, _ in relations(extractor, text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Pathfinder was launched in May. It responds to recommendations from the Westshire Review, "
         "the Eastshire Report on child protection and the Northshire Inquiry.",
         {"Westshire Review", "Eastshire Report", "Northshire Inquiry"}),
        ("The Department for Education has chosen three councils to pilot its Harbour Families Programme, "
         "designed in response to recommendations made in the Westshire Review.", {"Westshire Review"}),
    ],
)
def test_a_programme_answering_a_publications_recommendations_aligns_with_each(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, text)
    assert {o for _, rel, o in found_ if rel == "ALIGNS_WITH"} == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Families Programme does not respond to recommendations from the Westshire Review.",
        # a body answering is no initiative aligning (its RESPONDED_TO is another rule's)
        "Harbour Trust responded to recommendations from the Westshire Review.",
        # a publication's proposals answered by a verb of another kind
        "The Harbour Families Programme was criticised in recommendations from the Westshire Review.",
    ],
)
def test_no_alignment_without_an_initiative_answering_a_publications_own_recommendations(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(rel == "ALIGNS_WITH" for _, rel, _ in relations(extractor, text))


@pytest.mark.model
@pytest.mark.parametrize(
    "second",
    [
        # a bare "pathfinder(s)" is the page's one programme of that name
        "Westshire County Council has been selected as one of three local authorities to be a pathfinder "
        "in the government's new programme.",
        "Westshire County Council was chosen as one of two national pathfinders by the Department for Education.",
        # the owner of a role as a pathfinder
        "Westshire County Council's role as a pathfinder will help families.",
    ],
)
def test_a_body_chosen_as_a_bare_pathfinder_runs_the_pages_one_pathfinder(extractor, second) -> None:  # type: ignore[no-untyped-def]
    text = "The Bright Steps Pathfinder is a new government programme. " + second
    found_ = relations(extractor, text)
    assert ("Westshire County Council", "RUNS", "Bright Steps Pathfinder") in found_
    assert ("Department for Education", "RUNS", "Bright Steps Pathfinder") not in found_


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # two pathfinders on the page: a bare one is neither
        "The Bright Steps Pathfinder and the Safe Harbour Pathfinder are new programmes. Westshire County Council "
        "was chosen as one of two national pathfinders.",
        # a pathfinder of another, unnamed kind
        "The Bright Steps Pathfinder is a new government programme. Westshire County Council was chosen as a "
        "Wave Two pathfinder.",
        # not chosen
        "The Bright Steps Pathfinder is a new government programme. Westshire County Council was not chosen as "
        "one of the pathfinders.",
        # a body that evaluates the pathfinders runs none
        "The Bright Steps Pathfinder is a new government programme. Harbour Trust will evaluate the pathfinders.",
        # a body's view of the pathfinder is no role in it
        "The Bright Steps Pathfinder is a new government programme. Harbour Trust's review of the pathfinder "
        "found gaps.",
    ],
)
def test_a_bare_pathfinder_near_misses_run_nothing(extractor, text) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, text)
    assert not any((src, rel, dst) in found_ for src in ("Westshire County Council", "Harbour Trust")
                   for rel in ("RUNS",) for dst in ("Bright Steps Pathfinder", "Safe Harbour Pathfinder"))


@pytest.mark.model
def test_a_body_selected_to_be_a_named_pathfinder_runs_it(extractor) -> None:  # type: ignore[no-untyped-def]
    found_ = relations(extractor, "Westshire County Council has been selected as one of seven local authorities "
                                  "to be a Bright Steps Pathfinder.")
    assert ("Westshire County Council", "RUNS", "Bright Steps Pathfinder") in found_


@pytest.mark.model
def test_the_named_pathfinder_itself_is_no_place_in_it(extractor) -> None:  # type: ignore[no-untyped-def]
    # "the Y Pathfinder" is the programme, not one of its places: its subject leads or names it
    text = "Westshire County Council is the Bright Steps Pathfinder's lead partner. The Department for Education " \
           "announced the Bright Steps Pathfinder."
    assert ("Department for Education", "RUNS", "Bright Steps Pathfinder") not in relations(extractor, text)
