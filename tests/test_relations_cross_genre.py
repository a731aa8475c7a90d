"""Relation rules of session 5 (issue 15): shapes common across genres, each with invented
sentences and near misses that must not fire. Hand-built parses where the shape is the parse;
the trained pipeline (marked `model`) where the shape is a page."""

from __future__ import annotations

import pytest

from caregraph.core.ontology import ORGANISATION, PERSON, PUBLICATION
from helpers import hand_parse as parse
from helpers import relations_found as found


def _strategy_rows(title_head: str) -> list[tuple[str, int, str, str, str]]:
    # "It is part of the Fair Homes , Built on Care <title_head> . The strategy responds to
    #  recommendations from the Westshire Review ."  The title's root ("Homes") hangs on "of";
    #  its last word modifies the noun after it.
    return [
        ("It", 1, "nsubj", "PRON", "it"),
        ("is", 1, "ROOT", "AUX", "be"),
        ("part", 1, "attr", "NOUN", "part"),
        ("of", 2, "prep", "ADP", "of"),
        ("the", 6, "det", "DET", "the"),
        ("Fair", 6, "compound", "PROPN", "Fair"),
        ("Homes", 3, "pobj", "PROPN", "Homes"),
        (",", 6, "punct", "PUNCT", ","),
        ("Built", 6, "acl", "VERB", "build"),
        ("on", 8, "prep", "ADP", "on"),
        ("Care", 11, "compound", "PROPN", "Care"),
        (title_head, 9, "pobj", "NOUN", title_head),
        (".", 1, "punct", "PUNCT", "."),
        ("The", 14, "det", "DET", "the"),
        ("strategy", 15, "nsubj", "NOUN", "strategy"),
        ("responds", 15, "ROOT", "VERB", "respond"),
        ("to", 15, "prep", "ADP", "to"),
        ("recommendations", 16, "pobj", "NOUN", "recommendation"),
        ("from", 17, "prep", "ADP", "from"),
        ("the", 21, "det", "DET", "the"),
        ("Westshire", 21, "compound", "PROPN", "Westshire"),
        ("Review", 18, "pobj", "PROPN", "Review"),
        (".", 15, "punct", "PUNCT", "."),
    ]


def test_a_title_called_by_the_noun_it_modifies_is_that_description(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _strategy_rows("strategy"))
    names = [(5, 11, PUBLICATION), (20, 22, PUBLICATION)]
    assert ("Fair Homes , Built on Care", "RESPONDED_TO", "Westshire Review") in found(doc, names, schema)


def test_a_title_not_called_so_leaves_the_description_open(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "... Built on Care programme . The strategy responds ...": two publications, neither called
    # a strategy: "the strategy" names neither
    doc = parse(vocab, _strategy_rows("programme"))
    names = [(5, 11, PUBLICATION), (20, 22, PUBLICATION)]
    assert not any(r == "RESPONDED_TO" for _, r, _ in found(doc, names, schema))


def _titled_rows(words: list[str]) -> list[tuple[str, int, str, str, str]]:
    # "Harbour Trust <words> Jane Porter spoke ." : the words before the name hang on its head
    n = len(words)
    person = 2 + n + 1
    rows = [("Harbour", 1, "compound", "PROPN", "Harbour"), ("Trust", 2, "compound", "PROPN", "Trust")]
    for k, w in enumerate(words):
        pos = "ADP" if w in ("of", "for") else "CCONJ" if w in ("and", "&") else "NOUN"
        rows.append((w, person, "compound" if k == 0 else "dep", pos, w.lower()))
    rows += [("Jane", person, "compound", "PROPN", "Jane"), ("Porter", person + 1, "nsubj", "PROPN", "Porter"),
             ("spoke", person + 1, "ROOT", "VERB", "speak"), (".", person + 1, "punct", "PUNCT", ".")]
    rows[2] = (rows[2][0], 2 + n + 1, "compound", rows[2][3], rows[2][4])
    return rows


@pytest.mark.parametrize("title", [
    ["director", "of", "policy", "&", "practice"],
    ["head", "of", "children", "services"],
    ["chief", "executive"],
])
def test_a_title_with_an_of_phrase_before_a_name_is_a_post_there(vocab, schema, title) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _titled_rows(title))
    n = len(title)
    names = [(0, 2, ORGANISATION), (2 + n, 4 + n, PERSON)]
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in found(doc, names, schema)


@pytest.mark.parametrize("title", [
    ["report", "of", "policy", "and", "practice"],   # no role word opens it
    ["policy", "for", "director"],                    # the role word does not open it
])
def test_plain_words_before_a_name_are_no_post(vocab, schema, title) -> None:  # type: ignore[no-untyped-def]
    doc = parse(vocab, _titled_rows(title))
    n = len(title)
    names = [(0, 2, ORGANISATION), (2 + n, 4 + n, PERSON)]
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") not in found(doc, names, schema)


# --- the page's own words: a page that speaks as one organisation evaluates in its own voice

