"""Cross-sentence and sentence-opening context (session 19): a speaker whose post names no
organisation, in a sentence that names none, holds it at the one organisation the sentence
before names (kinds/roles.prior_role); a place phrase opening a sentence locates the programme
its verb names (kinds/setting). Whole invented pages through the trained pipeline, each with
near misses that must find nothing."""

from __future__ import annotations

import pytest

from helpers import text_relations

_HEADLINE = "Care homes report questioned\n\n"


def _roles(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, _HEADLINE + text) if r == "ROLE_AT"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body as the passive's agent, the post before the name
        ('The report was criticised by the Harbour Trust, which said it was unfair. '
         'Principal partner Jane Porter said: "We needed a wider evidence base."',
         {("Jane Porter", "Harbour Trust")}),
        # the body as the subject, the post after the name
        ("Figures out this week show a rise in placements. The Kestrel Society published its own figures "
         "last week. Tom Reed, Director of Research, said the numbers were worrying.",
         {("Tom Reed", "Kestrel Society")}),
    ],
)
def test_a_speakers_post_is_at_the_body_the_sentence_before_names(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _roles(extractor, text) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # no body in the sentence before
        "The report was published last week. Principal partner Jane Porter said the figures were worrying.",
        # two bodies acting in the sentence before: whose post it is is not said
        "The Harbour Trust and the Kestrel Society met last week. Director Jane Porter said the talks went well.",
        # a speaker with no post
        "The report was criticised by the Harbour Trust. Jane Porter said the figures were worrying.",
    ],
)
def test_no_post_without_one_body_before(extractor, text) -> None:  # type: ignore[no-untyped-def]
    assert _roles(extractor, text) == set()


def _located(extractor, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(s, t) for s, r, t in text_relations(extractor, "Harbour news\n\n" + text) if r == "LOCATED_IN"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a sentence-opening place phrase and a verb whose object is a programme: the programme
        # is there, not the body that launches it
        ("In Eastborough, the Harbour Office is launching the Kestrel Pilot that will pay carers.",
         ("Kestrel Pilot", "Eastborough"), ("Harbour Office", "Eastborough")),
        # a subject that names nothing: the programme of its "as part of" phrase
        ("In Eastborough, this is being delivered as part of the Harbour Fostering Hub, which launched in 2024.",
         ("Harbour Fostering Hub", "Eastborough"), None),
    ],
)
def test_a_place_opening_the_sentence_locates_the_programme_the_verb_names(  # type: ignore[no-untyped-def]
        extractor, text, expected, absent) -> None:
    found = _located(extractor, text)
    assert expected in found
    assert absent not in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a programme's name with a country in a phrase of its own, or of the launch it is the object of
        ("The plan will see the launch of seven new Harbour Zones across England, with 5,000 children expected to "
         "benefit.", {("Harbour Zones", "England")}),
        # the use of a programme is no launch of it: the country is the services'
        ("The Kestrel Trust has already begun to roll out learning from the project by implementing the use of "
         "Harbour Zones across all of their services in England.", set()),
    ],
)
def test_a_national_programme_is_in_the_country_its_name_is_given_with(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert {pair for pair in _located(extractor, text) if pair[1] == "England"} == expected
