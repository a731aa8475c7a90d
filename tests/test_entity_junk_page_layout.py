"""Junk names from how real pages are printed (issue 15, session 6), on sentences and names
invented for these tests: a name-card line that prints a name around a picture's caption, and
the street, room and postcode of a venue's address read as a person or a body."""

from __future__ import annotations

import pytest

from caregraph.extract.mentions.voters import trim_span


def entities(extractor, text: str) -> dict[str, object]:
    result = extractor.process_text(text, doc_id="t")
    return {e.label: e for e in result.entities}


def _span(nlp, schema, text: str) -> str:
    doc = nlp.make_doc(text)
    start, end = trim_span(doc, 0, len(doc), schema.entities)
    return doc[start:end].text


# --------------------------------------------------------------------- name cards around a caption


def test_a_name_printed_around_a_caption_word_keeps_the_copy_after_it(blank_nlp, schema):
    assert _span(blank_nlp, schema, "Porter Portrait Baroness Porter") == "Baroness Porter"
    assert _span(blank_nlp, schema, "Jane Porter Portrait Jane Porter") == "Jane Porter"
    assert _span(blank_nlp, schema, "Porter of Westby Portrait Lord Porter of Westby") == "Lord Porter of Westby"


def test_a_photo_of_a_name_printed_twice_keeps_one_name(blank_nlp, schema):
    assert _span(blank_nlp, schema, "Photo of Jane Porter Jane Porter") == "Jane Porter"
    assert _span(blank_nlp, schema, "Photo of Jane Porter") == "Jane Porter"   # the caption alone
    assert _span(blank_nlp, schema, "Photo of Westby") == "Photo of Westby"   # too short to be a caption and a name


def test_a_caption_word_inside_a_name_without_a_repeated_name_stays(blank_nlp, schema):
    # near misses: a body named with a caption word, and two different people
    assert _span(blank_nlp, schema, "Westshire Portrait Gallery") == "Westshire Portrait Gallery"
    assert _span(blank_nlp, schema, "Jane Porter Photo Harbour Trust") == "Jane Porter Photo Harbour Trust"
    assert _span(blank_nlp, schema, "Porter Porter") == "Porter"
    assert _span(blank_nlp, schema, "Jane Porter Jane Smith") == "Jane Porter Jane Smith"


@pytest.mark.model
def test_a_name_card_line_gives_the_person_once(extractor):
    found = entities(extractor, "Porter Portrait Baroness Porter (Con)\n\nMy Lords, the Harbour Trust has "
                                "written to every council in Westshire about the plan.")
    assert not any("Portrait" in label for label in found)


# --------------------------------------------------------------------- addresses of venues


@pytest.mark.model
def test_the_street_and_postcode_of_a_venue_are_not_names(extractor):
    found = entities(extractor, "Venue: Porter Room, Harbour House, Kestrel Road, Westby WS7 1AB.\n\n"
                                "The Harbour Trust presented its annual report to the Westshire Corporate "
                                "Parenting Panel.")
    assert not any(label.endswith(("Road", "Room")) for label in found)
    assert not any("WS7" in label for label in found)
    assert "Harbour Trust" in found


@pytest.mark.model
def test_a_body_named_after_its_street_keeps_its_head_noun(extractor):
    # near miss: the address word is not the name's last word
    found = entities(extractor, "The Kestrel Road Trust runs two children's homes in Westshire. "
                                "Jane Porter chairs the Kestrel Road Trust.")
    assert "Kestrel Road Trust" in found


