"""Wrong merges of a name and a longer name that opens with it (issue 15, session 17): a
programme or body whose name ends in its own head noun ("Harbour Hubs") is not the thing a
longer name goes on from it to name ("Harbour Hubs Transformation Fund", "Harbour Partnership
Programme Transformation Grant"); a title's opening words still are the title ("Safe Homes" for
"Safe Homes, Built on Trust"), and a descriptor after a name is still that name. Names are
invented."""

from __future__ import annotations

import pytest

from helpers import document_entity, merged_groups

_entity = document_entity


@pytest.mark.parametrize("scope", ["", "a"])
def test_a_fund_named_after_a_programme_is_not_the_programme(schema, scope):
    ents = [_entity("a#0", "Harbour Hubs", "Initiative"),
            _entity("a#1", "Harbour Hubs Transformation Fund", "Initiative")]
    assert merged_groups(schema, ents, scope=scope) == [{"Harbour Hubs"}, {"Harbour Hubs Transformation Fund"}]


def test_a_grant_named_after_a_programme_is_not_the_programme(schema):
    ents = [_entity("a#0", "Westby Partnership Programme", "Initiative"),
            _entity("a#1", "Westby Partnership Programme Transformation Grant", "Initiative")]
    assert merged_groups(schema, ents, scope="a") == [{"Westby Partnership Programme"},
                                                      {"Westby Partnership Programme Transformation Grant"}]


def test_a_programme_and_its_name_with_a_descriptor_are_one(schema):
    ents = [_entity("a#0", "Harbour Hubs", "Initiative"),
            _entity("a#1", "Harbour Hubs Programme", "Initiative")]
    assert merged_groups(schema, ents, scope="a") == [{"Harbour Hubs", "Harbour Hubs Programme"}]


def test_a_longer_name_of_the_same_head_is_still_the_programme(schema):
    ents = [_entity("a#0", "Westby Partnership Programme", "Initiative"),
            _entity("a#1", "Westby Partnership Transformation Programme", "Initiative")]
    assert merged_groups(schema, ents, scope="a") == [{"Westby Partnership Programme",
                                                       "Westby Partnership Transformation Programme"}]


def test_a_titles_opening_words_are_still_the_title(schema):
    ents = [_entity("a#0", "Safe Homes", "Publication"),
            _entity("a#1", "Safe Homes, Built on Trust", "Publication")]
    assert merged_groups(schema, ents, scope="a") == [{"Safe Homes", "Safe Homes, Built on Trust"}]