EVIDENCE = """Written evidence from Harbour Trust

Children's Wellbeing and Schools Bill

About Harbour Trust

We are a charity that supports kinship carers across Westshire.

The Bill is a landmark opportunity for reforming the care system. The Westshire Review is welcome, \
and it is good to see the Fair Futures Strategy published.
"""

# the same words on a news page of several voices: nobody's own evaluation
NEWS = """Bill reaches second reading

Harbour Trust and Northgate Foundation gave evidence to the committee.

The Bill is a landmark opportunity for reforming the care system. The Westshire Review is welcome, \
and it is good to see the Fair Futures Strategy published.
"""

# the page's own voice, but the words deny or ask
DENIED = """Written evidence from Harbour Trust

Children's Wellbeing and Schools Bill

We are a charity that supports kinship carers across Westshire.

The Bill is not a landmark opportunity for reforming the care system. Is the Westshire Review welcome?
"""


def _edges(extractor, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    result = extractor.process_text(text, doc_id="t")
    label = {e.key: e.label for e in result.entities}
    return {(label[r.source], r.relation, label[r.target]) for r in result.relations}


@pytest.mark.model
def test_a_page_speaking_as_one_body_evaluates_in_its_own_words(extractor) -> None:  # type: ignore[no-untyped-def]
    found_edges = _edges(extractor, EVIDENCE)
    assert ("Harbour Trust", "SUPPORTS", "Children's Wellbeing and Schools Bill") in found_edges
    assert ("Harbour Trust", "SUPPORTS", "Westshire Review") in found_edges
    assert ("Harbour Trust", "SUPPORTS", "Fair Futures Strategy") in found_edges


@pytest.mark.model
@pytest.mark.parametrize("text", [NEWS, DENIED], ids=["several-voices", "denied-or-asked"])
def test_no_own_voice_or_no_praise_no_support(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(r == "SUPPORTS" for _, r, _ in _edges(extractor, text))


@pytest.mark.model
def test_a_noun_of_praise_said_of_a_publication_in_a_quotation(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Bill reaches second reading\n\n\"The Children's Wellbeing and Schools Bill is a landmark,\" said Jane "
            "Porter, chief executive of Harbour Trust.\n\n\"The Westshire Review is not a milestone,\" said Mark Ellis.\n")
    found_edges = _edges(extractor, text)
    assert ("Jane Porter", "SUPPORTS", "Children's Wellbeing and Schools Bill") in found_edges
    assert ("Mark Ellis", "SUPPORTS", "Westshire Review") not in found_edges


@pytest.mark.model
def test_a_welcome_by_others_is_not_the_pages_own(extractor) -> None:  # type: ignore[no-untyped-def]
    text = EVIDENCE.replace("The Bill is a landmark opportunity for reforming the care system.",
                            "The Bill has been widely welcomed by those working in social care.")
    assert ("Harbour Trust", "SUPPORTS", "Children's Wellbeing and Schools Bill") not in _edges(extractor, text)


# --- role phrases: titles with lists, two people with posts

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Harbour Trust's Director of Policy, Campaigns and Communications Jane Porter explains the plan.",
    "You can watch Jane Porter, chief executive of Harbour Trust and Mark Ellis, chair of the Northgate Foundation.",
])
def test_a_post_before_the_name_or_beside_another_persons(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in _edges(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Jane Porter, former Harbour Trust chair Mark Ellis and others spoke.",  # the post is Mark Ellis's
])
def test_no_post_before_the_name(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") not in _edges(extractor, text)


def test_a_body_after_the_post_says_where_not_whose(vocab, schema) -> None:  # type: ignore[no-untyped-def]
    # "Jane Porter , chief executive of Harbour Trust on Westshire Radio , spoke ."
    rows = [
        ("Jane", 1, "compound", "PROPN", "Jane"), ("Porter", 13, "nsubj", "PROPN", "Porter"),
        (",", 1, "punct", "PUNCT", ","), ("chief", 4, "amod", "ADJ", "chief"),
        ("executive", 1, "appos", "NOUN", "executive"), ("of", 4, "prep", "ADP", "of"),
        ("Harbour", 7, "compound", "PROPN", "Harbour"), ("Trust", 5, "pobj", "PROPN", "Trust"),
        ("on", 4, "prep", "ADP", "on"), ("Westshire", 10, "compound", "PROPN", "Westshire"),
        ("Radio", 8, "pobj", "PROPN", "Radio"), (",", 1, "punct", "PUNCT", ","),
        ("today", 13, "npadvmod", "NOUN", "today"), ("spoke", 13, "ROOT", "VERB", "speak"),
        (".", 13, "punct", "PUNCT", "."),
    ]
    edges = found(parse(vocab, rows), [(0, 2, PERSON), (6, 8, ORGANISATION), (9, 11, ORGANISATION)], schema)
    assert ("Jane Porter", "ROLE_AT", "Harbour Trust") in edges
    assert ("Jane Porter", "ROLE_AT", "Westshire Radio") not in edges


# --- the page's voice: a standfirst introducing the author at her organisation

AUTHOR = """Real change for young people

The Harbour Trust's Director of Policy and Campaigns Jane Porter explains how we want to strengthen the Westshire Review.

Our Chief Executive, Mark Ellis, gave evidence to the committee. Our Family Bridges programme helps young people.
"""


@pytest.mark.model
def test_a_standfirst_naming_the_author_at_her_body_gives_the_page_its_voice(extractor) -> None:  # type: ignore[no-untyped-def]
    found_edges = _edges(extractor, AUTHOR)
    assert ("Mark Ellis", "ROLE_AT", "Harbour Trust") in found_edges
    assert ("Harbour Trust", "RUNS", "Family Bridges") in found_edges


@pytest.mark.model
@pytest.mark.parametrize("standfirst", [
    # told in the past: a report about her, not her page
    "The Harbour Trust's Director of Policy and Campaigns Jane Porter explained how councils want to strengthen the review.",
    # posts at two bodies: whose page it is stays open
    "Jane Porter, chair of Harbour Trust and trustee of Northgate Foundation, explains how we want to strengthen it.",
])
def test_no_voice_from_a_past_or_ambiguous_standfirst(extractor, standfirst) -> None:  # type: ignore[no-untyped-def]
    text = AUTHOR.replace(AUTHOR.splitlines()[2], standfirst)
    found_edges = _edges(extractor, text)
    assert ("Mark Ellis", "ROLE_AT", "Harbour Trust") not in found_edges
    assert not any(r == "RUNS" for _, r, _ in found_edges)


LETTER = """Letter from Jane Porter to Mark Ellis
Published 25 August 2021
Harbour Trust's response to the Westshire Review
We welcome the wide scope and the forthright nature of the Westshire Review. We run the Family Bridges programme.
"""


@pytest.mark.model
def test_a_heading_naming_a_bodys_response_gives_the_page_its_voice(extractor) -> None:  # type: ignore[no-untyped-def]
    found_edges = _edges(extractor, LETTER)
    assert ("Harbour Trust", "SUPPORTS", "Westshire Review") in found_edges
    assert ("Harbour Trust", "RUNS", "Family Bridges") in found_edges


@pytest.mark.model
@pytest.mark.parametrize("heading", [
    "Harbour Trust's response to the Westshire Review was published on Monday",  # a sentence, not a heading
    "Northgate Foundation statement on the Westshire Review",  # a second body's statement: whose page is open
])
def test_no_voice_from_a_sentence_or_from_two_bodies_headings(extractor, heading) -> None:  # type: ignore[no-untyped-def]
    if heading.startswith("Northgate"):
        text = LETTER.replace("Published 25 August 2021", heading)
    else:
        text = LETTER.replace("Harbour Trust's response to the Westshire Review", heading)
    assert not any(r == "RUNS" for _, r, _ in _edges(extractor, text))


# --- what a verb makes is its object, not the topic of its object

@pytest.mark.model
@pytest.mark.parametrize(("text", "edge"), [
    ("Harbour Trust published a report on the Westshire Review.", ("Harbour Trust", "AUTHORED", "Westshire Review")),
    ("The Lords Committee launched an inquiry into the Fair Futures Strategy.",
     ("Lords Committee", "COMMISSIONED", "Fair Futures Strategy")),
])
def test_a_report_on_y_or_an_inquiry_into_y_is_not_y(extractor, text, edge) -> None:  # type: ignore[no-untyped-def]
    assert edge not in _edges(extractor, text)


@pytest.mark.model
def test_what_the_verb_makes_is_still_its_object(extractor) -> None:  # type: ignore[no-untyped-def]
    assert ("Department for Education", "COMMISSIONED", "Fair Futures Strategy") in _edges(
        extractor, "The Department for Education launched the Fair Futures Strategy on Monday.")
    # a stance on the topic is still a stance on it
    assert ("Harbour Trust", "RESPONDED_TO", "Fair Futures Strategy") in _edges(
        extractor, "Harbour Trust responded to the consultation on the Fair Futures Strategy.")


# --- a description in apposition to a name is the antecedent of its relative clause

@pytest.mark.model
@pytest.mark.parametrize(("text", "edge"), [
    ("The review was led by Jane Porter, a former schoolteacher who founded the social work charity Harbour Trust.",
     ("Jane Porter", "FOUNDED", "Harbour Trust")),
    ("Jane Porter, a former teacher who led the Westshire Review, said change is urgent.",
     ("Jane Porter", "LEADS", "Westshire Review")),
])
def test_a_relative_clause_on_an_apposed_description_is_the_names(extractor, text, edge) -> None:  # type: ignore[no-untyped-def]
    assert edge in _edges(extractor, text)


@pytest.mark.model
def test_a_description_in_another_sentence_is_no_name(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Jane Porter met Mark Ellis, a former teacher. The teacher who founded Harbour Trust spoke."
    assert not any(r == "FOUNDED" for _, r, _ in _edges(extractor, text))


@pytest.mark.model
def test_a_news_standfirst_saying_what_she_says_is_no_voice(extractor) -> None:  # type: ignore[no-untyped-def]
    text = AUTHOR.replace("explains how we want", "says councils want")
    assert ("Mark Ellis", "ROLE_AT", "Harbour Trust") not in _edges(extractor, text)