def test_an_address_is_told_by_its_last_word_or_a_whole_postcode(blank_nlp, schema):
    from caregraph.extract.mentions.choose import _address

    rules = schema.entities
    doc = blank_nlp.make_doc("Kestrel Road and Porter Room , Westby WS7 1AB ; Key Stage KS2 results ; Harbour Walk Trust ; Jane Porter-Lane")
    assert _address(doc[0:2], rules)          # Kestrel Road
    assert _address(doc[3:5], rules)          # Porter Room
    assert _address(doc[6:8], rules)          # Westby WS7 (1AB follows)
    assert not _address(doc[10:13], rules)    # Key Stage KS2: no second half of a postcode follows
    assert not _address(doc[15:18], rules)    # Harbour Walk Trust: a body's head noun ends it
    assert not _address(doc[1:2], rules)      # a bare "Road" is left to the other filters
    assert not _address(doc[19:23], rules)    # Jane Porter-Lane: a hyphened surname, no street


# --------------------------------------------------------------------- parts of a text by number


def test_a_part_of_a_text_and_its_number_names_nothing(schema):
    from caregraph.extract.mentions.choose import _provision

    rules = schema.entities
    for key in ("section 20", "section 17", "chapter 4", "paragraph 352zd", "appendix 5", "clause",
                "appendix", "schedule 2", "amendments 104", "amendment 69b",
                # a numbered item, option or recommendation of a paper or an agenda
                "agenda item 9", "item 5", "option 1", "recommendation 5", "table 2",
                # a stage, numbered or bare, and a linked file's format and size
                "wave 2", "phase one", "wave", "pdf 116 kb", "pdf 1 mb", "docx 1.5 mb"):
        assert _provision(key, rules), key


def test_a_name_that_only_opens_with_a_part_word_stays(schema):
    from caregraph.extract.mentions.choose import _provision

    rules = schema.entities
    # near misses: a body named after an article, a number spelt out, a part word with a head noun
    # after it, and a name that has the part word later on
    for key in ("article 39", "chapter one", "section 20 review group", "part time workers forum",
                "section 1 of the westshire act 2017", "harbour chapter", "partners 4 change",
                # near misses: a stage with a head noun, a format word with more than a size
                "wave one pathfinder", "phase 2 review", "pdf 116 pages", "pdf harbour 2 kb",
                "amendment 22 campaign",
                # a numbered label with a head noun after it, or a name after the part word
                "option 2 pilot", "item 4 harbour review group", "agenda harbour 2030"):
        assert not _provision(key, rules), key


@pytest.mark.model
def test_a_bare_section_of_an_act_is_no_publication(extractor):
    found = entities(extractor, "The Harbour Trust told the Westshire panel that children looked after "
                                "under Section 20 and those under Care Orders (Section 31) were placed "
                                "with Westshire foster carers, as set out in Appendix 5 of the "
                                "Westshire Fostering Review 2024.")
    assert not any(label.startswith(("Section", "Appendix")) for label in found)
    assert "Harbour Trust" in found


@pytest.mark.model
def test_a_bills_numbered_amendments_are_no_names(extractor):
    found = entities(extractor, "On Amendments 104 and 146, I am sure that the Harbour Trust will not be surprised.")
    assert not any(label.startswith("Amendment") for label in found)


@pytest.mark.model
def test_a_linked_files_size_and_a_bare_stage_word_are_no_names(extractor):
    found = entities(extractor, "Westshire Fostering Review pdf icon PDF 116 KB\n\n"
                                "Wave 2 of the Harbour Trust programme will run from April 2026 in Eastborough.")
    assert not [label for label in found if "KB" in label or label == "Wave"]
    assert "Harbour Trust" in found


@pytest.mark.model
def test_a_writer_whose_picture_caption_runs_into_the_name_is_found(extractor):
    found = entities(extractor, "Writer's pictureJane Porter\n\nThe Harbour Trust looks at the Westshire hubs.")
    assert "Jane Porter" in found
    assert not [label for label in found if "picture" in label.lower()]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Earlier this year I concluded a major government commissioned review into the care system that identified deep problems.",
    "What they tell us will be at the heart of the Harbour Commission report I\u2019m publishing later this year.",
])
def test_the_pronoun_i_is_no_name(extractor, text):
    assert "I" not in entities(extractor, text)
