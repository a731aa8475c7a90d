"""Publication and initiative names as real pages print them (issue 15, session 7), on sentences
and names invented for these tests: where a title starts and ends (a bracketed part of its name,
the sitting a heading names after it, a common noun before it), the type of a yearly event, and
the junk a post's acronym, a class noun alone or a language's name made."""

from __future__ import annotations

import pytest

from caregraph.extract.mentions.voters import name_candidates
from helpers import text_entities as entities


def _names(nlp, schema, text: str) -> dict[str, str | None]:
    """The capitalised-name runs of a parsed text and the type their head noun votes."""
    doc = nlp(text)
    return {doc[c.start : c.end].text: (c.votes[0][0] if c.votes else None)
            for c in name_candidates(doc, schema.entities)}



# --------------------------------------------------------------------- a bracketed part of a title


@pytest.mark.model
def test_a_title_goes_on_through_a_bracketed_part_of_its_name(nlp, schema):
    found = _names(nlp, schema, "The reform is part of the Harbour Homes and Care (Westshire) Act 2025, "
                                "which took effect in April.")
    assert found.get("Harbour Homes and Care (Westshire) Act 2025") == "Publication"
    assert "Act 2025" not in found


@pytest.mark.model
def test_a_title_with_two_bracketed_parts_and_a_comma_is_one_name(nlp, schema):
    found = _names(nlp, schema, "Members debated the Children (Homes, Care and Support) (Westshire) Bill "
                                "at stage 1.")
    assert found.get("Children (Homes, Care and Support) (Westshire) Bill") == "Publication"


@pytest.mark.model
def test_a_bracket_that_is_no_part_of_a_title_still_ends_the_name(nlp, schema):
    # near misses: an acronym defined in brackets, a body's name before a bracketed aside, and
    # a bracket followed by lower-case words
    found = _names(nlp, schema, "The Harbour Authority (HA) Board met on Monday.")
    assert "Harbour Authority (HA) Board" not in found
    found = _names(nlp, schema, "Jane Porter of the Harbour Trust (Westshire) Group spoke first.")
    assert not any("(" in name for name in found)
    found = _names(nlp, schema, "The Harbour Trust (Westshire) published its plans.")
    assert not any("(" in name for name in found)


# --------------------------------------------------------------------- the sitting after a title


@pytest.mark.model
def test_a_heading_naming_a_sitting_on_a_bill_gives_the_bill(nlp, schema):
    found = _names(nlp, schema, "Harbour Families and Homes Bill Second Reading\n\nMembers spoke.")
    assert found.get("Harbour Families and Homes Bill") == "Publication"
    found = _names(nlp, schema, "Harbour Families and Homes Bill Debate\n\nMembers spoke.")
    assert found.get("Harbour Families and Homes Bill") == "Publication"


@pytest.mark.model
def test_a_word_of_proceedings_without_a_title_before_it_stays(nlp, schema):
    # near misses: a place called Reading, a body ending in a head noun, a bare sitting
    found = _names(nlp, schema, "She has worked for Reading Borough Council since May.")
    assert "Reading Borough Council" in found
    found = _names(nlp, schema, "The Harbour Review Group met the Second Reading Committee.")
    assert "Harbour Review Group" in found
    found = _names(nlp, schema, "The Westshire Annual Debate\n\nMembers spoke.")
    assert "Westshire Annual Debate" in found


# --------------------------------------------------------------------- a yearly fortnight


@pytest.mark.model
def test_a_fortnight_of_events_is_an_initiative(extractor):
    found = entities(extractor, "Councils across Westshire will take part in Kinship Carers Fortnight "
                                "this May, hosting events for families.")
    assert found.get("Kinship Carers Fortnight") == "Initiative"


# --------------------------------------------------------------------- a post defined by its acronym


@pytest.mark.model
def test_a_post_defined_by_its_acronym_is_no_entity(extractor):
    found = entities(extractor, "The council will work closely with the director of children's services (DCS) "
                                "who carries the professional accountability. The DCS reports to the chief "
                                "executive.")
    assert "DCS" not in found
    assert not any("director" in label.lower() for label in found)


@pytest.mark.model
def test_a_programme_defined_by_its_acronym_is_still_an_initiative(extractor):
    # near miss: the long form names what it is by its head noun
    found = entities(extractor, "Westshire opened four family support hubs (FSHs) last year, and the FSHs "
                                "now serve every town.")
    assert found.get("family support hubs") == "Initiative" or found.get("FSHs") == "Initiative"


