"""A quoted speaker takes the side of a programme a clause of their own makes its doer ("The Y
Programme gives families one place to turn") on a page whose opening names no other programme; of
two programmes in a quotation with no word of criticism or harm, of each one so made the doer, not
of one only named; never of a programme the clause says ended, lost or failed ("Y closed last
year", "Z failed parents", "Y ran out of money") (session 18, support). Names and sentences are
invented."""
from __future__ import annotations

import pytest

from helpers import text_relations

# a title and a paragraph of running text (the opening) that name no programme
_OPENING = ("Westshire opens new centres for families\n\nWestshire Council has opened three centres in "
            "Eastborough this week, giving parents of young children a place to meet staff, ask for advice and "
            "find support close to their homes.\n\n")
# an opening that names a programme of its own
_OTHER_OPENING = ("Westshire joins a parenting programme\n\nWestshire Council has joined the Harbour Parenting "
                  "Programme this week, giving parents of young children a place to meet staff, ask for advice "
                  "and find support close to their homes.\n\n")
# a later sentence naming another programme: the page has no programme of its own to fall back on
_LATER = "\n\nCouncillors said the Westshire Early Start Programme had run in Eastborough for a decade."
_HUBS = "Harbour Family Hubs Programme"
_EARLY = "Westshire Early Start Programme"


def _quote(extractor, words: str, opening: str = _OPENING, later: str = "") -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return text_relations(extractor, opening + "Minister Jane Doe said: \u201c" + words + "\u201d" + later)


def test_the_one_programme_a_quotation_makes_the_doer_is_supported_on_a_page_without_a_topic_programme(extractor):  # type: ignore[no-untyped-def]
    # the page names no programme but the quotation's, and no words of praise: the doer alone carries it
    found = _quote(extractor, "Last winter the Harbour Family Hubs Programme gave two hundred families in Eastborough "
                   "one place to turn.", later=_LATER)
    assert ("Jane Doe", "SUPPORTS", _HUBS) in found


def test_the_doer_is_not_supported_when_the_opening_names_another_programme(extractor):  # type: ignore[no-untyped-def]
    # near miss: the page is about another programme; the quotation's one is named in passing
    found = _quote(extractor, "Last winter the Harbour Family Hubs Programme gave two hundred families in Eastborough "
                   "one place to turn.", opening=_OTHER_OPENING, later=_LATER)
    assert ("Jane Doe", "SUPPORTS", _HUBS) not in found


@pytest.mark.parametrize("clause", [
    "the Harbour Family Hubs Programme closed last year",
    "the Harbour Family Hubs Programme failed parents for a decade",
    "the Harbour Family Hubs Programme ran out of money",
], ids=["closed", "failed", "ran-out"])
def test_a_programme_the_doer_of_ending_or_failure_is_no_support(extractor, clause):  # type: ignore[no-untyped-def]
    # near misses: a verb of ending, loss or failure makes the programme its subject, not its doer
    found = _quote(extractor, f"Last winter {clause}.", later=_LATER)
    assert ("Jane Doe", "SUPPORTS", _HUBS) not in found


_BOTH_DO = ("The Harbour Family Hubs Programme will give families one place to turn, and the Westshire "
            "Early Start Programme helped parents for a decade.")
# the page's own programme opens it: the page-topic guard of the several-programmes reading
_HUBS_OPENING = ("Westshire opens its new centres\n\nWestshire Council has opened the Harbour Family Hubs Programme "
                 "this week, giving parents of young children a place to meet staff, ask for advice and find "
                 "support close to their homes.\n\n")


@pytest.mark.parametrize(("words", "opening", "hubs", "early"), [
    # each programme the doer of a clause: both supported
    (_BOTH_DO, _OPENING, True, True),
    # near miss: "closed" and "failed" do nothing for anyone
    ("The Harbour Family Hubs Programme closed last year, and the Westshire Early Start Programme "
     "failed parents for a decade.", _OPENING, False, False),
    # near miss: the several-programmes reading has the single one's page check
    (_BOTH_DO, _OTHER_OPENING, False, False),
    # of two, one only the object of the speaker's words
    ("The Harbour Family Hubs Programme will give families one place to turn, and we looked again "
     "at the Westshire Early Start Programme this year.", _OPENING, True, False),
    # the doers beside words of harm
    ("The Harbour Family Hubs Programme ends in March, the Westshire Early Start Programme "
     "helped parents, and the cuts will be devastating for families.", _OPENING, False, False),
    # on a page about one of them, only the page's own
    (_BOTH_DO, _HUBS_OPENING, True, False),
], ids=["both-doers", "ending-failing", "other-page", "one-object", "harm", "page-own"])
def test_two_programmes_in_a_quotation(extractor, words, opening, hubs, early):  # type: ignore[no-untyped-def]
    found = _quote(extractor, words, opening=opening)
    assert (("Jane Doe", "SUPPORTS", _HUBS) in found) is hubs
    assert (("Jane Doe", "SUPPORTS", _EARLY) in found) is early
