"""A quoted speaker takes the side of a programme a clause of their own makes its doer ("The Y
Programme brings services together") on a page whose opening names no other programme; of two
programmes in a quotation with no word of praise or criticism, of each one so made the doer, not
of one only named (session 18, support)."""
from __future__ import annotations

from helpers import text_relations

_OPENING = ("Westshire opens new centres for families\n\nWestshire Council has opened three centres in "
            "Eastborough.\n\n")


def relations(extractor, text: str) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return text_relations(extractor, text)


def test_a_programme_the_speaker_makes_the_doer_is_supported_when_the_opening_names_no_other(extractor):
    text = _OPENING + ("Minister Jane Doe said: \u201cThe Harbour Family Hubs Programme brings services "
                       "together under one roof for parents across the county.\u201d\n\n"
                       "Councillors said the Westshire Early Start Programme had run in Eastborough for a decade.")
    assert ("Jane Doe", "SUPPORTS", "Harbour Family Hubs Programme") in relations(extractor, text)


def test_two_programmes_each_the_doer_of_a_clause_are_both_supported(extractor):
    text = _OPENING + ("Minister Jane Doe said: \u201cThe Harbour Family Hubs Programme will put the "
                       "first building blocks in place, and the Westshire Early Start Programme helped "
                       "parents for a decade.\u201d")
    found = relations(extractor, text)
    assert ("Jane Doe", "SUPPORTS", "Harbour Family Hubs Programme") in found
    assert ("Jane Doe", "SUPPORTS", "Westshire Early Start Programme") in found


def test_of_two_programmes_one_only_the_object_of_the_speakers_words_is_no_support(extractor):
    text = _OPENING + ("Minister Jane Doe said: \u201cThe Harbour Family Hubs Programme will put the "
                       "first building blocks in place, and we looked again at the Westshire Early Start "
                       "Programme this year.\u201d")
    found = relations(extractor, text)
    assert ("Jane Doe", "SUPPORTS", "Harbour Family Hubs Programme") in found
    assert ("Jane Doe", "SUPPORTS", "Westshire Early Start Programme") not in found


def test_two_programmes_the_doers_beside_words_of_harm_are_no_support(extractor):
    text = _OPENING + ("Minister Jane Doe said: \u201cThe Harbour Family Hubs Programme ends in March, the "
                       "Westshire Early Start Programme helped parents, and the cuts will be devastating "
                       "for families.\u201d")
    found = relations(extractor, text)
    assert ("Jane Doe", "SUPPORTS", "Harbour Family Hubs Programme") not in found
    assert ("Jane Doe", "SUPPORTS", "Westshire Early Start Programme") not in found
