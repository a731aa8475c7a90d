"""Stance and attribution shapes of session 4 (issue 15): bylines, further post titles,
responses named by apposition, support for what a body "has campaigned for". Invented
sentences and names, each with near misses that must not fire. They use the trained
pipeline (the rules read its parse)."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model


relations = text_relations


# --- a post on the line after a name alone on its line (bylines, signatures, written answers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Answered by\nJane Porter\nParliamentary Under-Secretary (Department for Health)\n\nThe department is "
         "reviewing the data.", ("Jane Porter", "ROLE_AT", "Department for Health")),
        ("Jane Porter\nChief Executive, Harbour Trust\n\nServices are under strain this winter.",
         ("Jane Porter", "ROLE_AT", "Harbour Trust")),
    ],
)
def test_a_post_on_the_line_after_a_name_alone_on_its_line(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the next line is a sentence, not a post
        "Jane Porter\nThe director of the Harbour Trust met the minister on Monday.\n",
        # the name is not alone on its line
        "We spoke to Jane Porter\nChief Executive, Harbour Trust\n",
    ],
)
def test_no_post_from_a_line_that_is_no_byline(extractor, text):
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") not in relations(extractor, text)


# --- further post titles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In this blog, Harbour Trust Senior Associate Jane Porter reflects on the plan.",
         ("Jane Porter", "ROLE_AT", "Harbour Trust")),
        ("Jane Porter, a research fellow at the Westshire Institute, said the plan was bold.",
         ("Jane Porter", "ROLE_AT", "Westshire Institute")),
        ("Jane Porter, a solicitor at Porter Finch LLP, said the plan was bold.",
         ("Jane Porter", "ROLE_AT", "Porter Finch LLP")),
    ],
)
def test_associates_fellows_and_solicitors_hold_posts(extractor, text, expected):
    assert expected in relations(extractor, text)


def test_a_fellow_of_nothing_named_holds_no_post(extractor):
    text = "Jane Porter, a fellow campaigner, spoke to the Harbour Trust on Monday."
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") not in relations(extractor, text)


# --- a publication named beside "its response to Y" responds to Y


@pytest.mark.parametrize(
    "text",
    [
        "The council set out its aims in the Fair Futures Plan, its response to the Westshire Review.",
        "The department has published the Fair Futures Plan, its strategy to fix adult care in response to the "
        "Westshire Review.",
        "The Fair Futures Plan, the government's response to the Westshire Review, was published in May.",
    ],
)
def test_a_publication_beside_a_response_responds(extractor, text):
    assert ("Fair Futures Plan", "RESPONDED_TO", "Westshire Review") in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # two texts, joined by "and"
        "The department published the Fair Futures Plan and its response to the Westshire Review.",
        # the name before the comma is no apposition: the response is the subject of a new clause
        "After the Fair Futures Plan, its response to the Westshire Review was slow.",
    ],
)
def test_a_publication_joined_to_a_response_does_not_respond(extractor, text):
    assert ("Fair Futures Plan", "RESPONDED_TO", "Westshire Review") not in relations(extractor, text)


# --- a relative clause whose object is the noun it is on


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan includes measures that the Harbour Trust has long campaigned for, including the Bright Steps "
         "programme.", ("Harbour Trust", "SUPPORTS", "Bright Steps")),
        ("The Fair Futures Strategy, which the Harbour Trust welcomed, was published in May.",
         ("Harbour Trust", "SUPPORTS", "Fair Futures Strategy")),
        ("The Fair Futures Report, which the Harbour Trust published in May, found gaps in care.",
         ("Harbour Trust", "AUTHORED", "Fair Futures Report")),
    ],
)
def test_a_relative_clause_acts_on_the_noun_it_is_on(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("The plan drops measures that the Harbour Trust has not campaigned for, including the Bright Steps "
         "programme.", ("Harbour Trust", "SUPPORTS", "Bright Steps")),
        ("The Fair Futures Strategy, which the Harbour Trust criticised, was published in May.",
         ("Harbour Trust", "SUPPORTS", "Fair Futures Strategy")),
        # the measures are not listed, and the strategy is where they were dropped from
        ("The measures that the Harbour Trust has campaigned for were dropped from the Fair Futures Strategy.",
         ("Harbour Trust", "SUPPORTS", "Fair Futures Strategy")),
    ],
)
def test_a_relative_clause_near_misses(extractor, text, unexpected):
    assert unexpected not in relations(extractor, text)


# --- "this legislation" stands for the document's one bill or act


def test_this_legislation_is_the_documents_one_bill(extractor):
    text = ("The Fair Futures Bill was introduced in May, a year after the Westshire Review. "
            "The Harbour Trust welcomes this legislation.")
    assert ("Harbour Trust", "SUPPORTS", "Fair Futures Bill") in relations(extractor, text)


def test_this_legislation_with_two_bills_is_neither(extractor):
    text = ("The Fair Futures Bill and the Westshire Housing Bill were introduced in May. "
            "The Harbour Trust welcomes this legislation.")
    assert not [r for r in relations(extractor, text) if r[1] == "SUPPORTS"]


# --- posts given by a naming verb, an organisation in brackets, further stance verbs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Porter was appointed chair of the Harbour Trust in May.", ("Jane Porter", "ROLE_AT", "Harbour Trust")),
        ("Jane Porter became chief executive of the Harbour Trust in 2019.",
         ("Jane Porter", "ROLE_AT", "Harbour Trust")),
        ("Jane Porter has been elected president of the Westshire Foster Care Association.",
         ("Jane Porter", "ROLE_AT", "Westshire Foster Care Association")),
        ("Jane Porter (Harbour Trust) said the plan was bold.", ("Jane Porter", "ROLE_AT", "Harbour Trust")),
        ("The Harbour Trust has thrown its support behind the Fair Futures Bill.",
         ("Harbour Trust", "SUPPORTS", "Fair Futures Bill")),
        ("The Harbour Trust opposes the Fair Futures Bill.", ("Harbour Trust", "RESPONDED_TO", "Fair Futures Bill")),
    ],
)
def test_posts_and_stances_of_news_shapes(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("Jane Porter was not appointed chair of the Harbour Trust.", ("Jane Porter", "ROLE_AT", "Harbour Trust")),
        # the appointment names no post
        ("Jane Porter was appointed after the Harbour Trust review.", ("Jane Porter", "ROLE_AT", "Harbour Trust")),
        # brackets that hold more than one name, or a name that is no subject
        ("Jane Porter (with the Harbour Trust and Westshire Council) said the plan was bold.",
         ("Jane Porter", "ROLE_AT", "Harbour Trust")),
        ("The minister thanked Jane Porter (Harbour Trust) for her work.", ("Jane Porter", "ROLE_AT", "Harbour Trust")),
        ("The Harbour Trust does not oppose the Fair Futures Bill.",
         ("Harbour Trust", "RESPONDED_TO", "Fair Futures Bill")),
    ],
)
def test_posts_and_stances_near_misses(extractor, text, unexpected):
    assert unexpected not in relations(extractor, text)


# --- stance said by an adjective or noun, concerns raised, speaking in a debate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Trust is supportive of the Fair Futures Bill.", ("Harbour Trust", "SUPPORTS", "Fair Futures Bill")),
        ("The Harbour Trust is a long-standing supporter of the Bright Steps programme.",
         ("Harbour Trust", "SUPPORTS", "Bright Steps")),
        ("Jane Porter, an advocate for the Bright Steps programme, spoke first.",
         ("Jane Porter", "SUPPORTS", "Bright Steps")),
        ("The Harbour Trust is critical of the Fair Futures Bill.",
         ("Harbour Trust", "RESPONDED_TO", "Fair Futures Bill")),
        ("Jane Porter said: \u201cWe are proud to support the Fair Futures Strategy.\u201d",
         ("Jane Porter", "SUPPORTS", "Fair Futures Strategy")),
        ("The Harbour Trust has raised concerns about the Fair Futures Bill.",
         ("Harbour Trust", "RESPONDED_TO", "Fair Futures Bill")),
        ("Jane Porter spoke in the debate on the Fair Futures Bill.", ("Jane Porter", "RESPONDED_TO", "Fair Futures Bill")),
        ("Jane Porter addressed Parliament during the debate on the Fair Futures Bill.",
         ("Jane Porter", "RESPONDED_TO", "Fair Futures Bill")),
        ("Speaking in the debate on the Fair Futures Bill, Jane Porter said the measures were overdue.",
         ("Jane Porter", "RESPONDED_TO", "Fair Futures Bill")),
    ],
)
def test_stance_words_of_news_and_debates(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.parametrize(
    ("text", "unwanted_relation"),
    [
        ("The Harbour Trust is not supportive of the Fair Futures Bill.", "SUPPORTS"),
        ("Jane Porter is a supporter of the Harbour Trust.", "SUPPORTS"),
        ("Jane Porter spoke in the debate on child poverty.", "RESPONDED_TO"),
        ("Jane Porter spoke in Parliament about her family.", "RESPONDED_TO"),
        ("Jane Porter addressed the Harbour Trust conference in Leeds during the lunch break.", "RESPONDED_TO"),
        ("\u201cWe are proud of our staff,\u201d said Jane Porter of the Harbour Trust.", "SUPPORTS"),
        ("The Harbour Trust has raised funds for the Bright Steps programme.", "RESPONDED_TO"),
    ],
)
def test_stance_words_near_misses(extractor, text, unwanted_relation):
    assert not [r for r in relations(extractor, text) if r[1] == unwanted_relation]


# --- "Jane Porter, its chief executive": "its" is the previous sentence's subject


def test_its_in_apposition_to_the_opening_person_is_the_previous_subject(extractor):
    text = "The Harbour Trust welcomes the Fair Futures Review. Jane Porter, its chief executive, said the review was bold."
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # "its" is not in apposition to the name that opens the sentence
        "The Harbour Trust welcomes the Fair Futures Review. Jane Porter said its chief executive was away.",
        # the previous subject is no organisation
        "Tom Reed welcomed the Harbour Trust plan. Jane Porter, its chief executive, said it was bold.",
    ],
)
def test_its_elsewhere_is_not_the_previous_subject(extractor, text):
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") not in relations(extractor, text)


# --- "the report by Y" for the document's one report; a second participle with its own agent


def test_the_report_by_a_body_is_the_documents_one_report(extractor):
    text = "The Fair Futures Report was published on Monday. The report by the Harbour Trust found gaps in care."
    assert ("Harbour Trust", "AUTHORED", "Fair Futures Report") in relations(extractor, text)


def test_the_report_by_a_body_with_two_reports_is_neither(extractor):
    text = "The Fair Futures Report and the Westshire Report were published. The report by the Harbour Trust found gaps."
    assert not [r for r in relations(extractor, text) if r[1] == "AUTHORED"]


def test_a_second_participle_with_its_own_agent_shares_the_first_ones_object(extractor):
    text = "The Fair Futures Review, launched by the Department for Health and chaired by Jane Porter, found gaps."
    found = relations(extractor, text)
    assert ("Jane Porter", "LEADS", "Fair Futures Review") in found
    assert ("Department for Health", "COMMISSIONED", "Fair Futures Review") in found


def test_a_negated_second_participle_gives_nothing(extractor):
    text = "The Fair Futures Review, launched by the Department for Health and not chaired by Jane Porter, found gaps."
    assert ("Jane Porter", "LEADS", "Fair Futures Review") not in relations(extractor, text)


# --- headline shapes of statements: "X response to Y", "X statement on Y", "Y: X responds"; "warned"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour Trust response to the Fair Futures Review", ("Harbour Trust", "RESPONDED_TO", "Fair Futures Review")),
        ("Harbour Trust statement on the Fair Futures Review", ("Harbour Trust", "RESPONDED_TO", "Fair Futures Review")),
        ("Fair Futures Review: Harbour Trust responds", ("Harbour Trust", "RESPONDED_TO", "Fair Futures Review")),
        ("Jane Porter warned that the Fair Futures Bill did not go far enough.",
         ("Jane Porter", "RESPONDED_TO", "Fair Futures Bill")),
    ],
)
def test_statement_headlines_and_warnings_respond(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # the verb has its own object: not the headline's topic
        "Fair Futures Review: Harbour Trust responds to criticism of its accounts",
        "Fair Futures Review: Harbour Trust does not respond",
        # the topic is no publication
        "Westshire: Harbour Trust responds",
        "Jane Porter warned that families were struggling in Westshire.",
    ],
)
def test_statement_headline_near_misses(extractor, text):
    assert not [r for r in relations(extractor, text) if r[1] == "RESPONDED_TO"]


# --- a blog's "I" is the person its byline names


BLOG = "Reflections on the Fair Futures Review\n\n{byline}\n\n{body}\n"
PRESENTED = "Last week I gave a presentation on the Fair Futures Review."


def test_i_in_a_blog_is_its_byline_author(extractor):
    text = BLOG.format(byline="Jane Porter", body=PRESENTED)
    assert ("Jane Porter", "RESPONDED_TO", "Fair Futures Review") in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        # two people named alone on lines: no one author
        BLOG.format(byline="Jane Porter\nTom Reed", body=PRESENTED),
        # the "I" is inside someone else's quotation
        BLOG.format(byline="Jane Porter", body="A parent told the board: \u201c" + PRESENTED + "\u201d"),
        # the name comes after running text: a signature or a mention, not a byline
        "Last week I gave a presentation on the Fair Futures Review, which was long and "
        "covered a great many topics in depth over the whole of the afternoon session.\n\nJane Porter\n",
    ],
)
def test_i_without_one_byline_author_names_no_one(extractor, text):
    assert ("Jane Porter", "RESPONDED_TO", "Fair Futures Review") not in relations(extractor, text)


# --- "right", "positive" said of a publication in a quotation


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe Fair Futures Review is right to put families first,\u201d said Jane Porter of the Harbour Trust.",
        "\u201cIt is positive to see the Fair Futures Review published,\u201d said Jane Porter of the Harbour Trust.",
    ],
)
def test_right_and_positive_in_a_quotation_support(extractor, text):
    assert ("Jane Porter", "SUPPORTS", "Fair Futures Review") in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe Fair Futures Review is not right for families,\u201d said Jane Porter of the Harbour Trust.",
        "\u201cFamilies need the right support from the Fair Futures Review,\u201d said Jane Porter of the Harbour Trust.",
    ],
)
def test_right_as_a_modifier_or_negated_is_no_support(extractor, text):
    assert ("Jane Porter", "SUPPORTS", "Fair Futures Review") not in relations(extractor, text)


# --- a review's chair who is said to publish it is its author too; still not a mere responder


def test_a_chair_who_publishes_the_review_leads_and_wrote_it(extractor, schema):
    from caregraph.graph.assemble import build_graph

    result = extractor.process_text(
        "Jane Porter, who chaired the Fair Futures Review, published the review in May. "
        "Jane Porter also commented on the Fair Futures Review.", doc_id="a")
    graph = build_graph([result], schema)
    edges = {(graph.nodes[u]["label"], d["relation"], graph.nodes[v]["label"])
             for u, v, d in graph.edges(data=True) if d["relation"] != "MENTIONS"}
    assert edges == {("Jane Porter", "LEADS", "Fair Futures Review"), ("Jane Porter", "AUTHORED", "Fair Futures Review")}


# --- a word of praise in what a verb of describing says its object is


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Trust called the Fair Futures Bill a landmark moment for children.",
         ("Harbour Trust", "SUPPORTS", "Fair Futures Bill")),
        ("Jane Porter described the Fair Futures Review as a milestone.", ("Jane Porter", "SUPPORTS", "Fair Futures Review")),
        ("Jane Porter has vowed to act, declaring the Fair Futures Bill a \u201cseminal moment for child protection.\u201d",
         ("Jane Porter", "SUPPORTS", "Fair Futures Bill")),
        ("The Fair Futures Bill was hailed as a landmark by the Harbour Trust.",
         ("Harbour Trust", "SUPPORTS", "Fair Futures Bill")),
    ],
)
def test_praise_in_a_description_supports(extractor, text, expected):
    assert expected in relations(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Trust called the Fair Futures Bill a missed opportunity.",
        "The Harbour Trust did not call the Fair Futures Bill a landmark.",
        "The Fair Futures Bill is a landmark, said the minister, but the Harbour Trust disagreed.",
        "Jane Porter visited the landmark building after the Fair Futures Bill passed.",
    ],
)
def test_praise_near_misses(extractor, text):
    assert not [r for r in relations(extractor, text) if r[1] == "SUPPORTS"]


# --- "we" outside quotations: the page's voice (relations/voice.py, tests/test_voice.py) or nobody;
# never the organisation merely named in the sentence before


@pytest.mark.parametrize(
    "text",
    [
        # the body merely named in the sentence before: no evidence the page speaks for it
        "The Harbour Trust has long campaigned for better care for children. We welcome the Fair Futures Strategy.",
        # inside a quotation "we" is the speaker's view
        "Jane Porter of the Harbour Trust said: \u201cWe welcome the Fair Futures Strategy.\u201d",
        # the previous sentence is about a person
        "Jane Porter has long campaigned for better care for children. We welcome the Fair Futures Strategy.",
        # "we" does not open the sentence
        "The Harbour Trust has long campaigned for better care for children. Like many charities, we welcome the "
        "Fair Futures Strategy.",
    ],
)
def test_we_that_is_no_body_of_the_previous_sentence(extractor, text):
    assert ("Harbour Trust", "SUPPORTS", "Fair Futures Strategy") not in relations(extractor, text)


def test_appointed_as_its_director_is_a_post_at_the_appointing_body(extractor):
    text = "Westshire County Council has appointed Jane Porter as its new director of children's services."
    found = relations(extractor, text)
    assert ("Jane Porter", "ROLE_AT", "Westshire County Council") in found
    assert ("Westshire County Council", "APPOINTED", "Jane Porter") in found


def test_appointed_as_its_director_by_an_unnamed_body_is_no_post(extractor):
    text = "Tom Reed met the Harbour Trust board on Monday. It has appointed Jane Porter as its new director."
    assert not [r for r in relations(extractor, text) if r[1] == "ROLE_AT" and r[0] == "Jane Porter"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Porter, who heads the children's services department at Westshire County Council, said the plan was bold.",
         True),
        ("Jane Porter manages the fostering team at Westshire County Council.", True),
        # a negated post, and "headed towards" (no preposition "at")
        ("Jane Porter did not manage the fostering team at Westshire County Council.", False),
        ("Jane Porter headed towards Westshire County Council after lunch.", False),
    ],
)
def test_heading_a_team_at_a_body_is_a_post_there(extractor, text, expected):
    assert (("Jane Porter", "ROLE_AT", "Westshire County Council") in relations(extractor, text)) is expected
