"""Publication titles that a comma or a colon divides, framed by a publication's noun (session 8),
on sentences and names invented for these tests: the title is one name, not its first part, and
a description of the publication before its title ("the Harbour Authority policy paper, X") is
no second publication. Near misses: lists after a publication's noun, a colon in a heading, a
divided title with no noun to frame it, a description with no title after it."""

from __future__ import annotations

import pytest

from helpers import text_entities as entities

TITLE = "Keeping Homes Safe, Helping Towns Thrive"


# --------------------------------------------------------------------- a title framed by its noun


@pytest.mark.model
@pytest.mark.parametrize("text", [
    f"The government's latest policy paper {TITLE} (2024) committed ministers to reform.",
    f"Ministers set out their plans in the {TITLE} policy paper, published in November.",
    f"Most of the duties were first set out in the strategy, {TITLE}, which was well received.",
])
def test_a_title_divided_by_a_comma_is_one_publication_where_its_noun_frames_it(extractor, text):
    found = entities(extractor, text)
    assert found.get(TITLE) == "Publication"
    assert "Keeping Homes Safe" not in found and "Helping Towns Thrive" not in found


@pytest.mark.model
def test_a_title_divided_by_a_colon_is_one_publication_where_its_noun_frames_it(extractor):
    found = entities(extractor, "Today we are publishing a short paper, Fostering Futures: Four Steps for Firm Footing. "
                                "It is based on research.")
    assert found.get("Fostering Futures: Four Steps for Firm Footing") == "Publication"


@pytest.mark.model
def test_a_quoted_title_case_title_followed_by_its_publishing_is_one_publication(extractor):
    # "statement" is no publication's cue word; the participle after the quote is
    found = entities(extractor, f"Our policy statement \u2018{TITLE}\u2019, published in November 2024, "
                                "outlines our vision.")
    assert found.get(TITLE) == "Publication"
    assert "Keeping Homes Safe" not in found


# --------------------------------------------------------------------- near misses


@pytest.mark.model
def test_a_list_after_a_publications_noun_stays_a_list(extractor):
    found = entities(extractor, "In the review, Jane Porter, Tom Hale and Ann Wright are thanked.")
    assert {found.get("Jane Porter"), found.get("Tom Hale"), found.get("Ann Wright")} == {"Person"}
    assert not any("," in label for label in found)
    found = entities(extractor, "In the strategy, Westby Homes, Harbour Care and the Kestrel Trust are named.")
    assert not any("," in label for label in found)


@pytest.mark.model
def test_a_divided_title_case_phrase_with_no_publications_noun_is_not_joined(extractor):
    found = entities(extractor, f"{TITLE} was the motto of the summer fair in Westby.")
    assert TITLE not in found
    found = entities(extractor, "Update: Harbour Homes Trust Annual Meeting\n\nThe meeting was held on Monday.")
    assert not any(":" in label for label in found)


@pytest.mark.model
def test_a_quoted_phrase_followed_by_a_participle_of_no_publishing_stays_unnamed(extractor):
    found = entities(extractor, "The banner read \u2018Keeping Calm, Carrying On\u2019, painted in red letters.")
    assert "Keeping Calm, Carrying On" not in found


# --------------------------------------------------------------------- a description before a title


@pytest.mark.model
def test_a_description_before_a_title_is_no_second_publication(extractor):
    found = entities(extractor, "The Bill should extend these duties, as committed to in the recent Harbour "
                                f"Authority (HA) policy paper, {TITLE}.")
    assert found.get(TITLE) == "Publication"
    assert not any(label.endswith("policy paper") for label in found)
    assert found.get("Harbour Authority") == "Organisation"


@pytest.mark.model
def test_a_description_with_no_title_after_it_names_the_publication(extractor):
    found = entities(extractor, "The Westshire Panel report on neglect, published in May, was read by Jane Porter.")
    assert found.get("Westshire Panel report on neglect") == "Publication"


# --------------------------------------------------------------------- a publication's noun opening a title


@pytest.mark.model
@pytest.mark.parametrize("text, title", [
    ("Briefing on the Harbour Transfer Scheme, August 2017\n\nThe briefing sets out the rules.",
     "Briefing on the Harbour Transfer Scheme"),
    ("The council published Guidance for the Harbour Practice Review Panel in May.",
     "Guidance for the Harbour Practice Review Panel"),
])
def test_a_publications_noun_opening_a_title_types_it_whatever_its_last_word(extractor, text, title):
    # the last word heads a programme or a body; the first word, before "on"/"for", heads the title
    assert entities(extractor, text).get(title) == "Publication"


@pytest.mark.model
def test_a_publications_noun_before_a_preposition_heads_the_name(nlp, schema):
    from caregraph.extract.mentions.voters import head_type

    doc = nlp("The Review of the Harbour Care Scheme and the Chair of the Harbour Review Board met.")
    assert head_type(doc[1:7], schema.entities)[0] == "Publication"     # Review of the Harbour Care Scheme
    assert head_type(doc[9:15], schema.entities)[0] == "Organisation"   # Chair of the Harbour Review Board


@pytest.mark.model
def test_a_kind_of_law_of_one_body_is_not_a_title(extractor):
    # near miss: "Act of Parliament" names no publication; one word after "of" is no name of its own
    found = entities(extractor, "The Act of Parliament was passed quickly.")
    assert "Act of Parliament" not in found


# --------------------------------------------------------------------- a quoted title after its publishing


@pytest.mark.model
@pytest.mark.parametrize("text, title", [
    ("In 2014 we published 'Voices from the ward' from joint research with social workers.", "Voices from the ward"),
    ("The Harbour Trust today published its 'No place like home' after a year of research.", "No place like home"),
])
def test_a_quoted_title_right_after_a_verb_of_publishing_is_a_publication(extractor, text, title):
    assert entities(extractor, text).get(title) == "Publication"


@pytest.mark.model
def test_a_quotation_after_a_verb_of_writing_or_saying_is_no_title(extractor):
    # near misses: writing and saying verbs quote speech, not titles
    found = entities(extractor, "Jane Porter wrote 'We must act now' in her column.")
    assert "We must act now" not in found
    found = entities(extractor, "She said 'Thank you for coming' and left.")
    assert "Thank you for coming" not in found
