"""Support by funding, contributions to a text (consulted, heard, on its panel, views shared
with it), authorship "from" a body, an opening participle clause, a blog in its author's own
voice, a verdict before a name, and a quoted welcome of the page's one programme: short
invented pages through the trained pipeline, each with near misses that must not fire."""

from __future__ import annotations

import pytest

from helpers import text_relations

FOUNDATION = "Harbour Foundation"
VALUED = "Family Valued"
MOCKINGBIRD = "Bluebird"
REVIEW = "Westshire Kinship Review"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Harbour Foundation is funding the Family Valued programme in Westshire.", (FOUNDATION, "SUPPORTS", VALUED)),
        ("The Family Valued programme is funded by the Harbour Foundation.", (FOUNDATION, "SUPPORTS", VALUED)),
        ("Funded by the Harbour Foundation, the Family Valued programme will support 500 families.",
         (FOUNDATION, "SUPPORTS", VALUED)),
        ("The Harbour Foundation has invested £12m in the Bluebird programme.", (FOUNDATION, "SUPPORTS", MOCKINGBIRD)),
        ("The Harbour Foundation provides grants for the Bluebird programme.", (FOUNDATION, "SUPPORTS", MOCKINGBIRD)),
        ("The Harbour Foundation-funded Bluebird programme is growing.", (FOUNDATION, "SUPPORTS", MOCKINGBIRD)),
        ("The Bluebird programme receives funding from the Harbour Foundation.", (FOUNDATION, "SUPPORTS", MOCKINGBIRD)),
        ("The Bluebird programme is funded by £5m from the Harbour Foundation.", (FOUNDATION, "SUPPORTS", MOCKINGBIRD)),
        ("The Bluebird programme, backed by £5 million of funding from the Harbour Foundation, starts in May.",
         (FOUNDATION, "SUPPORTS", MOCKINGBIRD)),
    ],
)
def test_funding_a_programme_is_support_for_it(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in text_relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Foundation may fund the Bluebird programme.",
        "The Harbour Foundation stopped funding the Bluebird programme.",
        "The Harbour Foundation did not fund the Bluebird programme.",
        "Once funded by the Harbour Foundation, the Bluebird programme could grow.",
    ],
)
def test_hedged_undone_or_negated_funding_is_no_support(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert (FOUNDATION, "SUPPORTS", MOCKINGBIRD) not in text_relations(extractor, text)


@pytest.mark.model
def test_an_opening_participle_clause_describes_the_main_subject(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Commissioned by the Department for Education, the Westshire Kinship Review will report next year."
    assert ("Department for Education", "COMMISSIONED", REVIEW) in text_relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Fair Futures, a new report from the Eastborough Institute, found gaps in support.", "Fair Futures"),
        ("The Fair Futures Report, prepared by the Eastborough Institute, found gaps in support.", "Fair Futures Report"),
    ],
)
def test_a_report_from_or_prepared_by_a_body_is_its_text(extractor, text, title) -> None:  # type: ignore[no-untyped-def]
    assert ("Eastborough Institute", "AUTHORED", title) in text_relations(extractor, text)


