"""Publication titles set off by a pair of dashes right after a publication's noun (session 21),
on sentences and names invented for these tests: the run between the dashes is the title, whole
(a colon inside it does not cut it). Near misses: a person's or a place's name between dashes,
a sentence-case aside, dashes after a noun that is no publication's, one dash only."""

from __future__ import annotations

import pytest

from helpers import text_entities as entities


@pytest.mark.model
@pytest.mark.parametrize(("text", "title"), [
    ("Our new report \u2013 A Place to Call Home \u2013 sets out the Harbour Trust's vision for carers.",
     "A Place to Call Home"),
    ("Members will consider a report \u2013 Westshire Care Reforms: the Next Three Years \u2013 "
     "which states that the work began in 2023.",
     "Westshire Care Reforms: the Next Three Years"),
    ("The council's strategy - Out of the Long Night - was published in May.", "Out of the Long Night"),
    ("Last year the briefing \u2014 Homes for Every Child \u2014 set out five steps.", "Homes for Every Child"),
])
def test_a_title_between_dashes_after_a_publications_noun_is_one_publication(extractor, text, title):
    assert entities(extractor, text).get(title) == "Publication"


@pytest.mark.model
@pytest.mark.parametrize(("text", "inner"), [
    # a person's name between dashes is no title
    ("The report \u2013 Jane Doe \u2013 says, is late.", "Jane Doe"),
    # a sentence-case aside is no title
    ("The report \u2013 Which was late and far too long \u2013 is out.", "Which was late and far too long"),
    # the noun before the dashes is no publication's
    ("The carers \u2013 Many of Them Young \u2013 met in Eastborough.", "Many of Them Young"),
    # one dash only: a heading's parts, not a framed title
    ("The Harbour Trust briefing - Second Reading", "Second Reading"),
])
def test_a_run_between_dashes_that_is_no_framed_title_is_no_publication(extractor, text, inner):
    assert entities(extractor, text).get(inner) != "Publication"


# --------------------------------------------------------------------- a title about a known programme


def _entity(key: str, label: str, type_: str):
    from caregraph.core.records import Entity

    return Entity(key=key, label=label, type=type_, aliases=(), mentions=1, documents=("d",),
                  evidence="", votes=((type_, 2.0),))


@pytest.mark.parametrize(("known", "merged"), [
    # a known programme's name that a report's title ends with: two things
    (True, False),
    # an unknown name typed otherwise, ending in the same head noun: one thing, however typed
    (False, True),
])
def test_a_title_ending_with_a_known_programmes_name_is_not_the_programme(schema, known, merged):
    from dataclasses import replace

    from caregraph.extract.resolve import merge_entities

    rules = schema.entities
    programme = "Harbour Family Partnership Programme"
    if known:
        rules = replace(rules, gazetteer_names=rules.gazetteer_names | {programme})
    ents = [_entity("d#0", "Westshire Care Reforms: Harbour Family Partnership Programme", "Publication"),
            _entity("d#1", programme, "Initiative")]
    _, mapping = merge_entities(ents, rules, scope="d")
    assert (mapping["d#0"] == mapping["d#1"]) is merged
