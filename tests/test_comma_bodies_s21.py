"""A body's name with a comma inside it (issue 15, session 21), on invented sentences: a remit of
items joined by commas and "and" before a committee's head ("the Children, Families and Learning
Committee"), or two parallel parts opening with one word ("the Our Homes, Our Voice Coalition"),
is one organisation, not its last part; a list of bodies, a post before its body and a place
list keep their own readings."""

from __future__ import annotations

import pytest

from helpers import text_entities as entities


@pytest.mark.model
@pytest.mark.parametrize(("text", "name", "cut"), [
    ("Yesterday the Government published its response to the Children, Families and Learning Committee's "
     "report on fostering in Westshire.", "Children, Families and Learning Committee", "Families and Learning Committee"),
    # a known name inside the remit ("Education Committee") gives way to the whole
    ("The Government published its response to the Children, Young People and Education Committee's report "
     "on kinship care.", "Children, Young People and Education Committee", "Education Committee"),
    ("The Our Homes, Our Voice Coalition welcomes the publication of the Westshire Care Bill.",
     "Our Homes, Our Voice Coalition", "Voice Coalition"),
    ("Professor Jane Doe, representing the Carers, Kin and Friends Network, has written to the Harbour Trust.",
     "Carers, Kin and Friends Network", "Friends Network"),
])
def test_a_body_named_across_a_comma_is_one_organisation(extractor, text, name, cut):
    found = entities(extractor, text)
    assert found.get(name) == "Organisation"
    assert cut not in found


@pytest.mark.model
@pytest.mark.parametrize(("text", "names"), [
    # a list of bodies: no "the" before its first item
    ("Harbour Aid, Kin Network and Westby Carers Trust said they welcomed the Bill.",
     ["Westby Carers Trust"]),
    # a post, then its body
    ("Jane Doe, the Chair, Westby Safeguarding Panel, said the review was overdue.",
     ["Westby Safeguarding Panel"]),
])
def test_a_list_or_a_post_before_a_comma_is_no_one_body(extractor, text, names):
    found = entities(extractor, text)
    for name in names:
        assert name in found
    assert not any("," in label for label in found)
