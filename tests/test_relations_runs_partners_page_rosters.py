"""RUNS by a roster whose programme the lead-in does not name: "The pilot will begin in three areas,
selected to reflect a mix of regions:" (the subject, a definite description, stands for the page's
programme; a purpose clause of the lead-in's own verb is no other verb), and "The three trailblazer
areas include: A, B and C" with no programme in the sentences before it that also names a group
of places (the page's programme: the one its headline names, in any case); and RUNS by a
partnership: "as part of the Y model delivered in partnership with X", "Our pilot launched in 2019 in
partnership with X". Invented sentences through the trained pipeline, each with a near miss that
must not fire."""

from __future__ import annotations

import pytest

from helpers import text_relations as relations

_LISTED = ("Dorset", "Kent", "Lincolnshire")

_PILOT_PAGE = ("Ministers back kinship carers\n\nThe Kinship Link pilot will give carers a weekly allowance.\n\n"
               "The pilot will {verb} in three local authority areas, selected to reflect a mix of regions and "
               "service models:\n\n- Dorset (South West)\n\n- Kent (South East)\n\n- Lincolnshire (East Midlands)\n")

_HEADLINE_PAGE = ("{headline} receives £3m boost\n\nMinisters today announced new funding for the Kinship Link "
                  "programme and the Harbour Fund, which together will reach thousands of families across the "
                  "country.\n\nThree local authority areas will become trailblazers and receive extra money to speed "
                  "up delivery of these services for families.\n\n\"Kinship Link brings services together,\" the "
                  "minister said.\n\nThe three trailblazer areas include: Dorset, Kent and Lincolnshire.\n")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "runs"),
    [
        # the lead-in's subject, "the pilot", is the page's one programme
        (_PILOT_PAGE.format(verb="begin"), True),
        # ... but not under a verb of the lead-in that is none of taking part or running
        (_PILOT_PAGE.format(verb="struggle"), False),
        # the headline names the programme (in lower case) among the page's two
        (_HEADLINE_PAGE.format(headline="Kinship link"), True),
        # a headline naming no programme: the page's two leave the list's programme unknown
        (_HEADLINE_PAGE.format(headline="Councils"), False),
    ],
)
def test_places_listed_for_the_pages_programme_run_it(extractor, text, runs) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    expected = {(place, "RUNS", "Kinship Link") for place in _LISTED}
    assert (expected <= found) is runs
    if not runs:
        assert not any(rel == "RUNS" and place in _LISTED for place, rel, _target in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Westshire Council opened its first hub in May as part of the Kinship Link model delivered in partnership "
         "with the Harbour Trust.", ("Harbour Trust", "RUNS", "Kinship Link")),
        ("The Kinship Link programme helps young people leave care across the county. Our current pilot launched "
         "in 2019 in partnership with Westshire Council, working with young people in four homes.",
         ("Westshire Council", "RUNS", "Kinship Link")),
        # a partner in judging a programme does not run it
        ("The Kinship Link scheme, evaluated in partnership with the Harbour Trust, supports young carers across "
         "the county.", None),
    ],
)
def test_a_programmes_partner_runs_it(extractor, text, expected) -> None:  # type: ignore[no-untyped-def]
    found = relations(extractor, text)
    if expected is None:
        assert not any(rel == "RUNS" for _source, rel, _target in found)
    else:
        assert expected in found
