"""Relation rules on short sentences written for these tests, including near misses that
must not fire. They use the trained pipeline (the rules read its parse)."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model


relations = text_relations


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


_STRATEGY_PAGE = (
    "The Department for Westshire has today published the Harbour Strategy, its long term plan.\n"
    "{intro}\n"
    "\u2022 The Eastborough Hubs Programme: up to 12 areas will test new family hubs.\n"
    "\u2022 The Open Doors Pilot: carers will be helped to find a home.\n"
)


@pytest.mark.parametrize(
    ("intro", "aligned"),
    [
        ("New programmes announced in the strategy include:", True),
        ("Programmes in the strategy include:", True),
        # a participle of no setting-out verb: the programmes take part, the strategy owns no list
        ("New programmes taking part in the strategy include:", False),
        # a description after another preposition is no owner
        ("New programmes funded alongside the strategy include:", False),
    ],
)
def test_programmes_listed_after_a_line_naming_a_publication_align_with_it(extractor, intro, aligned):
    found = relations(extractor, _STRATEGY_PAGE.format(intro=intro))
    assert (("Eastborough Hubs Programme", "ALIGNS_WITH", "Harbour Strategy") in found) is aligned
    assert (("Open Doors Pilot", "ALIGNS_WITH", "Harbour Strategy") in found) is aligned


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


# --------------------------------------------------------------------------- issue 15: role phrases


def role_edges(extractor, text: str) -> set[tuple[str, str]]:
    return {(s, t) for s, r, t in relations(extractor, text) if r == "ROLE_AT"}


def test_a_role_phrase_ending_at_another_name_is_that_persons(extractor):
    found = role_edges(
        extractor,
        "Signatories include Peter Grant, former Harbour Trust chair Mary Long, and Paul Young, "
        "emeritus professor of social work at Westshire University.",
    )
    assert ("Mary Long", "Harbour Trust") in found
    assert ("Paul Young", "Westshire University") in found
    assert ("Peter Grant", "Harbour Trust") not in found


def test_a_capitalised_department_in_a_signature_is_part_of_the_role(extractor):
    found = role_edges(
        extractor,
        "Witnesses: Jane Porter, Head of Policy and Public Affairs, Harbour Trust for Young People; "
        "Tom Reed MBE, Chief Executive, Westshire Foundation.",
    )
    assert ("Jane Porter", "Harbour Trust for Young People") in found
    assert ("Tom Reed", "Westshire Foundation") in found
    assert not {t for s, t in found if "Policy" in t}


def test_a_role_in_brackets_after_a_name(extractor):
    found = role_edges(
        extractor,
        "Today I met my colleague Kathryn Dexwood (Assistant Director, Family Help and Early Years at "
        "Westshire County Council) to discuss the plans.",
    )
    assert found == {("Kathryn Dexwood", "Westshire County Council")}


def test_brackets_with_only_an_organisation_give_the_speakers_affiliation(extractor):
    # (session 4: "X (Y)" is a post at Y, as "X of Y said" is; brackets that hold more than the
    # one name still give none)
    found = role_edges(extractor, "Kathryn Dexwood (Westshire County Council) spoke about the plans.")
    assert found == {("Kathryn Dexwood", "Westshire County Council")}
    found = role_edges(extractor, "Kathryn Dexwood (a visitor to Westshire County Council) spoke about the plans.")
    assert not found


@pytest.mark.parametrize("text, expected", [
    # a party, a seat, a note in brackets between the name and its apposed post
    ("The committee heard from Jane Porter (Labour), chief executive of the Harbour Trust, and Tom Reed "
     "(Conservative), director of Westshire Foundation.",
     {("Jane Porter", "Harbour Trust"), ("Tom Reed", "Westshire Foundation")}),
    ("Members: Jane Porter (Lab), Chair, Harbour Trust; Tom Reed (Con), Trustee, Westshire Foundation.",
     {("Jane Porter", "Harbour Trust"), ("Tom Reed", "Westshire Foundation")}),
    ("Tom Reed (Westshire) (LD), chair of the Harbour Trust, asked a question.", {("Tom Reed", "Harbour Trust")}),
])
def test_a_short_aside_in_brackets_does_not_hide_the_post_after_it(extractor, text, expected):
    assert role_edges(extractor, text) == expected


@pytest.mark.parametrize("text", [
    # a clause in brackets is no aside; nor is a long one; a body in brackets is the affiliation
    "Jane Porter (who spoke first), chair of the Harbour Trust, said so.",
    "Jane Porter (a former teacher at a school in the north of the county), chair of the Harbour Trust, said so.",
])
def test_a_clause_or_a_long_aside_in_brackets_still_ends_the_name(extractor, text):
    assert role_edges(extractor, text) == set()


@pytest.mark.parametrize("text", [
    "CEO of Harbour, Jane Porter, said the plan was welcome.",
    "The CEO of the Harbour Trust, Jane Porter, said the plan was welcome.",
])
def test_an_acronym_title_before_of_is_a_post_not_part_of_the_body(extractor, text):
    # "CEO" is a role word as "Chief Executive" is: the body is what follows "of"
    result = extractor.process_text(text, doc_id="t")
    assert not [e.label for e in result.entities if "CEO" in e.label]
    assert {t for _p, t in role_edges(extractor, text)} in ({"Harbour"}, {"Harbour Trust"})


# --------------------------------------------------------------------------- issue 15: quotations


QUOTE_BEFORE = (
    "In response to the final report of the Independent Review of Adult Services, Jane Porter, "
    "Chief Executive at the Harbour Trust, said:\n\n"
    "\u2018Too many families are being failed.\n\n"
    "\u2018I am grateful to Helen Marsh for this important review.\u2019\n"
)


def test_in_response_to_and_a_grateful_quote_credit_the_speaker(extractor):
    found = relations(extractor, QUOTE_BEFORE)
    assert ("Jane Porter", "SUPPORTS", "Independent Review of Adult Services") in found
    assert ("Jane Porter", "RESPONDED_TO", "Independent Review of Adult Services") in found
    assert ("Helen Marsh", "SUPPORTS", "Independent Review of Adult Services") not in found


def test_a_quoted_paragraph_after_a_response_is_the_responders(extractor):
    text = (
        "Jane Porter, Chief Executive at the Harbour Trust, responded to the Fair Futures Report.\n\n"
        "\u201cWe support the ambition of the Fair Futures Report to keep children safe.\u201d\n"
    )
    assert ("Jane Porter", "SUPPORTS", "Fair Futures Report") in relations(extractor, text)


def test_a_quote_attributed_after_it(extractor):
    text = "\u201cWe welcome the Fair Futures Strategy,\u201d said Omar Farouk, chair of the Harbour Trust.\n"
    assert ("Omar Farouk", "SUPPORTS", "Fair Futures Strategy") in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the quote is not the speaker's: an unattributed paragraph
        "Jane Porter chairs the Harbour Trust.\n\nShe left early.\n\n\u201cWe welcome the Fair Futures Strategy.\u201d\n",
        # someone else welcomes: not first person
        "Jane Porter said:\n\n\u201cThe Harbour Trust welcomed the Fair Futures Strategy, but I am unsure.\u201d\n",
        # negated
        "Jane Porter said:\n\n\u201cWe do not welcome the Fair Futures Strategy.\u201d\n",
    ],
)
def test_quotes_that_do_not_credit_the_speaker(extractor, text):
    found = relations(extractor, text)
    assert ("Jane Porter", "SUPPORTS", "Fair Futures Strategy") not in found


def test_a_critical_quote_is_a_response(extractor):
    text = "Omar Farouk said:\n\n\u201cWe are deeply disappointed by the Fair Futures Strategy.\u201d\n"
    found = relations(extractor, text)
    assert ("Omar Farouk", "RESPONDED_TO", "Fair Futures Strategy") in found
    assert ("Omar Farouk", "SUPPORTS", "Fair Futures Strategy") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Fair Futures Strategy was published in response to recommendations made in the "
            "Independent Review of Adult Services.",
            ("Fair Futures Strategy", "RESPONDED_TO", "Independent Review of Adult Services"),
        ),
        (
            "The Harbour Trust has released its response to the Fair Futures Strategy.",
            ("Harbour Trust", "RESPONDED_TO", "Fair Futures Strategy"),
        ),
    ],
)
def test_in_response_to_and_a_response_to(extractor, text, expected):
    assert expected in relations(extractor, text)


def test_a_response_to_a_letter_is_no_response_to_a_publication(extractor):
    found = relations(extractor, "In response to the letter, the Harbour Trust published the Fair Futures Report.")
    assert not {r for r in found if r[1] == "RESPONDED_TO"}


def test_a_role_at_two_coordinated_organisations(extractor):
    found = role_edges(
        extractor,
        "Paul Young, emeritus professor of social work at Westshire University and "
        "St Anne's/University of Eastshire, signed it.",
    )
    assert found == {("Paul Young", "Westshire University"), ("Paul Young", "University of Eastshire")}


# --------------------------------------------------------------------------- issue 15: other relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A new study by the Harbour Trust, Fair Futures Report, finds that families struggle.",
            ("Harbour Trust", "AUTHORED", "Fair Futures Report"),
        ),
        (
            "The Harbour Report, to be published by the Westshire Trust in June, sets out new evidence.",
            ("Westshire Trust", "AUTHORED", "Harbour Report"),
        ),
        (
            "The Fair Futures Review, commissioned by the Department for Education, explains the evidence.",
            ("Department for Education", "COMMISSIONED", "Fair Futures Review"),
        ),
        (
            "Harbour Trust, the leading foster care charity in England and Wales, has welcomed the plans.",
            ("Harbour Trust", "LOCATED_IN", "Wales"),
        ),
        (
            "Westshire County Council will roll out the Harbour Programme next year.",
            ("Westshire County Council", "RUNS", "Harbour Programme"),
        ),
        (
            "Dorset and Cumbria will take part in the Harbour Programme.",
            ("Cumbria", "RUNS", "Harbour Programme"),
        ),
        (
            "Dorset and Cumbria would begin the rollout of the Harbour Programme next year.",
            ("Cumbria", "RUNS", "Harbour Programme"),
        ),
        (
            "The Harbour Pathfinder builds on the reforms set out in the Fair Futures Strategy.",
            ("Harbour Pathfinder", "ALIGNS_WITH", "Fair Futures Strategy"),
        ),
        (
            "The Harbour Pathfinder was announced in 2023 as part of the Fair Futures Strategy.",
            ("Harbour Pathfinder", "ALIGNS_WITH", "Fair Futures Strategy"),
        ),
        (
            "The Harbour Pathfinder was announced in 2023. It responds to recommendations from the "
            "Independent Review of Adult Services.",
            ("Harbour Pathfinder", "ALIGNS_WITH", "Independent Review of Adult Services"),
        ),
    ],
)
def test_issue_15_relation_shapes(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a report by one body about another publication: no authorship of the other
        (
            "The Westshire Foundation, a report by the Harbour Trust on the Fair Futures Strategy, said nothing.",
            ("Harbour Trust", "AUTHORED", "Fair Futures Strategy"),
        ),
        # the place is not the charity's: it is inside another phrase
        (
            "Harbour Trust, a charity for children who moved to Wales, has welcomed the plans.",
            ("Harbour Trust", "LOCATED_IN", "Wales"),
        ),
        # a dummy "it" refers to nothing
        (
            "The Harbour Pathfinder was announced in 2023. It is clear that the Independent Review of "
            "Adult Services matters.",
            ("Harbour Pathfinder", "ALIGNS_WITH", "Independent Review of Adult Services"),
        ),
        # "it" that is not the previous sentence's subject's continuation (a person's sentence)
        (
            "Jane Porter praised the Harbour Pathfinder. It responds to the Independent Review of Adult Services.",
            ("Harbour Pathfinder", "ALIGNS_WITH", "Independent Review of Adult Services"),
        ),
    ],
)
def test_issue_15_near_misses(extractor, text, unexpected):
    assert unexpected not in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "\u201cThis is a landmark moment for children,\u201d said Jane Porter, chief executive of the "
            "Harbour Trust. \u201cWe welcome the Fair Futures Strategy and its focus on early help.\u201d",
            ("Jane Porter", "SUPPORTS", "Fair Futures Strategy"),
        ),
        (
            "The Harbour Trust has called for the Fair Futures Strategy to be implemented in full.",
            ("Harbour Trust", "SUPPORTS", "Fair Futures Strategy"),
        ),
        (
            "Jane Porter, who chairs the Westshire Safeguarding Partnership, said the plan was bold.",
            ("Jane Porter", "ROLE_AT", "Westshire Safeguarding Partnership"),
        ),
        (
            "Before her election Jane Porter worked for the Harbour Trust.",
            ("Jane Porter", "ROLE_AT", "Harbour Trust"),
        ),
        (
            "The DfE-commissioned Fair Futures Review reported in May.",
            ("Department for Education", "COMMISSIONED", "Fair Futures Review"),
        ),
        (
            "The Fair Futures Review, a Department for Education-commissioned review, reported in May.",
            ("Department for Education", "COMMISSIONED", "Fair Futures Review"),
        ),
    ],
)
def test_issue_15_news_shapes(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a review is led, not a workplace
        (
            "Helen Marsh leads the Independent Review of Adult Services.",
            ("Helen Marsh", "ROLE_AT", "Independent Review of Adult Services"),
        ),
        # working with a body is no post there
        (
            "Jane Porter worked with the Harbour Trust on the plan.",
            ("Jane Porter", "ROLE_AT", "Harbour Trust"),
        ),
        # calling a publication something is not calling for it
        (
            "The Harbour Trust called the Fair Futures Strategy timid.",
            ("Harbour Trust", "SUPPORTS", "Fair Futures Strategy"),
        ),
        # a hyphenated name that is not the agent of a participle
        (
            "The Harbour Trust-Westshire Council partnership published the Fair Futures Review.",
            ("Harbour Trust", "COMMISSIONED", "Fair Futures Review"),
        ),
    ],
)
def test_issue_15_news_near_misses(extractor, text, unexpected):
    assert unexpected not in relations(extractor, text)


def test_an_apposition_beyond_the_verb_is_a_misparse(vocab):
    from spacy.tokens import Doc

    from caregraph.extract.relations.context import _crosses_governor

    # "the government has published Fairness : Plan", the parser hanging "Plan" on "government"
    words = ["the", "government", "has", "published", "Fairness", ":", "Plan"]
    heads = [1, 3, 3, 3, 3, 3, 1]
    deps = ["det", "nsubj", "aux", "ROOT", "dobj", "punct", "appos"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps)
    assert _crosses_governor(doc[1], doc[6])
    # "Jane Porter , the chair , spoke": an ordinary apposition
    words = ["Porter", ",", "the", "chair", ",", "spoke"]
    heads = [5, 0, 3, 0, 0, 5]
    deps = ["nsubj", "punct", "det", "appos", "punct", "ROOT"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps)
    assert not _crosses_governor(doc[0], doc[3])


def graph_edges(extractor, schema, text: str) -> set[tuple[str, str, str]]:
    from caregraph.graph.assemble import build_graph

    graph = build_graph([extractor.process_text(text, doc_id="t")], schema)
    return {
        (graph.nodes[u]["label"], d["relation"], graph.nodes[v]["label"])
        for u, v, d in graph.edges(data=True) if d["relation"] != "MENTIONS"
    }


def test_local_bodies_and_national_branches_are_located_by_their_names(extractor, schema):
    found = graph_edges(
        extractor,
        schema,
        "Staff from Cumbria and England met. The Cumbria Integrated Care Board and HTUK England "
        "signed the plan, as did the Children's Commissioner for England.",
    )
    assert ("Cumbria Integrated Care Board", "LOCATED_IN", "Cumbria") in found
    assert ("HTUK England", "LOCATED_IN", "England") in found
    assert not {e for e in found if e[0].startswith("Children's Commissioner") and e[1] == "LOCATED_IN"}


def test_a_possessor_of_a_response_is_the_responder(extractor):
    found = relations(
        extractor,
        "Jane Porter criticised the Department for Education's response to the Independent Review of Adult Services.",
    )
    assert ("Department for Education", "RESPONDED_TO", "Independent Review of Adult Services") in found


def test_giving_backing_for_a_programme_supports_it(extractor):
    found = relations(extractor, "Jane Porter gave her strongest backing yet for the Harbour Programme.")
    assert ("Jane Porter", "SUPPORTS", "Harbour Programme") in found
    # giving help to a programme's families is not backing it
    found = relations(extractor, "Jane Porter gave her help to families in the Harbour Programme.")
    assert ("Jane Porter", "SUPPORTS", "Harbour Programme") not in found


def test_we_in_a_quotation_is_the_speakers_organisation_for_facts(extractor):
    found = relations(
        extractor,
        "Cllr Rita Moss, cabinet member for children at Westshire County Council, said: "
        "\u201cWe are proud to run the Open Doors scheme. We welcome the Fair Futures Strategy.\u201d",
    )
    assert ("Westshire County Council", "RUNS", "Open Doors") in found
    # an evaluation stays the speaker's
    assert ("Rita Moss", "SUPPORTS", "Fair Futures Strategy") in found
    assert ("Westshire County Council", "SUPPORTS", "Fair Futures Strategy") not in found


def test_we_without_a_known_post_names_no_one(extractor):
    found = relations(extractor, "Cllr Rita Moss said: \u201cWe are proud to run the Open Doors scheme.\u201d")
    assert not {r for r in found if r[1] == "RUNS"}


def test_we_outside_a_quotation_names_no_one(extractor):
    found = relations(
        extractor,
        "Rita Moss is cabinet member for children at Westshire County Council. We run the Open Doors scheme.",
    )
    assert not {r for r in found if r[1] == "RUNS"}


@pytest.mark.parametrize(
    "text",
    [
        "Areas taking part in the Harbour Programme include Gateshead, Hartlepool and Sunderland.",
        "Councils involved in the Harbour Programme include:\n\u2022 Gateshead Council\n\u2022 Sunderland Council\n",
    ],
)
def test_members_of_a_programme_run_it(extractor, text):
    found = {(s, t) for s, r, t in relations(extractor, text) if r == "RUNS"}
    assert any(s.startswith("Sunderland") and t == "Harbour Programme" for s, t in found)
    assert any(s.startswith("Gateshead") and t == "Harbour Programme" for s, t in found)


def test_supporters_of_a_programme_do_not_run_it(extractor):
    found = relations(extractor, "Supporters of the Open Doors scheme include the Harbour Trust and Westshire Council.")
    assert not {r for r in found if r[1] == "RUNS"}


def test_its_opening_a_sentence_is_the_last_subject(extractor):
    found = role_edges(
        extractor,
        "The Harbour Trust welcomed the Fair Futures Bill. Its president, Omar Farouk, said the Bill was overdue.",
    )
    assert found == {("Omar Farouk", "Harbour Trust")}
    # the previous subject is a person: "its" is not theirs
    found = role_edges(
        extractor,
        "Omar Farouk met the Harbour Trust. Its president, Jane Porter, said the Bill was overdue.",
    )
    assert not found


def test_a_bare_head_after_a_possessive_is_no_part(extractor):
    # the entity stage splits "the Kinship Carers' Association" at the apostrophe
    found = relations(extractor, "Backers include the Association of Social Workers and the Kinship Carers' Association.")
    assert not {r for r in found if r[1] == "PART_OF" and r[0] == "Association"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Today my colleague Kathryn Dexwood and I gave a presentation on the proposals set out in the "
            "Fair Futures Strategy.",
            ("Kathryn Dexwood", "RESPONDED_TO", "Fair Futures Strategy"),
        ),
        (
            "The Harbour Trust issued a statement on the Fair Futures Strategy on Monday.",
            ("Harbour Trust", "RESPONDED_TO", "Fair Futures Strategy"),
        ),
        (
            "Jane Porter spoke about the Fair Futures Strategy at the conference.",
            ("Jane Porter", "RESPONDED_TO", "Fair Futures Strategy"),
        ),
    ],
)
def test_commenting_on_a_publication_responds_to_it(extractor, text, expected):
    assert expected in relations(extractor, text)


def test_speaking_at_an_event_about_something_else_is_no_response(extractor):
    found = relations(extractor, "Jane Porter spoke at the Fair Futures Strategy launch about her family.")
    assert not {r for r in found if r[1] == "RESPONDED_TO"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Harbour Trust praises the bold ambition in the final report of the Independent Review of "
            "Adult Services, published today.",
            ("Harbour Trust", "SUPPORTS", "Independent Review of Adult Services"),
        ),
        (
            "Contact is a key area of focus for this year's Harbour Barometer Report, to be published by the "
            "Harbour Trust in June.",
            ("Harbour Trust", "AUTHORED", "Harbour Barometer Report"),
        ),
        (
            "The Harbour Trust has worked with families for over a year to input to the Independent Review "
            "of Adult Services.",
            ("Harbour Trust", "CONTRIBUTED_TO", "Independent Review of Adult Services"),
        ),
        (
            "The government highlights the Harbour Trust's Fair Futures Guidance (2), commissioned by the DfE, "
            "as a key source for councils.",
            ("Department for Education", "COMMISSIONED", "Fair Futures Guidance"),
        ),
    ],
)
def test_issue_15_charity_statement_shapes(extractor, text, expected):
    assert expected in relations(extractor, text)


def test_an_infinitive_after_a_comma_with_no_name_before_it(extractor):
    found = relations(extractor, "We met in June, to be joined later by the Harbour Trust.")
    assert not {r for r in found if r[1] == "AUTHORED"}


@pytest.mark.parametrize(
    "text",
    [
        "Jane Porter, who is chief executive of the Harbour Trust, said the plan was bold.",
        "Jane Porter, who used to be chair of the Harbour Trust, said the plan was bold.",
        "Jane Porter joins the Harbour Trust as director of policy.",
        "Jane Porter, from the Harbour Trust, said the plan was bold.",
    ],
)
def test_more_role_shapes(extractor, text):
    assert role_edges(extractor, text) == {("Jane Porter", "Harbour Trust")}


@pytest.mark.parametrize(
    "text",
    [
        # a place of origin is no post; describing a body as a leader gives no post there
        "Jane Porter, from Cumbria, said the plan was bold.",
        "Jane Porter described the Harbour Trust as a leader in the field.",
    ],
)
def test_role_near_misses(extractor, text):
    assert not role_edges(extractor, text)


def test_from_an_organisation_founds_nothing(extractor):
    found = relations(extractor, "Jane Porter, from the Harbour Trust, said the plan was bold.")
    assert not {r for r in found if r[1] in ("FOUNDED", "LEADS")}


def test_a_welcoming_answer_to_a_named_publication_supports_it(extractor):
    text = (
        "In response to the final report of the Independent Review of Adult Services, Jane Porter said:\n\n"
        "\u2018Its recommendations are bold, and there is much to welcome, especially the emphasis on early help.\u2019\n"
    )
    assert ("Jane Porter", "SUPPORTS", "Independent Review of Adult Services") in relations(extractor, text)


@pytest.mark.parametrize(
    "quote",
    [
        # mixed: welcome and disappointment
        "\u2018There is much to welcome. But we are deeply disappointed that adoption is missing.\u2019",
        # someone else's welcome, and a need for support is no support
        "\u2018The council welcomed the plan. Families need more support.\u2019",
    ],
)
def test_a_mixed_or_reported_welcome_is_only_a_response(extractor, quote):
    text = (
        "In response to the final report of the Independent Review of Adult Services, Jane Porter said:\n\n"
        + quote + "\n"
    )
    found = relations(extractor, text)
    assert ("Jane Porter", "SUPPORTS", "Independent Review of Adult Services") not in found
    assert ("Jane Porter", "RESPONDED_TO", "Independent Review of Adult Services") in found


def test_a_welcome_naming_its_own_object_is_not_about_the_answered_publication(extractor):
    text = (
        "Jane Porter responded to the Fair Futures Report, the first report of the Independent Review of Adult Services.\n\n"
        "\u201cWe support the ambition of the Independent Review of Adult Services to keep children safe.\u201d\n"
    )
    found = relations(extractor, text)
    assert ("Jane Porter", "SUPPORTS", "Independent Review of Adult Services") in found
    assert ("Jane Porter", "SUPPORTS", "Fair Futures Report") not in found
    assert ("Jane Porter", "RESPONDED_TO", "Fair Futures Report") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jane Porter, chief executive of the Harbour Trust, said the Fair Futures Strategy was a welcome step.",
            ("Jane Porter", "SUPPORTS", "Fair Futures Strategy"),
        ),
        (
            "Jane Porter said she was disappointed by the Fair Futures Strategy.",
            ("Jane Porter", "RESPONDED_TO", "Fair Futures Strategy"),
        ),
        (
            "Omar Farouk said:\n\n\u201cWe were pleased with the Fair Futures Strategy.\u201d\n",
            ("Omar Farouk", "SUPPORTS", "Fair Futures Strategy"),
        ),
    ],
)
def test_reported_speech_and_passive_feelings(extractor, text, expected):
    assert expected in relations(extractor, text)


def test_others_feelings_in_a_direct_quotation_are_not_the_speakers(extractor):
    text = "Omar Farouk said:\n\n\u201cFamilies told us they were pleased with the Fair Futures Strategy.\u201d\n"
    assert ("Omar Farouk", "SUPPORTS", "Fair Futures Strategy") not in relations(extractor, text)


def test_others_feelings_do_not_make_an_answer_supportive(extractor):
    text = (
        "In response to the Fair Futures Strategy, Omar Farouk said:\n\n"
        "\u201cFamilies told us they were pleased.\u201d\n"
    )
    found = relations(extractor, text)
    assert ("Omar Farouk", "SUPPORTS", "Fair Futures Strategy") not in found
    assert ("Omar Farouk", "RESPONDED_TO", "Fair Futures Strategy") in found


def test_we_as_the_speaker_of_a_quotation_names_no_one(extractor):
    text = (
        "Jane Porter is chair of the Harbour Trust. We said: \u201cWe welcome the Fair Futures Strategy.\u201d "
        "She added: \u201cWe said it would work.\u201d"
    )
    found = relations(extractor, text)
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in found
    assert not {r for r in found if r[1] == "SUPPORTS"}


def test_a_longer_signature_list_and_a_role_glued_to_a_name(extractor):
    found = role_edges(
        extractor,
        "Witnesses: Jane Porter, Head of Policy, Westshire Council; and Amy Lowe MBE, survivor of abuse, "
        "public speaker, and ambassador for the Harbour Trust.",
    )
    assert ("Jane Porter", "Westshire Council") in found
    assert ("Amy Lowe", "Harbour Trust") in found
    # a role glued to the organisation's name by the entity stage is no workplace
    found = role_edges(
        extractor,
        "Witnesses: Amy Lowe MBE, Survivor of Abuse, Public Speaker, and Ambassador for the Westshire Foundation.",
    )
    assert not {t for s, t in found if t.startswith("Ambassador")}


def test_a_transcript_turn_is_its_speakers(extractor):
    text = (
        "The committee heard from Jane Porter and Tom Reed.\n\n"
        "Tom Reed: I would like to declare an interest in that I worked for the Harbour Trust.\n\n"
        "Q12 Jane Porter: Thank you.\n"
    )
    found = relations(extractor, text)
    assert ("Tom Reed", "ROLE_AT", "Harbour Trust") in found
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") not in found


def test_i_outside_a_quotation_or_after_a_label_names_no_one(extractor):
    found = relations(extractor, "The committee heard from Jane Porter.\n\nNote: I worked for the Harbour Trust.\n")
    assert not {r for r in found if r[1] == "ROLE_AT"}


MINUTES = (
    "Westshire Children's Scrutiny Committee\n"
    "Minutes of the meeting held on 3 May 2024\n"
    "Members present: Jane Porter (Chair); Tom Reed; Cllr Amy Lowe.\n"
    "Apologies: Omar Farouk.\n"
)


def test_members_present_sit_on_the_body_named_above(extractor):
    found = relation_records(extractor, MINUTES)
    seats = {(s, t, r.role) for s, r, t in found if r.relation == "ROLE_AT"}
    assert seats == {
        ("Jane Porter", "Westshire Children's Scrutiny Committee", "Chair"),
        ("Tom Reed", "Westshire Children's Scrutiny Committee", None),
        ("Amy Lowe", "Westshire Children's Scrutiny Committee", None),
    }


TRANSCRIPT = (
    "Harbour Inquiry\n"
    "Oral evidence: Harbour Inquiry\n"
    "Monday 5 May 2024\n"
    "Members present: Baroness Porter of Westby (The Chair); Lord Reed; Baroness Lowe.\n"
    "Witness\n"
    "Q1 The Chair: Good afternoon and welcome to this evidence session of the Westshire Select Committee.\n"
)


def test_members_present_sit_on_the_committee_named_just_after_when_none_is_above(extractor):
    found = relations(extractor, TRANSCRIPT)
    seats = {(s, o) for s, r, o in found if r == "ROLE_AT"}
    assert ("Lord Reed", "Westshire Select Committee") in seats
    assert ("Baroness Lowe", "Westshire Select Committee") in seats


def test_members_present_take_no_seat_at_a_witness_s_board(extractor):
    text = TRANSCRIPT.replace("Witness\n", "Witness\nI: Omar Farouk, Chair, Harbour Safeguarding Board.\n")
    found = relations(extractor, text)
    seats = {(s, o) for s, r, o in found if r == "ROLE_AT"}
    assert ("Lord Reed", "Harbour Safeguarding Board") not in seats
    assert ("Lord Reed", "Westshire Select Committee") in seats


def test_present_under_a_body_that_is_no_committee_gives_no_seat(extractor):
    found = role_edges(extractor, "Harbour Trust annual report\nPresent: Jane Porter; Tom Reed\n")
    assert not found


def test_it_is_good_to_see_a_programme_supports_it(extractor):
    found = relations(extractor, "Jane Porter said:\n\n\u201cIt is good to see the Harbour Programme, which emphasises relationships.\u201d\n")
    assert ("Jane Porter", "SUPPORTS", "Harbour Programme") in found


def test_good_as_a_modifier_is_no_evaluation_of_the_answered_publication(extractor):
    text = (
        "In response to the Fair Futures Strategy, Omar Farouk said:\n\n"
        "\u201cGood practice exists in many councils.\u201d\n"
    )
    found = relations(extractor, text)
    assert ("Omar Farouk", "SUPPORTS", "Fair Futures Strategy") not in found


def test_good_to_see_reaches_an_object_coordinated_with_the_clause(extractor):
    text = (
        "Jane Porter said:\n\n\u2018It is good to see the focus on family voice, and the proposed Harbour "
        "Programme which emphasises relationships.\u2019\n"
    )
    assert ("Jane Porter", "SUPPORTS", "Harbour Programme") in relations(extractor, text)


@pytest.mark.parametrize(
    ("wave", "expected"),
    [("the first wave of pathfinders", True), ("a new wave of pathfinders", False)],
)
def test_the_first_wave_of_pathfinders_is_the_documents_pathfinder(extractor, wave, expected):
    text = (
        "The government will fund the Harbour for Families Pathfinder and the Open Doors scheme. "
        f"In July it announced that Dorset and Cumbria would take part in {wave}."
    )
    found = relations(extractor, text)
    assert (("Cumbria", "RUNS", "Harbour for Families Pathfinder") in found) is expected


def test_others_reported_feelings_are_not_the_speakers(extractor):
    found = relations(
        extractor,
        "The Harbour Trust said councils were pleased with the Open Doors scheme but warned that funding was low.",
    )
    assert ("Harbour Trust", "SUPPORTS", "Open Doors") not in found


def test_a_place_hyphenated_to_based_locates_the_name_after_it(extractor):
    found = relations(extractor, "The Leeds-based charity Open Door runs the Staying Close programme.")
    assert ("Open Door", "LOCATED_IN", "Leeds") in found
    # another participle locates nothing
    found = relations(extractor, "The Leeds-born author Jane Porter wrote the report.")
    assert not {r for r in found if r[1] == "LOCATED_IN"}


def test_a_place_inside_a_modifier_is_not_the_phrases_subject(extractor):
    found = relations(extractor, "Open Door, a Cumbria-based charity, runs the Staying Close programme.")
    assert ("Cumbria", "RUNS", "Staying Close") not in found


def test_the_author_of_a_publication_authored_it(extractor):
    found = relations(extractor, "Jane Porter, the author of the Fair Futures Report, said the plan was bold.")
    assert ("Jane Porter", "AUTHORED", "Fair Futures Report") in found
    found = relations(extractor, "Jane Porter, author of a report on the Fair Futures Strategy, said the plan was bold.")
    assert ("Jane Porter", "AUTHORED", "Fair Futures Strategy") not in found


def test_a_call_to_scrap_a_publication_is_no_support(extractor):
    found = relations(extractor, "The Harbour Trust has called for the Fair Futures Strategy to be scrapped.")
    assert ("Harbour Trust", "SUPPORTS", "Fair Futures Strategy") not in found


def test_welcoming_a_decision_to_withdraw_a_publication_is_no_support(extractor):
    found = relations(extractor, "The Harbour Trust welcomed the decision to withdraw the Fair Futures Strategy.")
    assert ("Harbour Trust", "SUPPORTS", "Fair Futures Strategy") not in found
    found = relations(extractor, "The Harbour Trust welcomed the decision to publish the Fair Futures Strategy.")
    assert ("Harbour Trust", "SUPPORTS", "Fair Futures Strategy") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Trust is disappointed by the Fair Futures Strategy.",
         ("Harbour Trust", "RESPONDED_TO", "Fair Futures Strategy")),
        ("The Local Government Association remains concerned that the Fair Futures Strategy lacks funding.",
         ("Local Government Association", "RESPONDED_TO", "Fair Futures Strategy")),
        ("Jane Porter was pleased with the Open Doors scheme.", ("Jane Porter", "SUPPORTS", "Open Doors")),
    ],
)
def test_a_named_holders_feeling_about_a_publication(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Trust is not disappointed by the Fair Futures Strategy.",
        "Families were pleased with the Fair Futures Strategy, the Harbour Trust said.",
    ],
)
def test_feelings_that_are_negated_or_not_the_named_bodys(extractor, text):
    assert not {r for r in relations(extractor, text) if r[0] == "Harbour Trust" and r[2] == "Fair Futures Strategy"}


@pytest.mark.parametrize(
    "text",
    [
        "Westshire County Council will join the Northern Adoption Agency.",
        "Westshire County Council agreed to join the Northern Adoption Agency in April.",
        "Westshire County Council became a member of the Northern Adoption Agency in May.",
        "Westshire County Council has become part of the Northern Adoption Agency.",
    ],
)
def test_a_body_that_joins_another_is_part_of_it(extractor, text):
    assert ("Westshire County Council", "PART_OF", "Northern Adoption Agency") in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a partner in a joint action, not a body joined
        "The Harbour Trust joined the Local Government Association in calling for more funding.",
        "Westshire County Council did not join the Northern Adoption Agency.",
        # a person joining an organisation works there; that is no PART_OF
        "Jane Porter joined the Harbour Trust in 2019.",
    ],
)
def test_joining_near_misses_are_not_part_of(extractor, text):
    assert not [r for r in relations(extractor, text) if r[1] == "PART_OF"]


def test_the_department_refers_to_the_one_department_of_the_document(extractor):
    text = ("The Department for Transport set out its plans in 2023.\n\n"
            "In December 2023, the department published the national cycling strategy \"Safer Streets Ahead\", "
            "a \"Road Users National Framework\" and a revised statutory guidance \"Working Together on Roads\".")
    found = relations(extractor, text)
    for title in ("Safer Streets Ahead", "Road Users National Framework", "Working Together on Roads"):
        assert ("Department for Transport", "AUTHORED", title) in found


def test_the_department_is_ambiguous_between_two_departments(extractor):
    text = ("The Department for Transport and the Department for Health set out their plans in 2023.\n\n"
            "In December 2023, the department published the national cycling strategy \"Safer Streets Ahead\".")
    assert not [r for r in relations(extractor, text) if r[1] == "AUTHORED"]


def test_a_post_on_an_organisations_board_is_also_a_post_at_the_organisation(extractor):
    text = ("Cllr Jane Porter, Vice Chairman of the Harbour Trust's Children and Families Board, "
            "responded to the Fair Futures Review.")
    found = relations(extractor, text)
    assert ("Jane Porter", "ROLE_AT", "Children and Families Board") in found
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in found


def test_a_possessive_after_the_role_phrase_gives_no_second_post(extractor):
    text = "Jane Porter, chair of the Westshire Youth Panel, visited the Harbour Trust's new office."
    found = relations(extractor, text)
    assert ("Jane Porter", "ROLE_AT", "Westshire Youth Panel") in found
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Three more councils - Cumbria, Dorset and Kent - have been chosen to deliver the Bright Steps programme.",
        "Three more councils, Cumbria, Dorset and Kent, have been chosen to deliver the Bright Steps programme.",
    ],
)
def test_every_name_listed_after_a_class_noun_is_an_argument(extractor, text):
    found = relations(extractor, text)
    for place in ("Cumbria", "Dorset", "Kent"):
        assert (place, "RUNS", "Bright Steps") in found


def test_every_publication_a_generic_noun_governs_is_an_argument(extractor):
    text = ("The Bright Steps programme was announced in May. It responds to recommendations from the "
            "Fair Futures Review and the Westshire Housing Report.")
    found = relations(extractor, text)
    assert ("Bright Steps", "ALIGNS_WITH", "Fair Futures Review") in found
    assert ("Bright Steps", "ALIGNS_WITH", "Westshire Housing Report") in found


def test_names_outside_the_listed_phrase_are_no_arguments(extractor):
    text = "Three councils have been chosen to deliver the Bright Steps programme, and Dorset and Kent will watch closely."
    assert not [r for r in relations(extractor, text) if r[1] == "RUNS"]


_PRESS_RELEASE = (
    "{headline}\n\n"
    "The charity has long called for change in children's services.\n\n"
    "{speaker} said: \"We are delighted with the review.\"\n"
)


@pytest.mark.parametrize(
    "speaker",
    ["Director of Policy and Public Affairs Jane Porter", "Jane Porter, Head of Research,"],
)
def test_a_speakers_post_without_organisation_is_at_the_headlines_actor(extractor, speaker):
    text = _PRESS_RELEASE.format(headline="Harbour Trust welcomes the Fair Futures Review", speaker=speaker)
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in relations(extractor, text)


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        # the opening line's subject is no organisation
        ("The Fair Futures Review is welcomed by the Harbour Trust", "Director of Policy Jane Porter"),
        # two organisations in the opening line: no one actor
        ("Harbour Trust and Westshire Youth Panel welcome the Fair Futures Review", "Director of Policy Jane Porter"),
        # the speaker's sentence names an organisation of its own
        ("Harbour Trust welcomes the Fair Futures Review", "Jane Porter, Director of Policy at Bright Start,"),
        # no post at all
        ("Harbour Trust welcomes the Fair Futures Review", "Jane Porter"),
    ],
)
def test_a_speaker_is_not_given_the_headlines_actor_otherwise(extractor, headline, speaker):
    text = _PRESS_RELEASE.format(headline=headline, speaker=speaker)
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") not in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Trust hailed the Fair Futures Review as a turning point.",
         ("Harbour Trust", "SUPPORTS", "Fair Futures Review")),
        ("Westshire County Council has signed up to the Bright Steps programme.",
         ("Westshire County Council", "RUNS", "Bright Steps")),
        ("The Harbour Trust said it backed the Fair Futures Review.",
         ("Harbour Trust", "SUPPORTS", "Fair Futures Review")),
        ("The Harbour Trust said that it had published the Fair Futures Review in May.",
         ("Harbour Trust", "AUTHORED", "Fair Futures Review")),
    ],
)
def test_broadened_support_programme_and_reported_pronoun_shapes(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # "it" in a person's reported speech is not the person
        ("Jane Porter said it backed the Fair Futures Review.", ("Jane Porter", "SUPPORTS", "Fair Futures Review")),
        ("The Harbour Trust said it would not support the Fair Futures Review.",
         ("Harbour Trust", "SUPPORTS", "Fair Futures Review")),
        # another body named in the reported clause is its subject, not the speaker
        ("The Harbour Trust said the Westshire Youth Panel backed the Fair Futures Review.",
         ("Harbour Trust", "SUPPORTS", "Fair Futures Review")),
        ("Westshire County Council has not signed up to the Bright Steps programme.",
         ("Westshire County Council", "RUNS", "Bright Steps")),
        # a person signing up takes part; running a programme is a body's
        ("Jane Porter signed up to the Bright Steps programme.", ("Jane Porter", "RUNS", "Bright Steps")),
    ],
)
def test_reported_pronoun_and_sign_up_near_misses(extractor, text, unexpected):
    assert unexpected not in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Fair Futures Review, a report by the Harbour Trust, was published on Monday.",
         ("Harbour Trust", "AUTHORED", "Fair Futures Review")),
        ("The Fair Futures Review, a report commissioned by the Harbour Trust, was published on Monday.",
         ("Harbour Trust", "COMMISSIONED", "Fair Futures Review")),
        ("The Harbour Trust, a charity founded by Jane Porter, published a report on Monday.",
         ("Jane Porter", "FOUNDED", "Harbour Trust")),
    ],
)
def test_a_description_in_apposition_to_a_name_passes_its_by_phrase_to_the_name(extractor, text, expected):
    assert expected in relations(extractor, text)


def test_a_by_phrase_on_a_description_of_something_else_is_not_the_names(extractor):
    # the apposed description names the chair, not the review: no authorship
    text = "The Fair Futures Review, chaired by Jane Porter of the Harbour Trust, was published on Monday."
    assert ("Harbour Trust", "AUTHORED", "Fair Futures Review") not in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a response to a report is a text about it: publishing one is no authorship of the report
        ("The Harbour Trust published its response to the Fair Futures Review.",
         ("Harbour Trust", "AUTHORED", "Fair Futures Review")),
        # welcoming someone else's response welcomes the response, not the report
        ("The Harbour Trust welcomed the government's response to the Fair Futures Review.",
         ("Harbour Trust", "SUPPORTS", "Fair Futures Review")),
        ("The Harbour Trust welcomed the government's response to the Fair Futures Review.",
         ("Harbour Trust", "RESPONDED_TO", "Fair Futures Review")),
    ],
)
def test_a_response_to_a_publication_is_not_the_publication(extractor, text, unexpected):
    assert unexpected not in relations(extractor, text)


def test_publishing_ones_own_response_responds(extractor):
    text = "The Harbour Trust published its response to the Fair Futures Review."
    assert ("Harbour Trust", "RESPONDED_TO", "Fair Futures Review") in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    ["The Harbour Trust gave its support to the Fair Futures Review.",
     "The Harbour Trust has thrown its weight behind the Fair Futures Review."],
)
def test_nouns_of_backing_support_their_beneficiary(extractor, text):
    assert ("Harbour Trust", "SUPPORTS", "Fair Futures Review") in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Porter from the Harbour Trust said the plan was fair.",
        "Jane Porter of the Harbour Trust told reporters the plan was fair.",
        "The Harbour Trust's Jane Porter said the plan was fair.",
    ],
)
def test_a_speakers_organisation_without_a_post(extractor, text):
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "A letter from the Harbour Trust to Jane Porter said the plan was fair.",
        "Jane Porter met volunteers from the Harbour Trust.",
        "Jane Porter wrote to the Harbour Trust's chair.",
        "Thanks to Jane Porter from the Harbour Trust for her help.",
    ],
)
def test_an_organisation_beside_a_name_that_is_not_the_speakers(extractor, text):
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") not in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Westshire County Council, one of the Bright Steps pathfinders, said the plan was fair.",
         ("Westshire County Council", "RUNS", "Bright Steps")),
        ("Westshire County Council is a Bright Steps pathfinder.", ("Westshire County Council", "RUNS", "Bright Steps")),
        ("Westshire County Council is a pathfinder for the Bright Steps programme.",
         ("Westshire County Council", "RUNS", "Bright Steps")),
        ("Dorset is one of the pilot areas for the Bright Steps programme.", ("Dorset", "RUNS", "Bright Steps")),
    ],
)
def test_a_body_called_a_programmes_pathfinder_runs_it(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Westshire County Council is not a Bright Steps pathfinder.",
        "Jane Porter is a Bright Steps partner.",
        "Westshire County Council said the Bright Steps pathfinder areas were chosen.",
    ],
)
def test_pathfinder_near_misses_run_nothing(extractor, text):
    assert not [r for r in relations(extractor, text) if r[1] == "RUNS"]


def test_a_body_named_before_a_report_noun_wrote_the_apposed_title(extractor):
    text = "A Harbour Trust report, Fair Futures, found that services were failing."
    assert ("Harbour Trust", "AUTHORED", "Fair Futures") in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # a body's review is often one it commissioned: no authorship from the modifier alone
        "A Harbour Trust review, the Fair Futures Review, found that services were failing.",
        # the body is named elsewhere in the sentence, not as the report's modifier
        "A report, Fair Futures, found that the Harbour Trust was failing.",
    ],
)
def test_a_report_noun_without_its_body_as_modifier_is_no_authorship(extractor, text):
    assert not [r for r in relations(extractor, text) if r[1] == "AUTHORED"]