@pytest.mark.model
def test_evidence_from_a_body_is_no_text_of_its(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Fair Futures Report used evidence from the Eastborough Institute."
    assert ("Eastborough Institute", "AUTHORED", "Fair Futures Report") not in text_relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "contributor"),
    [
        ("The Eastborough Institute was consulted on the Westshire Kinship Review.", "Eastborough Institute"),
        ("The Westshire Kinship Review took oral evidence from the Harbour Trust.", "Harbour Trust"),
        ("The Westshire Kinship Review consulted the Kestrel Foundation.", "Kestrel Foundation"),
        ("Jane Doe sat on the expert panel of the Westshire Kinship Review.", "Jane Doe"),
        ("Mark Smith was a member of the Westshire Kinship Review's advisory group.", "Mark Smith"),
        ("The Harbour Trust shared some of its views with the Westshire Kinship Review.", "Harbour Trust"),
    ],
)
def test_those_a_text_heard_contributed_to_it(extractor, text, contributor) -> None:  # type: ignore[no-untyped-def]
    assert (contributor, "CONTRIBUTED_TO", REVIEW) in text_relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Anne Brown joined the Westshire Kinship Review's expert panel.",
        "Anne Brown served on the Westshire Kinship Review panel.",
    ],
)
def test_a_seat_on_a_texts_panel_is_a_contribution(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Anne Brown", "CONTRIBUTED_TO", REVIEW) in text_relations(extractor, text)


@pytest.mark.model
def test_sitting_on_a_text_itself_is_no_seat(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Westshire Council sat on the Fair Futures Report for months."
    assert not any(r == "CONTRIBUTED_TO" for _, r, _ in text_relations(extractor, text))


@pytest.mark.model
def test_a_body_that_consults_another_contributes_nothing(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "The Department for Education consulted the Harbour Trust about the Westshire Kinship Review."
    found = {(s, r) for s, r, _ in text_relations(extractor, text)}
    assert ("Department for Education", "CONTRIBUTED_TO") not in found
    assert ("Harbour Trust", "CONTRIBUTED_TO") not in found


BLOG = """My view on the kinship review

By Jane Doe

I have worked with kinship carers for twenty years. Two years ago, the excellent Westshire Kinship Review
set out a roadmap. My hope is that councils will follow it.
"""

NEWS = """Councils await kinship plans

By Jane Doe

Westshire Council met on Monday. Two years ago, the excellent Westshire Kinship Review set out a roadmap.
Councils say they will follow it.
"""


@pytest.mark.model
def test_a_blog_in_its_authors_voice_is_the_authors_verdict(extractor) -> None:  # type: ignore[no-untyped-def]
    assert ("Jane Doe", "SUPPORTS", REVIEW) in text_relations(extractor, BLOG)


@pytest.mark.model
def test_a_reporters_story_is_no_verdict_of_the_reporter(extractor) -> None:  # type: ignore[no-untyped-def]
    assert ("Jane Doe", "SUPPORTS", REVIEW) not in text_relations(extractor, NEWS)


@pytest.mark.model
def test_a_verdict_before_a_name_in_a_quotation_is_the_speakers(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ('Mark Smith, chief executive of the Harbour Trust, said: "The excellent Westshire Kinship Review '
            'set out a roadmap. But the disappointing Eastborough Fostering Strategy falls short."')
    found = text_relations(extractor, text)
    assert ("Mark Smith", "SUPPORTS", REVIEW) in found
    assert ("Mark Smith", "SUPPORTS", "Eastborough Fostering Strategy") not in found


PROGRAMME_PAGE = """Westshire joins fostering pathfinder

Westshire Council has been chosen for a new regional scheme.

The council will lead the Bright Futures Hub with three neighbours.

The announcement has been welcomed by Jane Doe, cabinet member for children at Westshire Council. She said:
"We welcome this funding announcement from the government."
"""


@pytest.mark.model
def test_a_quoted_welcome_naming_nothing_is_of_the_pages_one_programme(extractor) -> None:  # type: ignore[no-untyped-def]
    assert ("Jane Doe", "SUPPORTS", "Bright Futures Hub") in text_relations(extractor, PROGRAMME_PAGE)


@pytest.mark.model
def test_a_programme_named_only_beside_the_attribution_is_no_welcome_of_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Westshire joins fostering pathfinder\n\nWestshire Council met on Monday.\n\n"
            'Jane Doe said the new hubs were "a far better service and very welcome" compared with Bright Futures Hub.\n')
    assert ("Jane Doe", "SUPPORTS", "Bright Futures Hub") not in text_relations(extractor, text)


COMMENT_PAGE = ("Westshire review calls for overhaul\n\nThe Westshire Kinship Review was published on Monday.\n\n"
                "The Harbour Trust said the plans were a start. \"We are ready to meet the challenge set by this review "
                "and I will set out my plans for bold and ambitious change,\" said the education secretary, Jane Doe.\n")


@pytest.mark.model
def test_a_quotation_inside_a_paragraph_naming_the_one_review_is_a_comment_on_it(extractor) -> None:  # type: ignore[no-untyped-def]
    found = text_relations(extractor, COMMENT_PAGE)
    assert ("Jane Doe", "RESPONDED_TO", REVIEW) in found
    # (praise of the speaker's own promised plans is no praise of the review)
    assert ("Jane Doe", "SUPPORTS", REVIEW) not in found


@pytest.mark.model
def test_a_speaker_after_a_post_of_a_body_is_the_person(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("Westshire review calls for overhaul\n\nThe Westshire Kinship Review was published on Monday.\n\n"
            '"We welcome the Westshire Kinship Review," said the chief executive of the Harbour Trust, Mark Smith.\n')
    found = text_relations(extractor, text)
    assert ("Mark Smith", "SUPPORTS", REVIEW) in found
    assert ("Harbour Trust", "SUPPORTS", REVIEW) not in found


@pytest.mark.model
def test_a_titled_response_answers_the_text_it_names_and_stays_apart_from_it(extractor) -> None:  # type: ignore[no-untyped-def]
    text = ("The Westshire Kinship Review was published in 2022. The Government Response to the Westshire Kinship "
            "Review followed a year later.")
    result = extractor.process_text(text, doc_id="t")
    assert {e.label for e in result.entities} >= {REVIEW, "Government Response to the Westshire Kinship Review"}
    assert ("Government Response to the Westshire Kinship Review", "RESPONDED_TO", REVIEW) in text_relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("words", "supports"),
    [
        ("is a once-in-a-generation opportunity", True),
        ("is a huge opportunity for carers", True),
        ("is a missed opportunity", False),
        ("is an opportunity to fix care", False),
    ],
)
def test_a_chance_with_a_word_of_progress_is_a_welcome(extractor, words, supports) -> None:  # type: ignore[no-untyped-def]
    text = f'"The Westshire Kinship Review {words}," said Jane Doe.'
    assert (("Jane Doe", "SUPPORTS", REVIEW) in text_relations(extractor, text)) == supports


FUNDED_PAGE = ("Westshire wins fostering money\n\nWestshire Council will run the Bright Futures Hub from April.\n\n"
               "The investment has been welcomed by Jane Doe, the council's cabinet member for children.\n")


@pytest.mark.model
def test_a_welcome_of_the_investment_is_of_the_pages_one_programme(extractor) -> None:  # type: ignore[no-untyped-def]
    assert ("Jane Doe", "SUPPORTS", "Bright Futures Hub") in text_relations(extractor, FUNDED_PAGE)


@pytest.mark.model
def test_a_welcome_of_the_investment_on_a_page_of_two_programmes_picks_none(extractor) -> None:  # type: ignore[no-untyped-def]
    text = FUNDED_PAGE.replace("from April.", "and the Family Valued programme from April.")
    found = text_relations(extractor, text)
    assert not any(s == "Jane Doe" and r == "SUPPORTS" for s, r, _ in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "In its submission to the Westshire Kinship Review, the Harbour Trust called for more support.",
        "The Harbour Trust's evidence to the Westshire Kinship Review was published in May.",
    ],
)
def test_a_submission_to_a_text_is_a_contribution_to_it(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert ("Harbour Trust", "CONTRIBUTED_TO", REVIEW) in text_relations(extractor, text)


@pytest.mark.model
def test_a_welcome_of_a_submission_is_no_welcome_of_the_text_it_went_to(extractor) -> None:  # type: ignore[no-untyped-def]
    text = "Jane Doe welcomed the Harbour Trust's submission to the Westshire Kinship Review."
    assert ("Jane Doe", "SUPPORTS", REVIEW) not in text_relations(extractor, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("title", "body", "authored"),
    [
        ("The Fair Futures Report", "This report sets out ten reforms for kinship carers.", True),
        ("Fair Futures Report warns of crisis", "The report found that carers were struggling.", False),
    ],
)
def test_a_bylined_page_that_calls_itself_by_its_titles_head_is_its_authors(extractor, title, body, authored) -> None:  # type: ignore[no-untyped-def]
    text = f"{title}\n\nBy Jane Doe\n\n{body}\n"
    assert (("Jane Doe", "AUTHORED", "Fair Futures Report") in text_relations(extractor, text)) == authored


@pytest.mark.model
@pytest.mark.parametrize(
    ("said", "supports"),
    [
        ("We are encouraged by the strategy's focus on carers.", True),
        ("We are thrilled by the Eastborough Fostering Strategy.", True),
        ("Councils were encouraged by the Eastborough Fostering Strategy.", False),
    ],
)
def test_a_speakers_own_feeling_in_the_participle_is_a_welcome(extractor, said, supports) -> None:  # type: ignore[no-untyped-def]
    text = ("Ministers have published the Eastborough Fostering Strategy.\n\n"
            f'Jane Doe, chief executive of the Harbour Trust, said: "{said}"\n')
    assert (("Jane Doe", "SUPPORTS", "Eastborough Fostering Strategy") in text_relations(extractor, text)) == supports


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "supports"),
    [
        ("Jane Doe described the Westshire Kinship Review as 'groundbreaking'.", True),
        ("Jane Doe did not describe the Westshire Kinship Review as groundbreaking.", False),
        ("Jane Doe described the Westshire Kinship Review as flawed.", False),
    ],
)
def test_a_text_described_as_groundbreaking_is_praised(extractor, text, supports) -> None:  # type: ignore[no-untyped-def]
    assert (("Jane Doe", "SUPPORTS", REVIEW) in text_relations(extractor, text)) == supports
