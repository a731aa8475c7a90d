"""Reactions to a publication (the `reaction` kind, quotes._heading_turns): a speaker's
quotation credited to the one publication its attribution answers, the one it names with an
evaluative word, or the page's topic; welcome is SUPPORTS, critical or mixed comment
RESPONDED_TO. Invented pages and names, with near misses. They use the trained pipeline (the
rules read its parse)."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model


relations = text_relations

_SPEAKER = "Jane Porter, chief executive of the Harbour Trust, said:\n\n"


def _page(opening: str, quote: str) -> str:
    """A news page: its opening, a speaker line closed by a colon and the quoted paragraph."""
    return f"{opening}\n\n{_SPEAKER}\u201c{quote}\u201d"


# --- a speaker line, then the quoted paragraph


def test_praise_of_the_pages_publication_without_naming_it_is_support(extractor):
    text = _page("The Westshire Families Strategy was published by the Department for Coastal Affairs on Monday.",
                 "This is an exciting moment for families across the county, and we welcome the emphasis on early help.")
    assert ("Jane Porter", "SUPPORTS", "Westshire Families Strategy") in relations(extractor, text)


def test_praise_of_the_publication_named_in_the_quotation_is_support(extractor):
    text = _page("Councils met in Westshire on Monday.",
                 "The Northshire Care Review provides a much-needed recognition of the work of kinship carers.")
    assert ("Jane Porter", "SUPPORTS", "Northshire Care Review") in relations(extractor, text)


def test_a_mixed_reaction_is_a_response_not_support(extractor):
    text = _page("The Westshire Families Strategy was published on Monday.",
                 "We welcome the aims of the plan; however, we are concerned that funding falls far short of "
                 "what families need.")
    found = relations(extractor, text)
    assert ("Jane Porter", "RESPONDED_TO", "Westshire Families Strategy") in found
    assert ("Jane Porter", "SUPPORTS", "Westshire Families Strategy") not in found


@pytest.mark.parametrize(
    "text",
    [
        # a quotation about something else: a programme it names
        _page("The Westshire Families Strategy was published on Monday.",
              "We are delighted that the Harbour Mentoring Programme has now reached five hundred families."),
        # two publications on the page: which one is a guess
        _page("The Westshire Families Strategy and the Northshire Care Review were published on Monday.",
              "This is a much-needed recognition of the work of kinship carers."),
        # a word of the lexicon that praises nothing ("welcoming visitors")
        _page("The Westshire Families Strategy was published on Monday.",
              "Our new offices open in the spring and we look forward to welcoming visitors."),
        # a forecast, not a verdict
        _page("The Westshire Families Strategy was published on Monday.",
              "Our next conference will be bold and ambitious."),
    ],
)
def test_no_support_for_the_pages_publication_from_words_about_something_else(extractor, text):
    found = relations(extractor, text)
    assert not {r for r in found if r[0] == "Jane Porter" and r[1] in ("SUPPORTS", "RESPONDED_TO")
                and r[2] in ("Westshire Families Strategy", "Northshire Care Review")}


def test_a_publication_named_in_passing_without_a_verdict_is_no_response(extractor):
    text = _page("The Northshire Care Review was published on Monday.",
                 "We were one of the areas visited by the Northshire Care Review in 2023, and our staff gave evidence.")
    assert ("Jane Porter", "RESPONDED_TO", "Northshire Care Review") not in relations(extractor, text)


# --- a round-up: a name alone on its line, then its quotation


def test_a_round_up_credits_each_quotation_to_the_name_over_it(extractor):
    text = ("Reactions to the Westshire Families Strategy\n\nThe Westshire Families Strategy was published on Monday. "
            "We have gathered the reactions of the sector here.\n\nHarbour Trust\n\n\u201cWe welcome the emphasis the "
            "new plan gives to kinship carers across the county.\u201d\n\nNorthshire Carers Forum\n\n\u201cThe plan is a "
            "welcome start; however, we are concerned that funding falls far short of what families need.\u201d")
    found = relations(extractor, text)
    assert ("Harbour Trust", "SUPPORTS", "Westshire Families Strategy") in found
    assert ("Northshire Carers Forum", "RESPONDED_TO", "Westshire Families Strategy") in found
    assert ("Northshire Carers Forum", "SUPPORTS", "Westshire Families Strategy") not in found


def test_a_name_line_with_an_aside_is_a_speaker_and_a_sentence_line_is_not(extractor):
    opening = "Reactions to the Westshire Families Strategy\n\nThe Westshire Families Strategy was published on Monday."
    quote = "\u201cThe plan is a welcome start; however, we are concerned that funding falls far short.\u201d"
    aside = f"{opening}\n\nJane Porter, writing in the Westshire Post\n\n{quote}"
    assert ("Jane Porter", "RESPONDED_TO", "Westshire Families Strategy") in relations(extractor, aside)
    sentence = f"{opening}\n\nJane Porter, a carer, wrote to us this week\n\n{quote}"
    assert ("Jane Porter", "RESPONDED_TO", "Westshire Families Strategy") not in relations(extractor, sentence)


def test_a_name_line_over_running_text_is_no_speaker(extractor):
    # the name over an unquoted paragraph (a heading, a byline), not a quotation
    text = ("Reactions to the Westshire Families Strategy\n\nThe Westshire Families Strategy was published on Monday.\n\n"
            "Harbour Trust\n\nThe trust welcomes new volunteers to its kinship carers' group every month.")
    assert ("Harbour Trust", "SUPPORTS", "Westshire Families Strategy") not in relations(extractor, text)


# --- a page in its own voice, about one publication


def test_a_page_in_its_own_voice_with_mixed_words_responds_to_its_topic(extractor):
    text = ("Harbour Trust responds to the Westshire Families Strategy\n\nThough Harbour Trust welcomes some of "
            "the proposals, we do not believe that the strategy is bold or ambitious. We remain concerned that "
            "funding falls short.")
    found = relations(extractor, text)
    assert ("Harbour Trust", "RESPONDED_TO", "Westshire Families Strategy") in found or (
        "Though Harbour Trust", "RESPONDED_TO", "Westshire Families Strategy") in found
    assert not {r for r in found if r[1] == "SUPPORTS" and r[2] == "Westshire Families Strategy"}


def test_a_page_in_its_own_voice_without_a_verdict_says_nothing_of_its_topic(extractor):
    text = ("The Westshire Families Strategy\n\nWe are Harbour Trust, a charity for kinship carers. We read the "
            "Westshire Families Strategy this week and we meet councils in the spring.")
    found = relations(extractor, text)
    assert not {r for r in found if r[1] in ("SUPPORTS", "RESPONDED_TO")}


# --- a debate's turns are speeches


def test_a_debate_turn_praising_the_debate_is_no_support(extractor):
    text = ("Westshire Families Strategy Debate\n\nJane Porter (Westshire) (Lab)\n\n\u201cThis has been an excellent "
            "debate and I congratulate my honourable friend on securing it.\u201d\n\nJohn Smith (Northshire) (Con)\n\n"
            "\u201cI thank the honourable member for her remarks.\u201d")
    found = relations(extractor, text)
    assert ("Jane Porter", "SUPPORTS", "Westshire Families Strategy") not in found


def test_a_quotation_welcoming_a_proposal_of_the_pages_publication_supports_it_too(extractor):
    # (the proposal is a Recommendation of the strategy's, named again in the quotation)
    text = _page("The Westshire Families Strategy was published on Monday. The strategy recommends a weekly "
                 "allowance for every kinship carer.", "We welcome a weekly allowance for every kinship carer.")
    assert ("Jane Porter", "SUPPORTS", "Westshire Families Strategy") in relations(extractor, text)


# --- a quotation about a programme (supports-reaction-programme)

_PROGRAMME_PAGE = ("Westshire joins the Harbour Family Hubs Programme\n\nWestshire Council will take part in the "
                   "Harbour Family Hubs Programme from April.\n\nCllr Jane Porter, cabinet member for children at "
                   "Westshire Council, said: \u201c{quote}\u201d")


def test_a_feeling_about_joining_the_programme_it_names_is_support(extractor):
    text = ("Westshire chosen as trailblazer\n\nWestshire Council has been chosen to lead a new scheme in the north "
            "of the county.\n\nCllr Jane Porter, cabinet member for children at Westshire Council, said: \u201cWe are "
            "thrilled to have been selected as a trailblazer for the Harbour Family Hubs Programme, allowing us to "
            "show how we can join up our services.\u201d")
    assert ("Jane Porter", "SUPPORTS", "Harbour Family Hubs Programme") in relations(extractor, text)


def test_praise_in_a_short_quotation_on_a_page_about_one_programme_is_support_for_it(extractor):
    text = _PROGRAMME_PAGE.format(quote="This is excellent news for families across the county and a fantastic "
                                        "opportunity for our staff.")
    assert ("Jane Porter", "SUPPORTS", "Harbour Family Hubs Programme") in relations(extractor, text)


def test_of_two_programmes_named_the_one_in_the_sentence_of_praise_is_supported(extractor):
    text = ("Westshire chosen as trailblazer\n\nWestshire Council has been chosen to lead a new scheme.\n\n"
            "Cllr Jane Porter, cabinet member for children at Westshire Council, said: \u201cWe are proud to have been "
            "chosen as a pathfinder for the Harbour Family Hubs Programme. Our Lapwing Connect Scheme will go on as "
            "before.\u201d")
    found = relations(extractor, text)
    assert ("Jane Porter", "SUPPORTS", "Harbour Family Hubs Programme") in found
    assert ("Jane Porter", "SUPPORTS", "Lapwing Connect Scheme") not in found


@pytest.mark.parametrize(
    "text",
    [
        # a feeling about the speaker's own act that names no programme
        _PROGRAMME_PAGE.format(quote="I am pleased to open this meeting and to thank officers for their work."),
        # a hypothetical
        _PROGRAMME_PAGE.format(quote="If the programme works, it would be a fantastic result for families."),
        # criticism of another programme, with a negated word of praise
        _PROGRAMME_PAGE.format(quote="We are disappointed to have been left out of the Lapwing Connect Scheme, which "
                                     "is not an excellent outcome."),
        # a feeling as a modifier praises nothing
        _PROGRAMME_PAGE.format(quote="Our county has a long and proud history of caring for children."),
        # two programmes in the page's opening: which one is a guess
        ("Westshire joins the Harbour Family Hubs Programme and the Lapwing Connect Scheme\n\nWestshire Council "
         "will take part in both from April.\n\nCllr Jane Porter, cabinet member for children at Westshire "
         "Council, said: \u201cThis is excellent news for families across the county.\u201d"),
    ],
)
def test_no_support_for_a_programme_from_words_that_do_not_praise_it(extractor, text):
    found = relations(extractor, text)
    assert not {r for r in found if r[0] == "Jane Porter" and r[1] == "SUPPORTS"}


@pytest.mark.parametrize(
    "quote",
    [
        # someone else's view reported by the speaker
        "Families told us the Westshire Families Strategy was impressive.",
        "Critics believe the Westshire Families Strategy is bold and ambitious.",
        # an appearance
        "The Westshire Families Strategy looks impressive on paper.",
    ],
)
def test_no_support_for_the_pages_publication_from_praise_that_is_someone_elses_or_apparent(extractor, quote):
    text = _page("The Westshire Families Strategy was published on Monday.", quote)
    assert ("Jane Porter", "SUPPORTS", "Westshire Families Strategy") not in relations(extractor, text)


def test_the_speakers_own_belief_reported_in_the_quotation_is_still_theirs(extractor):
    text = _page("The Westshire Families Strategy was published on Monday.",
                 "We believe the Westshire Families Strategy is bold and ambitious.")
    assert ("Jane Porter", "SUPPORTS", "Westshire Families Strategy") in relations(extractor, text)


# --- a feeling about a clause that denies or undoes what it names is no welcome of it


@pytest.mark.parametrize(
    "quote",
    [
        "We are delighted that Westshire Council has not committed to the Harbour Family Hubs Programme.",
        "We are delighted that Westshire Council has yet to commit to the Harbour Family Hubs Programme.",
        "We are delighted that Westshire Council failed to commit to the Harbour Family Hubs Programme.",
        "We are pleased that the council scrapped the Harbour Family Hubs Programme.",
        "We are pleased that the Harbour Family Hubs Programme has been scrapped.",
        "We are glad that the council decided to abandon the Harbour Family Hubs Programme.",
    ],
)
def test_no_support_from_a_feeling_about_a_denied_or_undone_clause(extractor, quote):
    found = relations(extractor, _PROGRAMME_PAGE.format(quote=quote))
    assert ("Jane Porter", "SUPPORTS", "Harbour Family Hubs Programme") not in found


@pytest.mark.parametrize(
    "quote",
    [
        # near misses: the clause carries the programme forward
        "We are delighted that Westshire Council has committed to the Harbour Family Hubs Programme.",
        "We are pleased that the council has extended the Harbour Family Hubs Programme.",
    ],
)
def test_a_feeling_about_a_clause_that_carries_the_programme_forward_is_support(extractor, quote):
    found = relations(extractor, _PROGRAMME_PAGE.format(quote=quote))
    assert ("Jane Porter", "SUPPORTS", "Harbour Family Hubs Programme") in found


# --- a quotation naming the page's programme outright, with no word of praise or criticism


def test_a_quotation_naming_the_pages_programme_outright_is_support_for_it(extractor):
    text = _PROGRAMME_PAGE.format(quote="The Harbour Family Hubs Programme will give families across the county one "
                                        "place to turn for advice.")
    assert ("Jane Porter", "SUPPORTS", "Harbour Family Hubs Programme") in relations(extractor, text)


@pytest.mark.parametrize(
    "quote",
    [
        # a condition
        "If the Harbour Family Hubs Programme works here, families across the county will benefit.",
        # denied or undone
        "We have not signed up to the Harbour Family Hubs Programme this year.",
        "Sadly the council has scrapped the Harbour Family Hubs Programme in the north of the county.",
        # criticism alongside
        "We are concerned that the Harbour Family Hubs Programme leaves rural families behind.",
    ],
)
def test_no_support_from_a_quotation_naming_the_programme_in_a_clause_it_does_not_state(extractor, quote):
    found = relations(extractor, _PROGRAMME_PAGE.format(quote=quote))
    assert ("Jane Porter", "SUPPORTS", "Harbour Family Hubs Programme") not in found


def test_a_programme_named_outright_that_is_not_the_pages_programme_is_not_supported(extractor):
    # (the page's programme is the Harbour Family Hubs Programme; the quotation names another)
    text = _PROGRAMME_PAGE.format(quote="The Lapwing Connect Scheme will carry on in the north of the county.")
    found = relations(extractor, text)
    assert ("Jane Porter", "SUPPORTS", "Lapwing Connect Scheme") not in found
