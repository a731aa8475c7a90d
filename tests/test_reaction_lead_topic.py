"""A page whose opening (title lines and first sentence) names no programme may name its topic
programme in the next sentences of its lead (reaction.page_topic): a short quotation of praise
that names no programme is then about that one ("We welcome this funding announcement"), not
when the lead names two there, nor when the programme comes only later. Invented names."""

from __future__ import annotations

import pytest

from helpers import text_relations

pytestmark = pytest.mark.model

TITLE = "Westshire to get new fostering hub\n\n"
OPENING = ("Westshire Council is pleased to announce that it is among five local councils in the region to "
           "receive funding of more than GBP 1m to boost foster carer recruitment across the county.\n\n")
HUB = ("Westshire Council, Eastborough Council and Northby Council have been successful in a regional bid "
       "to become a pathfinder for the Harbour Steps Hub over the next two years.\n\n")
BOTH = ("Westshire Council, Eastborough Council and Northby Council have been successful in a regional bid "
        "to become a pathfinder for the Harbour Steps Hub and the Eastborough Families Programme.\n\n")
OTHER = ("The councils will also keep working with the Eastborough Families Programme, which has supported "
         "foster families in the region since it was set up by local charities in 2015.\n\n")
FILLER = ("The councils have worked together on foster carer recruitment for several years and will share "
          "what they learn with other councils across the country as the work goes on.\n\n")
QUOTE = ('Jane Doe, cabinet member for children at Westshire Council, said: '
         '"We welcome this funding announcement from the government."\n')
SUPPORT = ("Jane Doe", "SUPPORTS", "Harbour Steps Hub")
OTHER_SUPPORT = ("Jane Doe", "SUPPORTS", "Eastborough Families Programme")


@pytest.mark.parametrize("lead", [HUB + OTHER, FILLER + HUB + OTHER])
def test_the_programme_the_lead_names_next_is_the_topic_of_a_quotation(extractor, lead):
    rels = text_relations(extractor, TITLE + OPENING + lead + QUOTE)
    assert SUPPORT in rels
    assert OTHER_SUPPORT not in rels


@pytest.mark.parametrize("lead", [
    BOTH + OTHER,  # two programmes in the lead's sentence: which one is a guess
    FILLER + FILLER + HUB + OTHER,  # named only after the lead
])
def test_no_topic_from_a_lead_naming_two_or_from_later_text(extractor, lead):
    rels = text_relations(extractor, TITLE + OPENING + lead + QUOTE)
    assert SUPPORT not in rels
    assert OTHER_SUPPORT not in rels