# --------------------------------------------------------------------- a class noun alone


@pytest.mark.model
def test_a_publication_or_initiative_noun_alone_on_a_menu_line_is_no_name(extractor):
    found = entities(extractor, "Resources\n- Guidance\n- Standards\n- Awards\n\nThe Harbour Trust supports "
                                "social workers across Westshire.")
    assert "Standards" not in found
    assert "Awards" not in found


@pytest.mark.model
def test_a_class_noun_after_a_determiner_is_still_a_short_form(extractor):
    # near miss: "the Pathfinder" stands for the pathfinder the text names in full
    found = entities(extractor, "Westshire joined the Bright Start Pathfinder in 2024. The Pathfinder tests new "
                                "ways of working with families.")
    assert found.get("Bright Start Pathfinder") == "Initiative"


# --------------------------------------------------------------------- a people or a language alone


@pytest.mark.model
def test_a_language_or_a_people_alone_is_no_entity(extractor):
    found = entities(extractor, "You are welcome to use Welsh at the meeting. She offered advice to her English "
                                "counterparts on the Westshire review.")
    assert "Welsh" not in found
    assert "English" not in found


# --------------------------------------------------------------------- a common noun before a title


@pytest.mark.model
def test_a_common_noun_a_preposition_and_the_before_a_title_are_not_the_titles(nlp, schema):
    found = _names(nlp, schema, "Changes to the Harbour Transfer Scheme\n\nThe scheme moves children safely.")
    assert found.get("Harbour Transfer Scheme") == "Initiative"
    found = _names(nlp, schema, "It follows a commitment by the Government in the Harbour Care Strategy last year.")
    assert found.get("Harbour Care Strategy") == "Publication"
    assert not any(name.startswith("Government") for name in found)


@pytest.mark.model
def test_a_head_noun_before_the_preposition_or_a_rest_without_a_title_keeps_the_whole_name(nlp, schema):
    # near misses: a review of an act, a body whose rest names no title
    found = _names(nlp, schema, "She wrote the Review of the Harbour Homes Act for the council.")
    assert "Review of the Harbour Homes Act" in found
    found = _names(nlp, schema, "She volunteers with Friends of the Westshire Hills every week.")
    assert "Friends of the Westshire Hills" in found


@pytest.mark.model
@pytest.mark.parametrize("group", ["Councils", "Areas", "Families"])
def test_a_plural_noun_before_a_programmes_name_and_its_head_noun_is_not_the_name(nlp, schema, group):
    # "Councils in the Harbour Steps programme include ...": a group in the programme, not a body's name
    found = _names(nlp, schema, f"{group} in the Harbour Steps programme include Westshire and Eastborough.")
    assert "Harbour Steps" in found
    assert not any(name.startswith(group) for name in found)


@pytest.mark.model
def test_a_plural_name_without_a_programmes_head_noun_after_it_stays_whole(nlp, schema):
    found = _names(nlp, schema, "She joined Friends of the Westshire Hills last year.")
    assert "Friends of the Westshire Hills" in found


def _heading(vocab, ents: list[str]):  # type: ignore[no-untyped-def]
    """A hand-built contents line, "The Panel - Expectations for the Final Report", with the
    entity labels given."""
    from spacy.tokens import Doc

    words = ["The", "Panel", "-", "Expectations", "for", "the", "Final", "Report"]
    pos = ["DET", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "ADJ", "PROPN"]
    return Doc(vocab, words=words, spaces=[True] * 7 + [False], pos=pos, ents=ents)


def test_a_leading_noun_that_ner_names_on_its_own_is_not_cut_off(vocab, schema):
    # without an entity the common noun is cut off the title; with one that ends on it, the cut
    # would leave NER's name standing alone, so the run keeps its start
    plain = _heading(vocab, ["O"] * 8)
    spans = {plain[c.start : c.end].text for c in name_candidates(plain, schema.entities)}
    assert "Final Report" in spans
    named = _heading(vocab, ["O", "O", "O", "B-ORG", "O", "O", "O", "O"])
    spans = {named[c.start : c.end].text for c in name_candidates(named, schema.entities)}
    assert "Expectations for the Final Report" in spans
